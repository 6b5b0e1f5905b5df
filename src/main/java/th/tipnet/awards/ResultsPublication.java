package th.tipnet.awards;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.AbstractAggregateRoot;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.events.EventId;

/**
 * A round's results made public, once: only when the committee has confirmed every category and the
 * round's announcement is due. From then on the results page and API show them to anybody.
 */
@Entity
@Table(name = "award_results_publication")
class ResultsPublication extends AbstractAggregateRoot<ResultsPublication> {

	@Id
	@Column(name = "round_id")
	private UUID roundId;

	@Column(name = "ceremony_event_id", updatable = false)
	private UUID ceremonyEventId;

	@Column(name = "published_by", nullable = false, updatable = false)
	private UUID publishedBy;

	@Column(name = "published_at", nullable = false, updatable = false)
	private Instant publishedAt;

	protected ResultsPublication() {
	}

	/**
	 * Publishes the round's results. Refused (409), nothing stored: before the announcement is due;
	 * while a category has no confirmation (naming the first such category).
	 */
	static ResultsPublication publish(AwardRound round, Set<UUID> confirmedCategories, List<AwardResultsPublished.Winner> winners,
			EventId ceremony, Actor by, Instant at) {
		if (round.phaseAt(at) != Phase.ANNOUNCED) {
			throw DomainException.conflict("awards.error.notYetAnnounced");
		}
		for (AwardCategory c : round.categories()) {
			if (!confirmedCategories.contains(c.id())) {
				throw DomainException.conflict("awards.error.categoryUnconfirmed", c.nameTh(), c.nameEn());
			}
		}
		ResultsPublication p = new ResultsPublication();
		p.roundId = round.id().value();
		p.ceremonyEventId = ceremony == null ? null : ceremony.value();
		p.publishedBy = by.userId();
		p.publishedAt = at;
		p.registerEvent(new AwardResultsPublished(round.id(), ceremony, winners));
		return p;
	}

	RoundId roundId() {
		return new RoundId(roundId);
	}

	Instant publishedAt() {
		return publishedAt;
	}
}
