package th.tipnet.awards;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.events.EventId;

/**
 * The committee's desk, run by the secretariat: a category's ranking computed from the judges'
 * complete scoresheets (never stored, so it always follows the scores), and the confirmation of its
 * winners, which is stored once and audited.
 */
@Service
class ResultsDesk {

	/** A category's ranking as the committee reads it, and its confirmation once made. */
	record Standing(AwardRound round, AwardCategory category, Ranking.Result ranking, Optional<CategoryResult> confirmed) {
	}

	private final Awards awards;

	private final Scoresheets sheets;

	private final Rubrics rubrics;

	private final CategoryResults results;

	private final RankingOptions options;

	private final Winners winners;

	private final ResultsPublications publications;

	private final Ceremonies ceremonies;

	private final AuditTrail audit;

	private final Clock clock;

	ResultsDesk(Awards awards, Scoresheets sheets, Rubrics rubrics, CategoryResults results, RankingOptions options,
			Winners winners, ResultsPublications publications, Ceremonies ceremonies, AuditTrail audit, Clock clock) {
		this.awards = awards;
		this.winners = winners;
		this.publications = publications;
		this.ceremonies = ceremonies;
		this.sheets = sheets;
		this.rubrics = rubrics;
		this.results = results;
		this.options = options;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The category's ranking under its quota, normalised per judge when the category says so, with the
	 * committee's order of tied nominations applied ({@code committeeOrder}, may be empty); 404 for a
	 * category not of the round.
	 */
	@Transactional(readOnly = true)
	Standing standing(RoundId roundId, UUID categoryId, List<UUID> committeeOrder) {
		EligibilityDesk.requireSecretariat();
		AwardRound round = awards.round(roundId);
		AwardCategory category = category(round, categoryId);
		return new Standing(round, category, rank(category, committeeOrder), results.findByCategoryId(category.id()));
	}

	/** Every category's confirmation of the round, by category id. */
	@Transactional(readOnly = true)
	Map<UUID, CategoryResult> confirmations(RoundId roundId) {
		Map<UUID, CategoryResult> byCategory = new HashMap<>();
		results.findByRoundId(roundId.value()).forEach(r -> byCategory.put(r.categoryId(), r));
		return byCategory;
	}

	/**
	 * The committee confirms a category's winners: refused (nothing stored) as
	 * {@link CategoryResult#confirm} says, and a category already confirmed is a 409.
	 */
	@Transactional
	CategoryResult confirm(RoundId roundId, UUID categoryId, List<UUID> winners, String reason, List<UUID> committeeOrder) {
		EligibilityDesk.requireSecretariat();
		AwardRound round = awards.round(roundId);
		AwardCategory category = category(round, categoryId);
		if (results.findByCategoryId(category.id()).isPresent()) {
			throw DomainException.conflict("awards.error.alreadyConfirmed", category.nameTh(), category.nameEn());
		}
		List<UUID> order = committeeOrder == null ? List.of() : committeeOrder;
		if (winners != null && winners.stream().anyMatch(Objects::isNull)) {
			throw DomainException.invalid("winners", "awards.error.notRanked");
		}
		if (order.stream().anyMatch(Objects::isNull) || order.stream().distinct().count() != order.size()) {
			throw DomainException.invalid("committeeOrder", "awards.error.committeeOrder");
		}
		CategoryResult result = CategoryResult.confirm(round, category, rank(category, order), winners, reason, order,
				Actor.current(), clock.instant());
		try {
			results.saveAndFlush(result);
		}
		catch (DataIntegrityViolationException twice) {
			throw DomainException.conflict("awards.error.alreadyConfirmed", category.nameTh(), category.nameEn());
		}
		audit.record(AwardsAudit.RESULT, result.id(), AwardsAudit.AWARD_RESULTS_CONFIRMED, Changes.none()
			.note("round", round.id().value())
			.note("category", category.code())
			.field("winners", null, result.winners().stream().map(w -> w.nominationId().toString()).toList())
			.field("normalised", null, result.normalised())
			.field("tieBroken", null, result.tieBroken())
			.field("committeeOrder", null, result.committeeOrder().stream().map(UUID::toString).toList())
			.field("reason", null, result.reason()));
		return result;
	}

	/**
	 * Publishes the round's results, once, announcing its winners and the ceremony's event: refused
	 * (409, nothing stored) before the announcement is due, while a category is unconfirmed, or when
	 * the results are public already. Audited.
	 */
	@Transactional
	ResultsPublication publish(RoundId roundId) {
		EligibilityDesk.requireSecretariat();
		AwardRound round = awards.round(roundId);
		if (publications.existsById(round.id().value())) {
			throw DomainException.conflict("awards.error.alreadyPublished");
		}
		List<AwardResultsPublished.Winner> announced = winners.of(round.id())
			.stream()
			.map(w -> new AwardResultsPublished.Winner(w.nominationId(), w.categoryId(), w.place(), w.organisationId()))
			.toList();
		EventId ceremony = ceremonies.eventOf(round.id()).orElse(null);
		ResultsPublication publication = ResultsPublication.publish(round, confirmations(round.id()).keySet(), announced, ceremony,
				Actor.current(), clock.instant());
		try {
			publications.saveAndFlush(publication);
		}
		catch (DataIntegrityViolationException twice) {
			throw DomainException.conflict("awards.error.alreadyPublished");
		}
		audit.record(AwardsAudit.ROUND, round.id().value(), AwardsAudit.AWARD_RESULTS_PUBLISHED, Changes.none()
			.field("winners", null, announced.size())
			.note("ceremonyEvent", ceremony == null ? null : ceremony.value()));
		return publication;
	}

	/** When the round's results were made public, if they were. */
	@Transactional(readOnly = true)
	Optional<ResultsPublication> publication(RoundId roundId) {
		return publications.findById(roundId.value());
	}

	/**
	 * The secretariat chooses whether the category's ranking is normalised per judge; refused once its
	 * winners are confirmed (409), since the confirmation stands on the ranking it confirmed.
	 */
	@Transactional
	void chooseNormalising(RoundId roundId, UUID categoryId, boolean normalise) {
		EligibilityDesk.requireSecretariat();
		AwardCategory category = category(awards.round(roundId), categoryId);
		if (results.findByCategoryId(category.id()).isPresent()) {
			throw DomainException.conflict("awards.error.alreadyConfirmed", category.nameTh(), category.nameEn());
		}
		RankingOption option = options.findById(category.id()).orElseGet(() -> RankingOption.of(category.id()));
		boolean before = option.normalise();
		option.choose(normalise, Actor.current().userId(), clock.instant());
		options.saveAndFlush(option);
		audit.record(AwardsAudit.RANKING_OPTION, category.id(), AwardsAudit.AWARD_RANKING_CHOSEN, Changes.none()
			.note("category", category.code())
			.field("normalise", before, normalise));
	}

	/** The ranking of the category's complete scoresheets; the rubric's criteria are named by their ids. */
	Ranking.Result rank(AwardCategory category, List<UUID> committeeOrder) {
		List<Ranking.Criterion> rubric = rubrics.findByCategoryIdOrderByPosition(category.id())
			.stream()
			.map(c -> new Ranking.Criterion(c.id().toString(), BigDecimal.valueOf(c.weight())))
			.toList();
		if (rubric.isEmpty()) {
			throw DomainException.conflict("awards.error.noRubric", category.nameTh(), category.nameEn());
		}
		List<Ranking.Scorecard> cards = sheets.of(category.id())
			.stream()
			.filter(Scoresheets.Scoresheet::complete)
			.map(s -> new Ranking.Scorecard(s.judgeId(), s.nomination().value(), byCode(s.byCriterion(), rubric)))
			.toList();
		return Ranking.rank(category.quota(), rubric, cards, options.normalise(category.id()), committeeOrder);
	}

	/** A sheet's scores by criterion code, of the rubric's criteria only (a criterion since removed does not count). */
	private static Map<String, Integer> byCode(Map<UUID, Integer> byCriterion, List<Ranking.Criterion> rubric) {
		Map<String, Integer> scores = new HashMap<>();
		byCriterion.forEach((criterion, score) -> scores.put(criterion.toString(), score));
		scores.keySet().retainAll(rubric.stream().map(Ranking.Criterion::code).toList());
		return scores;
	}

	private static AwardCategory category(AwardRound round, UUID categoryId) {
		if (categoryId == null) {
			throw DomainException.notFound("award category");
		}
		return round.category(categoryId).orElseThrow(() -> DomainException.notFound("award category"));
	}
}
