package th.tipnet.cases;

import java.time.Instant;
import java.util.UUID;

/** A coordinator opened a case under break glass until {@code until}; its lead organisation is told. */
public record BreakGlassOpened(UUID breakGlassId, CaseId caseId, UUID leadOrganisationId, Instant until) {
}
