package th.tipnet.cases;

/** A team decided a case's screening; it awaits a supervisor's sign-off. {@code outcome} is the HTCDS-free code. */
public record ScreeningDecided(CaseId caseId, String outcome, boolean late) {
}
