package th.tipnet.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An operation as its lead organisation sees it: its cases (a line each, no names) and the
 * possible earlier cases of its persons, each only as "held by organisation X" unless the reader's
 * organisation leads that case too.
 */
record OperationView(UUID id, int persons, Instant openedAt, List<CaseView.Summary> cases,
		List<PossibleMatches.Match> possibleMatches) {

	static OperationView of(GroupIntakes.Opened o, List<CaseView.Summary> cases, List<PossibleMatches.Match> matches) {
		return new OperationView(o.operation().id().value(), o.operation().persons(), o.operation().openedAt(), cases,
				matches);
	}
}
