package th.tipnet.awards;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.Languages;
import th.tipnet.common.security.CurrentUser;

/**
 * A judge's desk: the eligible nominations of the panels they sit on, except those they have a
 * standing conflict with (the queries leave those out, so they are a 404 like a nomination that does
 * not exist); their scores, while the judging window is open; their declarations of conflicts.
 * There is no other way to write a score: every score given or changed is audited with its value
 * before and after, whoever gives it.
 */
@Service
class JudgeDesk {

	static final String JUDGE = "JUDGE";

	static final int MAX_COMMENT = 2000;

	/** A judge's score of one criterion as sent: the criterion, 1 to 10, and an optional comment. */
	record Entry(UUID criterionId, Integer score, String comment) {
	}

	private final Awards awards;

	private final JudgedNominations nominations;

	private final Rubrics rubrics;

	private final Scores scores;

	private final Conflicts conflicts;

	private final AuditTrail audit;

	private final Clock clock;

	private final Dates dates;

	JudgeDesk(Awards awards, JudgedNominations nominations, Rubrics rubrics, Scores scores, Conflicts conflicts,
			AuditTrail audit, Clock clock, Dates dates) {
		this.dates = dates;
		this.awards = awards;
		this.nominations = nominations;
		this.rubrics = rubrics;
		this.scores = scores;
		this.conflicts = conflicts;
		this.audit = audit;
		this.clock = clock;
	}

	static boolean isJudge() {
		return CurrentUser.hasRole(JUDGE);
	}

	/** The eligible nominations the signed-in judge scores, conflicts left out by the query. */
	@Transactional(readOnly = true)
	List<Nomination> assignments() {
		return nominations.assignedTo(judge(), Nomination.Status.SUBMITTED, Eligibility.ELIGIBLE);
	}

	/** One nomination the judge scores; 404 when it is not theirs to see (conflicted, not eligible, another panel's). */
	@Transactional(readOnly = true)
	Nomination nomination(NominationId id) {
		return nominations.visibleTo(id.value(), judge(), Nomination.Status.SUBMITTED)
			.filter(n -> n.eligibility() == Eligibility.ELIGIBLE)
			.orElseThrow(() -> DomainException.notFound("nomination"));
	}

	@Transactional(readOnly = true)
	List<Score> ownScores(NominationId id) {
		return scores.findByNominationIdAndJudgeId(nomination(id).id().value(), judge());
	}

	@Transactional(readOnly = true)
	List<Criterion> rubric(UUID categoryId) {
		return rubrics.findByCategoryIdOrderByPosition(categoryId);
	}

	/**
	 * Gives or changes the judge's scores of some criteria. Refused, with nothing changed: a nomination
	 * the judge may not see (404); one not eligible (409); outside the judging window (409: not open yet,
	 * or locked since it closed); a criterion not of the rubric, a score outside 1 to 10 or a comment
	 * too long (422, each field named).
	 */
	@Transactional
	List<Score> score(NominationId id, List<Entry> entries) {
		UUID judge = judge();
		Nomination n = nominations.visibleTo(id.value(), judge, Nomination.Status.SUBMITTED)
			.orElseThrow(() -> DomainException.notFound("nomination"));
		if (n.eligibility() != Eligibility.ELIGIBLE) {
			throw DomainException.conflict("awards.error.notEligible");
		}
		requireJudgingOpen(awards.round(new RoundId(n.roundId())));
		Map<UUID, Criterion> rubric = new HashMap<>();
		rubric(n.categoryId()).forEach(c -> rubric.put(c.id(), c));
		checked(entries, rubric);
		Map<UUID, Score> existing = new HashMap<>();
		scores.findByNominationIdAndJudgeId(n.id().value(), judge).forEach(s -> existing.put(s.criterionId(), s));
		Instant now = clock.instant();
		for (Entry e : entries) {
			Score s = existing.getOrDefault(e.criterionId(), Score.first(n.id().value(), judge, e.criterionId()));
			boolean first = s.isNew();
			Integer before = first ? null : s.score();
			String commentBefore = first ? null : s.comment();
			if (s.give(e.score(), e.comment(), now)) {
				existing.put(e.criterionId(), scores.save(s));
				audit.record(AwardsAudit.SCORE, n.id().value(), first ? AwardsAudit.AWARD_SCORE_GIVEN : AwardsAudit.AWARD_SCORE_CHANGED, Changes.none()
					.note("judge", judge)
					.note("criterion", rubric.get(e.criterionId()).nameEn())
					.field("score", before, s.score())
					.field("comment", commentBefore, s.comment()));
			}
		}
		return List.copyOf(existing.values());
	}

	/** The judge declares a conflict with a nomination, with their reason; it is hidden from them at once. */
	@Transactional
	Conflict declare(NominationId id, String reason) {
		UUID judge = judge();
		Nomination n = nominations.visibleTo(id.value(), judge, Nomination.Status.SUBMITTED)
			.orElseThrow(() -> DomainException.notFound("nomination"));
		Conflict c = Conflict.declared(n.id(), judge, reason, clock.instant());
		try {
			conflicts.saveAndFlush(c);
		}
		catch (DataIntegrityViolationException twice) {
			throw DomainException.conflict("awards.error.alreadyDeclared");
		}
		audit.record(AwardsAudit.CONFLICT, c.id(), AwardsAudit.AWARD_CONFLICT_DECLARED, Changes.none()
			.note("nomination", n.id().value())
			.note("judge", judge)
			.field("reason", null, c.reason()));
		return c;
	}

	private void requireJudgingOpen(AwardRound round) {
		Phase phase = round.phaseAt(clock.instant());
		if (phase.compareTo(Phase.JUDGING) < 0) {
			throw new DomainException(HttpStatus.CONFLICT, "awards.error.judgingNotOpen", null,
					when(round.windows().judgingOpen()));
		}
		if (phase.compareTo(Phase.JUDGING) > 0) {
			throw new DomainException(HttpStatus.CONFLICT, "awards.error.scoresLocked", null,
					when(round.windows().judgingClose()));
		}
	}

	/** A moment as the message's Thai ({0}) and English ({1}) text write it. */
	private Object[] when(Instant at) {
		return new Object[] { dates.dateTime(at, Languages.THAI), dates.dateTime(at, Locale.ENGLISH) };
	}

	private static void checked(List<Entry> entries, Map<UUID, Criterion> rubric) {
		List<InvalidInput.Violation> v = new ArrayList<>();
		if (entries == null || entries.isEmpty()) {
			throw DomainException.invalid("scores", "error.required");
		}
		List<UUID> seen = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			String field = "scores[" + i + "].";
			if (e == null || e.criterionId() == null || !rubric.containsKey(e.criterionId())) {
				v.add(new InvalidInput.Violation(field + "criterionId", "awards.error.noSuchCriterion"));
				continue;
			}
			if (seen.contains(e.criterionId())) {
				v.add(new InvalidInput.Violation(field + "criterionId", "awards.error.criterionTwice"));
			}
			seen.add(e.criterionId());
			if (e.score() == null) {
				v.add(new InvalidInput.Violation(field + "score", "error.required"));
			}
			else if (e.score() < Criterion.LOWEST || e.score() > Criterion.HIGHEST) {
				v.add(new InvalidInput.Violation(field + "score", "awards.error.scale", Criterion.LOWEST, Criterion.HIGHEST));
			}
			InputRules.text(v, field + "comment", e.comment(), MAX_COMMENT, false);
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	private static UUID judge() {
		UUID me = Actor.current().userId();
		if (!isJudge() || me == null) {
			throw DomainException.forbidden();
		}
		return me;
	}

}
