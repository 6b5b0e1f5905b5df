package th.tipnet.events;

import java.util.UUID;

/**
 * Someone registered again with the e-mail of an existing registration: its private link is sent to
 * that address (never shown to the caller), in the language of the request.
 */
public record PrivateLinkRequested(UUID registrationId, String language) {
}
