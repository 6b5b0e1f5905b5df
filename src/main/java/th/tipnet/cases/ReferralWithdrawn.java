package th.tipnet.cases;

/** The referring organisation withdrew a referral before it was answered. */
public record ReferralWithdrawn(ReferralId referralId, CaseId caseId) implements ReferralStep {
}
