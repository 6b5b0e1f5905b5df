package th.tipnet.cases;

/** The receiving organisation declined a referral; {@code reason} is a {@code Referral.DeclineReason} code. */
public record ReferralDeclined(ReferralId referralId, CaseId caseId, String reason) {
}
