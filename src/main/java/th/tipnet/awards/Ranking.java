package th.tipnet.awards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import th.tipnet.common.DomainException;

/**
 * The ranking of one category under its quota, computed from the judges' scorecards; nothing is
 * stored here, so the same scores always give the same ranking.
 *
 * <p><b>A judge's total</b> for a nomination is the weighted mean of their 1–10 scores:
 * {@code t(j,n) = Σ w(c)·score(j,n,c) / Σ w(c)}, so it stays on the 1–10 scale whatever the weights.
 *
 * <p><b>Normalisation</b> (optional): a harsh or lenient judge should not decide alone, so each
 * judge's totals are rescaled to the panel's mean and standard deviation:
 * <pre>
 *   m(j) = mean of judge j's totals, s(j) = their population standard deviation (divided by n)
 *   M    = mean of the judges' means m(j)
 *   S    = mean of the judges' standard deviations s(j), over the judges whose s(j) &gt; 0
 *   t'(j,n) = M + (t(j,n) − m(j)) · S / s(j)       and t'(j,n) = M when s(j) = 0
 * </pre>
 * A judge who gave every nomination the same total (or scored only one) expresses no preference
 * and so moves nobody. Every judge counts once in M and S, however many nominations they scored
 * (a conflicted judge scores fewer).
 *
 * <p><b>A nomination's total</b> is the mean of its judges' totals (normalised ones when
 * normalising), rounded to four decimals; its <b>median</b> is the median of the same totals.
 *
 * <p><b>The order</b>: the higher total first; on equal totals the higher median; then more top
 * scores (10s, over every criterion of every judge, as given); then the committee's recorded
 * decision (its order of the tied nominations). Nominations still equal after all four share a
 * rank. A tie on the total that crosses the quota line is always reported
 * ({@link Result#quotaLineTie()}), with the rule that settled it or {@link Decider#UNRESOLVED}:
 * the ranking never picks a winner silently, and nobody can confirm winners while it is unresolved.
 */
final class Ranking {

	static final int LOWEST_SCORE = 1;

	static final int TOP_SCORE = 10;

	private static final int SCALE = 4;

	private Ranking() {
	}

	/** A criterion of the category's rubric and its weight (any positive number; only the ratios matter). */
	record Criterion(String code, BigDecimal weight) {
	}

	/** One judge's 1–10 scores for one nomination, by criterion code. */
	record Scorecard(UUID judge, UUID nomination, Map<String, Integer> scores) {

		Scorecard {
			scores = Map.copyOf(scores);
		}
	}

	/** The rule that put a nomination below the one ranked just above it. */
	enum Decider {
		TOTAL, MEDIAN, TOP_SCORES, COMMITTEE, UNRESOLVED
	}

	/**
	 * A nomination's place: its rank (shared when nothing separates it from the one above), its total
	 * and median, its count of 10s, how many judges scored it, and what separated it from the one
	 * above ({@code null} for the first).
	 */
	record Place(UUID nomination, int rank, BigDecimal total, BigDecimal median, int topScores, int judges,
			Decider decidedBy) {
	}

	/** Nominations tied on their total across the quota line, and what settled the line. */
	record QuotaLineTie(List<UUID> nominations, Decider resolvedBy) {

		boolean unresolved() {
			return resolvedBy == Decider.UNRESOLVED;
		}
	}

	/** The committee's confirmed winners, best first, and why fewer than the quota when so. */
	record Confirmation(List<UUID> winners, String reason) {
	}

	/** A ranked category. */
	record Result(int quota, boolean normalised, List<Place> places, Optional<QuotaLineTie> quotaLineTie) {

		/**
		 * The committee confirms winners: at most the quota (more is refused, naming
		 * {@code winners}), each of them ranked here; fewer than the quota, or passing over a
		 * nomination ranked above one confirmed, only with a written reason (naming {@code reason}).
		 * While a tie across the quota line is unresolved the committee must first record its decision.
		 */
		Confirmation confirm(List<UUID> winners, String reason) {
			List<UUID> chosen = winners == null ? List.of() : List.copyOf(winners);
			if (chosen.isEmpty()) {
				throw DomainException.invalid("winners", "error.required");
			}
			if (chosen.size() > quota) {
				throw DomainException.invalid("winners", "awards.error.overQuota", chosen.size(), quota);
			}
			Map<UUID, Place> byNomination = new HashMap<>();
			places.forEach(p -> byNomination.put(p.nomination(), p));
			if (new HashSet<>(chosen).size() != chosen.size() || !byNomination.keySet().containsAll(chosen)) {
				throw DomainException.invalid("winners", "awards.error.notRanked");
			}
			if (quotaLineTie.isPresent() && quotaLineTie.get().unresolved()) {
				throw DomainException.conflict("awards.error.tieUnresolved");
			}
			boolean hasReason = reason != null && !reason.isBlank();
			if (chosen.size() < quota && !hasReason) {
				throw DomainException.invalid("reason", "awards.error.reasonForFewer", chosen.size(), quota);
			}
			int lowest = chosen.stream().mapToInt(n -> byNomination.get(n).rank()).max().orElse(0);
			boolean passesOver = places.stream()
				.anyMatch(p -> p.rank() < lowest && !chosen.contains(p.nomination()));
			if (passesOver && !hasReason) {
				throw DomainException.invalid("reason", "awards.error.reasonForPassingOver");
			}
			return new Confirmation(chosen, hasReason ? reason.strip() : null);
		}

		/** The places inside the quota, once nothing at the line is left to the committee. */
		List<Place> withinQuota() {
			return places.stream().filter(p -> p.rank() <= quota).toList();
		}
	}

	/**
	 * Ranks a category's nominations.
	 *
	 * @param quota the category's quota, 1 to 100
	 * @param rubric the criteria and their weights; each scorecard must score every one of them
	 * @param scorecards every judge's scores; a judge scores a nomination at most once
	 * @param normalise rescale each judge's totals to the panel's mean and spread first
	 * @param committeeOrder the committee's recorded order of nominations it has ruled on (may be empty)
	 */
	static Result rank(int quota, List<Criterion> rubric, List<Scorecard> scorecards, boolean normalise,
			List<UUID> committeeOrder) {
		if (quota < 1 || quota > AwardCategory.MAX_QUOTA) {
			throw DomainException.invalid("quota", "awards.error.quota", AwardCategory.MAX_QUOTA);
		}
		checkRubric(rubric);
		Map<UUID, Map<UUID, Double>> totalsByJudge = judgeTotals(rubric, scorecards);
		if (normalise) {
			totalsByJudge = normalised(totalsByJudge);
		}
		Map<UUID, List<Double>> byNomination = new LinkedHashMap<>();
		totalsByJudge.values()
			.forEach(totals -> totals.forEach((n, t) -> byNomination.computeIfAbsent(n, k -> new ArrayList<>()).add(t)));
		Map<UUID, Integer> tops = new HashMap<>();
		scorecards.forEach(s -> tops.merge(s.nomination(),
				(int) s.scores().values().stream().filter(v -> v == TOP_SCORE).count(), Integer::sum));
		List<UUID> committee = committeeOrder == null ? List.of() : committeeOrder;
		List<Standing> standings = byNomination.entrySet()
			.stream()
			.map(e -> new Standing(e.getKey(), rounded(mean(e.getValue())), rounded(median(e.getValue())),
					tops.getOrDefault(e.getKey(), 0), e.getValue().size(), committeeIndex(committee, e.getKey())))
			.sorted(Standing.ORDER)
			.toList();
		List<Place> places = places(standings);
		return new Result(quota, normalise, places, quotaLineTie(quota, standings));
	}

	private static void checkRubric(List<Criterion> rubric) {
		if (rubric == null || rubric.isEmpty()) {
			throw DomainException.invalid("criteria", "error.required");
		}
		Set<String> codes = new HashSet<>();
		for (Criterion c : rubric) {
			if (c.weight() == null || c.weight().signum() <= 0) {
				throw DomainException.invalid("criteria", "awards.error.rankingWeight", c.code());
			}
			if (!codes.add(c.code())) {
				throw DomainException.invalid("criteria", "awards.error.rankingCriterionTwice", c.code());
			}
		}
	}

	/** Each judge's weighted total for each nomination they scored, refusing scores off the scale. */
	private static Map<UUID, Map<UUID, Double>> judgeTotals(List<Criterion> rubric, List<Scorecard> scorecards) {
		double weights = rubric.stream().mapToDouble(c -> c.weight().doubleValue()).sum();
		Map<UUID, Map<UUID, Double>> totals = new LinkedHashMap<>();
		for (Scorecard card : scorecards) {
			if (!card.scores().keySet().equals(codes(rubric))) {
				throw DomainException.invalid("scores", "awards.error.scoreEveryCriterion");
			}
			double sum = 0;
			for (Criterion c : rubric) {
				int score = card.scores().get(c.code());
				if (score < LOWEST_SCORE || score > TOP_SCORE) {
					throw DomainException.invalid("scores", "awards.error.scoreScale", LOWEST_SCORE, TOP_SCORE);
				}
				sum += c.weight().doubleValue() * score;
			}
			Map<UUID, Double> judge = totals.computeIfAbsent(card.judge(), k -> new LinkedHashMap<>());
			if (judge.put(card.nomination(), sum / weights) != null) {
				throw DomainException.invalid("scores", "awards.error.scoredTwice");
			}
		}
		return totals;
	}

	private static Set<String> codes(List<Criterion> rubric) {
		Set<String> codes = new HashSet<>();
		rubric.forEach(c -> codes.add(c.code()));
		return codes;
	}

	/** t'(j,n) = M + (t(j,n) − m(j)) · S / s(j), as the class comment defines M, S, m and s. */
	private static Map<UUID, Map<UUID, Double>> normalised(Map<UUID, Map<UUID, Double>> totalsByJudge) {
		Map<UUID, Double> means = new HashMap<>();
		Map<UUID, Double> spreads = new HashMap<>();
		totalsByJudge.forEach((judge, totals) -> {
			List<Double> values = List.copyOf(totals.values());
			means.put(judge, mean(values));
			spreads.put(judge, standardDeviation(values));
		});
		double panelMean = mean(List.copyOf(means.values()));
		List<Double> spreading = spreads.values().stream().filter(s -> s > 0).toList();
		double panelSpread = spreading.isEmpty() ? 0 : mean(spreading);
		Map<UUID, Map<UUID, Double>> result = new LinkedHashMap<>();
		totalsByJudge.forEach((judge, totals) -> {
			double m = means.get(judge);
			double s = spreads.get(judge);
			Map<UUID, Double> rescaled = new LinkedHashMap<>();
			totals.forEach((n, t) -> rescaled.put(n, s > 0 ? panelMean + (t - m) * panelSpread / s : panelMean));
			result.put(judge, rescaled);
		});
		return result;
	}

	private static List<Place> places(List<Standing> standings) {
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < standings.size(); i++) {
			Standing s = standings.get(i);
			Decider decider = i == 0 ? null : standings.get(i - 1).separatedFrom(s);
			int rank = decider == Decider.UNRESOLVED ? places.get(i - 1).rank() : i + 1;
			places.add(new Place(s.nomination(), rank, s.total(), s.median(), s.topScores(), s.judges(), decider));
		}
		return List.copyOf(places);
	}

	/** The tie on the total between the last place inside the quota and the first outside, if any. */
	private static Optional<QuotaLineTie> quotaLineTie(int quota, List<Standing> standings) {
		if (standings.size() <= quota) {
			return Optional.empty();
		}
		Standing inside = standings.get(quota - 1);
		Standing outside = standings.get(quota);
		if (inside.total().compareTo(outside.total()) != 0) {
			return Optional.empty();
		}
		List<UUID> tied = standings.stream()
			.filter(s -> s.total().compareTo(inside.total()) == 0)
			.map(Standing::nomination)
			.toList();
		return Optional.of(new QuotaLineTie(tied, inside.separatedFrom(outside)));
	}

	private static int committeeIndex(List<UUID> committee, UUID nomination) {
		int i = committee.indexOf(nomination);
		return i < 0 ? Integer.MAX_VALUE : i;
	}

	static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	static double standardDeviation(List<Double> values) {
		double m = mean(values);
		return Math.sqrt(values.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / values.size());
	}

	private static BigDecimal rounded(double value) {
		return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** What orders two nominations, in the order the tie rule applies it. */
	private record Standing(UUID nomination, BigDecimal total, BigDecimal median, int topScores, int judges,
			int committeeIndex) {

		static final Comparator<Standing> ORDER = Comparator.comparing(Standing::total, Comparator.reverseOrder())
			.thenComparing(Standing::median, Comparator.reverseOrder())
			.thenComparing(Standing::topScores, Comparator.reverseOrder())
			.thenComparingInt(Standing::committeeIndex)
			.thenComparing(Standing::nomination);

		/** The first rule that separates this standing from the one below it. */
		Decider separatedFrom(Standing below) {
			if (total.compareTo(below.total) != 0) {
				return Decider.TOTAL;
			}
			if (median.compareTo(below.median) != 0) {
				return Decider.MEDIAN;
			}
			if (topScores != below.topScores) {
				return Decider.TOP_SCORES;
			}
			return committeeIndex != below.committeeIndex ? Decider.COMMITTEE : Decider.UNRESOLVED;
		}
	}
}
