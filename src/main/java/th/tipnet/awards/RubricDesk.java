package th.tipnet.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;

/**
 * The secretariat edits a category's rubric (its criteria: Thai and English names and weights; the
 * 1-10 scale is fixed) until the first score is given in the category; from then on the rubric is
 * locked, so every judge scores against the same criteria. The whole rubric is checked before anything
 * changes, every fault named at once; each revision is audited with the rubric before and after.
 */
@Service
class RubricDesk {

	/** More criteria than this would not be read by judges one by one; twelve leave room for any rubric seen so far. */
	static final int MAX_CRITERIA = 12;

	private final Awards awards;

	private final Rubrics rubrics;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	RubricDesk(Awards awards, Rubrics rubrics, JdbcTemplate jdbc, AuditTrail audit) {
		this.awards = awards;
		this.rubrics = rubrics;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A criterion as the secretariat plans it. */
	record Planned(String nameTh, String nameEn, int weight) {
	}

	/** A category of a round with its rubric, and whether the rubric may still change. */
	record Rubric(AwardRound round, AwardCategory category, List<Criterion> criteria, boolean locked) {
	}

	/** The category's rubric; 404 for a category that is not the round's. */
	@Transactional(readOnly = true)
	Rubric rubric(RoundId roundId, UUID categoryId) {
		AwardRound round = awards.round(roundId);
		AwardCategory category = round.category(categoryId).orElseThrow(() -> DomainException.notFound("award category"));
		return new Rubric(round, category, rubrics.findByCategoryIdOrderByPosition(categoryId), scored(categoryId));
	}

	/**
	 * Replaces the category's criteria by {@code planned}, in that order: criteria kept by position are
	 * renamed and reweighed, those past the new end removed, new ones added. 409 once any score exists
	 * in the category; 422 naming each field at fault; nothing changes on a refusal.
	 */
	@Transactional
	Rubric revise(RoundId roundId, UUID categoryId, List<Planned> planned) {
		if (!Awards.isSecretariat()) {
			throw DomainException.forbidden();
		}
		Rubric current = rubric(roundId, categoryId);
		// Serialises revisions of one category with each other (the category's row is the lock).
		jdbc.queryForObject("SELECT id FROM award_category WHERE id = ? FOR UPDATE", UUID.class, categoryId);
		if (current.locked()) {
			throw DomainException.conflict("awards.error.rubricLocked", current.category().nameTh(), current.category().nameEn());
		}
		check(planned);
		String before = summary(current.criteria());
		List<Criterion> existing = current.criteria();
		for (int i = 0; i < planned.size(); i++) {
			Planned p = planned.get(i);
			if (i < existing.size()) {
				existing.get(i).revise(p.nameTh(), p.nameEn(), p.weight());
				rubrics.save(existing.get(i));
			}
			else {
				rubrics.save(Criterion.of(categoryId, i, p.nameTh(), p.nameEn(), p.weight()));
			}
		}
		existing.stream().skip(planned.size()).forEach(rubrics::delete);
		rubrics.flush();
		List<Criterion> after = rubrics.findByCategoryIdOrderByPosition(categoryId);
		audit.record(AwardsAudit.CATEGORY, categoryId, AwardsAudit.AWARD_RUBRIC_REVISED, Changes.none()
			.note("round", roundId.value())
			.field("criteria", before, summary(after)));
		return new Rubric(current.round(), current.category(), after, false);
	}

	/** One to {@value #MAX_CRITERIA} criteria, each by {@link Criterion#check}; every fault at once. */
	private static void check(List<Planned> planned) {
		if (planned == null || planned.isEmpty() || planned.size() > MAX_CRITERIA) {
			throw DomainException.invalid("criteria", "awards.error.criteria", MAX_CRITERIA);
		}
		List<InvalidInput.Violation> faults = new ArrayList<>();
		for (int i = 0; i < planned.size(); i++) {
			Planned p = planned.get(i);
			try {
				Criterion.check(i, p.nameTh(), p.nameEn(), p.weight());
			}
			catch (InvalidInput e) {
				faults.addAll(e.violations());
			}
			catch (DomainException e) {
				faults.add(new InvalidInput.Violation(e.field(), e.messageKey(), e.arguments()));
			}
		}
		if (!faults.isEmpty()) {
			throw new InvalidInput(faults);
		}
	}

	private boolean scored(UUID categoryId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM award_score s JOIN award_criterion c"
				+ " ON c.id = s.criterion_id WHERE c.category_id = ?", Boolean.class, categoryId));
	}

	/** The rubric as the audit log keeps it: each criterion's English name and weight, in order. */
	private static String summary(List<Criterion> criteria) {
		return criteria.stream().map(c -> c.nameEn() + " (" + c.weight() + ")").collect(Collectors.joining("; "));
	}
}
