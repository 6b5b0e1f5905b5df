package th.tipnet.cases;

import java.util.UUID;

/** The receiving organisation accepted a referral: it now sees the case's shared sections. */
public record ReferralAccepted(ReferralId referralId, CaseId caseId, UUID receiverOrganisationId) implements ReferralStep {
}
