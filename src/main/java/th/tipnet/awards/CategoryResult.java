package th.tipnet.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.http.HttpStatus;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/**
 * The committee's confirmation of one category's winners: who they are, in their places, with the
 * ranking's figures as they stood, and why fewer than the quota (or why a higher-ranked nomination
 * was passed over) when so. Confirmed once, after the judging window has closed, and final: the
 * results are published from it.
 */
@Entity
@Table(name = "award_category_result")
class CategoryResult extends AbstractAggregateRoot<CategoryResult> {

	static final int MAX_REASON = 1000;

	/** A confirmed winner: their place (1 first) and the ranking's total and median at confirmation. */
	@Embeddable
	record Winner(@Column(name = "nomination_id") UUID nominationId, @Column(name = "place") int place,
			@Column(name = "weighted_total") BigDecimal total, @Column(name = "median") BigDecimal median) {
	}

	@Id
	private UUID id;

	@Column(name = "round_id", nullable = false, updatable = false)
	private UUID roundId;

	@Column(name = "category_id", nullable = false, updatable = false)
	private UUID categoryId;

	@Column(nullable = false, updatable = false)
	private boolean normalised;

	@Column(updatable = false)
	private String reason;

	@Column(name = "tie_broken", nullable = false, updatable = false)
	private boolean tieBroken;

	@Column(name = "confirmed_by", nullable = false, updatable = false)
	private UUID confirmedBy;

	@Column(name = "confirmed_at", nullable = false, updatable = false)
	private Instant confirmedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "award_winner", joinColumns = @JoinColumn(name = "result_id"))
	@OrderColumn(name = "position")
	private List<Winner> winners = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "award_committee_order", joinColumns = @JoinColumn(name = "result_id"))
	@OrderColumn(name = "position")
	@Column(name = "nomination_id")
	private List<UUID> committeeOrder = new ArrayList<>();

	protected CategoryResult() {
	}

	/**
	 * The committee confirms a category's winners from its ranking (computed with the committee's
	 * recorded order of tied nominations, {@code committeeOrder}). Refused, nothing stored: before the
	 * judging window has closed (409, the scores are not locked yet); more than the quota, a nomination
	 * not ranked, fewer than the quota or passing over a higher-ranked one without a reason (422, by
	 * {@link Ranking.Result#confirm}); a tie across the quota line that the committee's order does not
	 * settle (409). The winners take their places in the ranking's order.
	 */
	static CategoryResult confirm(AwardRound round, AwardCategory category, Ranking.Result ranking, List<UUID> winners,
			String reason, List<UUID> committeeOrder, Actor by, Instant at) {
		if (round.phaseAt(at).compareTo(Phase.DECIDING) < 0) {
			throw new DomainException(HttpStatus.CONFLICT, "awards.error.judgingNotClosed", "winners");
		}
		if (reason != null && reason.strip().length() > MAX_REASON) {
			throw DomainException.invalid("reason", "directory.text.tooLong", MAX_REASON);
		}
		Ranking.Confirmation confirmation = ranking.places().isEmpty() ? nothingRanked(ranking, winners, reason)
				: ranking.confirm(winners, reason);
		CategoryResult r = new CategoryResult();
		r.id = UUID.randomUUID();
		r.roundId = round.id().value();
		r.categoryId = category.id();
		r.normalised = ranking.normalised();
		r.reason = confirmation.reason();
		r.tieBroken = ranking.quotaLineTie().map(t -> t.resolvedBy() == Ranking.Decider.COMMITTEE).orElse(false);
		r.confirmedBy = by.userId();
		r.confirmedAt = at;
		int place = 1;
		for (Ranking.Place p : ranking.places()) {
			if (confirmation.winners().contains(p.nomination())) {
				r.winners.add(new Winner(p.nomination(), place++, p.total(), p.median()));
			}
		}
		if (r.tieBroken) {
			List<UUID> tied = ranking.quotaLineTie().orElseThrow().nominations();
			committeeOrder.stream().filter(tied::contains).forEach(r.committeeOrder::add);
		}
		r.registerEvent(new CategoryResultsConfirmed(round.id(), category.id()));
		return r;
	}

	/**
	 * A category where no nomination was ranked (none eligible, or none scored) is confirmed without
	 * winners, and only with the committee's reason, so the round's results can still be published.
	 */
	private static Ranking.Confirmation nothingRanked(Ranking.Result ranking, List<UUID> winners, String reason) {
		if (winners != null && !winners.isEmpty()) {
			throw DomainException.invalid("winners", "awards.error.notRanked");
		}
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("reason", "awards.error.reasonForFewer", 0, ranking.quota());
		}
		return new Ranking.Confirmation(List.of(), reason.strip());
	}

	UUID id() {
		return id;
	}

	RoundId roundId() {
		return new RoundId(roundId);
	}

	UUID categoryId() {
		return categoryId;
	}

	boolean normalised() {
		return normalised;
	}

	/** Why fewer than the quota, or why a higher-ranked nomination was passed over; null when neither. */
	String reason() {
		return reason;
	}

	boolean tieBroken() {
		return tieBroken;
	}

	UUID confirmedBy() {
		return confirmedBy;
	}

	Instant confirmedAt() {
		return confirmedAt;
	}

	/** The winners, place 1 first. */
	List<Winner> winners() {
		return List.copyOf(winners);
	}

	/** The committee's order of the nominations tied across the quota line, when it broke the tie. */
	List<UUID> committeeOrder() {
		return List.copyOf(committeeOrder);
	}
}
