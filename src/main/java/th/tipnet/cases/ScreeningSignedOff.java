package th.tipnet.cases;

/** A supervisor signed off a case's screening: the person is identified as a victim, or not, or it is undetermined. */
public record ScreeningSignedOff(CaseId caseId, String outcome) {
}
