package th.tipnet.cases;

import java.util.UUID;

/**
 * The receiving organisation declined a referral for the service {@code purpose}; {@code reason} is a
 * {@code Referral.DeclineReason} code. No personal data: the directory counts declines for lack of
 * capacity from the organisation, the service and the reason alone.
 */
public record ReferralDeclined(ReferralId referralId, CaseId caseId, String reason, UUID receiverOrganisationId,
		String purpose) implements ReferralStep {
}
