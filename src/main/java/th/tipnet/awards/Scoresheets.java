package th.tipnet.awards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The judges' scores of a category, sheet by sheet: what the secretariat's progress counts and what
 * the ranking reads. A sheet is one judge's scores of one nomination; it is complete when every
 * criterion of the rubric is scored, and its weighted mean is Σ weight × score / Σ weight, on the
 * same 1 to 10 scale. Only eligible nominations count, and never a judge with a standing conflict.
 */
@Component
class Scoresheets {

	/** One judge's scores of one nomination, by criterion, and their weighted mean once complete (else null). */
	record Scoresheet(NominationId nomination, UUID judgeId, Map<UUID, Integer> byCriterion, boolean complete,
			Double weightedMean) {
	}

	private final JudgedNominations nominations;

	private final Rubrics rubrics;

	private final Scores scores;

	private final Conflicts conflicts;

	Scoresheets(JudgedNominations nominations, Rubrics rubrics, Scores scores, Conflicts conflicts) {
		this.nominations = nominations;
		this.rubrics = rubrics;
		this.scores = scores;
		this.conflicts = conflicts;
	}

	/**
	 * Every sheet of the category's eligible nominations by a judge without a standing conflict,
	 * complete or not: the ranking feeds on those with {@code complete()}.
	 */
	@Transactional(readOnly = true)
	List<Scoresheet> of(UUID categoryId) {
		List<Nomination> eligible = eligible(categoryId);
		if (eligible.isEmpty()) {
			return List.of();
		}
		List<Criterion> rubric = rubrics.findByCategoryIdOrderByPosition(categoryId);
		Set<String> conflicted = standing(ids(eligible));
		Map<String, Map<UUID, Integer>> sheets = new LinkedHashMap<>();
		for (Score s : scores.findByNominationIdIn(ids(eligible))) {
			if (!conflicted.contains(s.nominationId() + "/" + s.judgeId())) {
				sheets.computeIfAbsent(s.nominationId() + "/" + s.judgeId(), k -> new HashMap<>()).put(s.criterionId(), s.score());
			}
		}
		List<Scoresheet> result = new ArrayList<>();
		sheets.forEach((key, byCriterion) -> {
			String[] parts = key.split("/");
			boolean complete = rubric.stream().allMatch(c -> byCriterion.containsKey(c.id()));
			result.add(new Scoresheet(new NominationId(UUID.fromString(parts[0])), UUID.fromString(parts[1]),
					Map.copyOf(byCriterion), complete, complete ? weightedMean(rubric, byCriterion) : null));
		});
		return result;
	}

	/** The category's nominations the judges score: submitted and found eligible. */
	List<Nomination> eligible(UUID categoryId) {
		return nominations.findByCategoryIdAndStatus(categoryId, Nomination.Status.SUBMITTED)
			.stream()
			.filter(n -> n.eligibility() == Eligibility.ELIGIBLE)
			.toList();
	}

	/** "nomination/judge" for each conflict that stands between them. */
	Set<String> standing(Collection<UUID> nominationIds) {
		if (nominationIds.isEmpty()) {
			return Set.of();
		}
		return conflicts.findByNominationIdIn(nominationIds)
			.stream()
			.filter(Conflict::stands)
			.map(c -> c.nominationId() + "/" + c.judgeId())
			.collect(Collectors.toSet());
	}

	static double weightedMean(List<Criterion> rubric, Map<UUID, Integer> byCriterion) {
		int weights = rubric.stream().mapToInt(Criterion::weight).sum();
		double sum = rubric.stream().mapToDouble(c -> c.weight() * (double) byCriterion.get(c.id())).sum();
		return weights == 0 ? 0 : sum / weights;
	}

	private static List<UUID> ids(List<Nomination> nominations) {
		return nominations.stream().map(n -> n.id().value()).toList();
	}
}
