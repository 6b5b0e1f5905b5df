package th.tipnet.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's case was opened at intake: the screening clock runs until {@code screeningDueAt}.
 * Carries identities and the province only, never a name.
 */
public record CaseOpened(CaseId caseId, UUID leadOrganisationId, String provinceCode, Instant screeningDueAt,
		boolean childProcedure) {
}
