package th.tipnet.cases;

/** The receiving organisation finished the service it accepted, successfully or not. */
public record ReferralCompleted(ReferralId referralId, CaseId caseId, boolean successful) implements ReferralStep {
}
