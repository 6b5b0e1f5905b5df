package th.tipnet.identity;

import java.util.UUID;

/**
 * Someone asked for a password-reset link for this account; the link is made and mailed after the
 * request commits, in the language of the page it was asked from. Carries no token: the mail's
 * sender makes it, so no secret waits in the event log.
 */
public record PasswordResetRequested(UUID userId, String language) {
}
