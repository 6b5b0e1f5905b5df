package th.tipnet.awards;

import java.util.List;
import java.util.UUID;

import th.tipnet.directory.OrganisationId;
import th.tipnet.events.EventId;

/**
 * A round's results were made public: its winners, category by category and place by place, and the
 * campaign day's event where the awards are handed over, when the round names one (else null). Each
 * winner's organisation is the nominated one or the nominated person's (null for a province), so the
 * exhibition can offer it an award winner's booth.
 */
public record AwardResultsPublished(RoundId roundId, EventId ceremonyEventId, List<Winner> winners) {

	public AwardResultsPublished {
		winners = List.copyOf(winners);
	}

	/** A winner as the announcement carries it. */
	public record Winner(NominationId nominationId, UUID categoryId, int place, OrganisationId organisationId) {
	}
}
