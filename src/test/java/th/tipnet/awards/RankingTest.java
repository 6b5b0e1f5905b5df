package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.tipnet.awards.Ranking.Criterion;
import th.tipnet.awards.Ranking.Decider;
import th.tipnet.awards.Ranking.Place;
import th.tipnet.awards.Ranking.Result;
import th.tipnet.awards.Ranking.Scorecard;
import th.tipnet.common.DomainException;

/**
 * The ranking under a quota, checked against a worked example done by hand.
 *
 * <pre>
 * Rubric: impact (weight 3), cooperation (weight 2), innovation (weight 1); a judge's total is
 * (3·impact + 2·cooperation + innovation) / 6.
 *
 * Scores (impact, cooperation, innovation) and each judge's total:
 *
 *        judge A (fair)        judge B (lenient, narrow)   judge C (harsh, wide)
 *   N1   9,9,9   54/6 = 9      10,8,8   54/6 = 9            7,6,6  39/6 = 6.5
 *   N2   8,8,8   48/6 = 8      10,10,10 60/6 = 10           2,2,2  12/6 = 2
 *   N3   7,7,7   42/6 = 7      10,9,9   57/6 = 9.5          5,5,5  30/6 = 5
 *   N4   6,6,6   36/6 = 6      8,8,8    48/6 = 8            8,8,8  48/6 = 8
 *   N5   5,5,5   30/6 = 5      9,8,8    51/6 = 8.5          4,3,3  21/6 = 3.5
 *
 * Without normalisation a nomination's total is the mean of its three judges' totals:
 *   N1 (9 + 9 + 6.5) / 3 = 8.1667   N2 (8 + 10 + 2) / 3 = 6.6667   N3 (7 + 9.5 + 5) / 3 = 7.1667
 *   N4 (6 + 8 + 8) / 3   = 7.3333   N5 (5 + 8.5 + 3.5) / 3 = 5.6667
 *   ranks: N1 1, N4 2, N3 3, N2 4, N5 5 (no tie). Judge C's wide spread alone lifts N4 to second
 *   and sinks N2 to fourth.
 *
 * Normalisation:
 *   A: m = 35/5 = 7;  deviations 2, 1, 0, −1, −2;          variance 10/5 = 2;    s = √2
 *   B: m = 45/5 = 9;  deviations 0, 1, 0.5, −1, −0.5;      variance 2.5/5 = 0.5; s = √2 / 2
 *   C: m = 25/5 = 5;  deviations 1.5, −3, 0, 3, −1.5;      variance 22.5/5 = 4.5; s = 3√2 / 2
 *   M = (7 + 9 + 5) / 3 = 7;  S = (√2 + √2/2 + 3√2/2) / 3 = √2
 *   t' = 7 + (t − m) · S / s, so A keeps its totals (S/s = 1), B's deviations double (S/s = 2),
 *   C's shrink to two thirds (S/s = 2/3):
 *        A   B                     C
 *   N1   9   7 + 0·2    = 7        7 + 1.5·2/3 = 8       total (9 + 7 + 8) / 3 = 8        median 8
 *   N2   8   7 + 1·2    = 9        7 − 3·2/3   = 5       total (8 + 9 + 5) / 3 = 7.3333   median 8
 *   N3   7   7 + 0.5·2  = 8        7 + 0·2/3   = 7       total (7 + 8 + 7) / 3 = 7.3333   median 7
 *   N4   6   7 − 1·2    = 5        7 + 3·2/3   = 9       total (6 + 5 + 9) / 3 = 6.6667   median 6
 *   N5   5   7 − 0.5·2  = 6        7 − 1.5·2/3 = 6       total (5 + 6 + 6) / 3 = 5.6667   median 6
 *   ranks: N1 1; N2 and N3 tie on 7.3333, N2's median 8 beats N3's 7: N2 2, N3 3; N4 4; N5 5.
 *   With a quota of 2 the line runs between N2 and N3, who tied on the total: the tie is flagged,
 *   settled by the median.
 * </pre>
 */
class RankingTest {

	static final List<Criterion> RUBRIC = List.of(new Criterion("impact", new BigDecimal("3")),
			new Criterion("cooperation", new BigDecimal("2")), new Criterion("innovation", BigDecimal.ONE));

	static final UUID A = id("a"), B = id("b"), C = id("c");

	static final UUID N1 = id("1"), N2 = id("2"), N3 = id("3"), N4 = id("4"), N5 = id("5");

	static final List<Scorecard> WORKED = List.of(
			card(A, N1, 9, 9, 9), card(A, N2, 8, 8, 8), card(A, N3, 7, 7, 7), card(A, N4, 6, 6, 6), card(A, N5, 5, 5, 5),
			card(B, N1, 10, 8, 8), card(B, N2, 10, 10, 10), card(B, N3, 10, 9, 9), card(B, N4, 8, 8, 8),
			card(B, N5, 9, 8, 8),
			card(C, N1, 7, 6, 6), card(C, N2, 2, 2, 2), card(C, N3, 5, 5, 5), card(C, N4, 8, 8, 8), card(C, N5, 4, 3, 3));

	@Test
	void withoutNormalisationTheTotalIsTheMeanOfTheJudgesWeightedTotals() {
		Result r = Ranking.rank(2, RUBRIC, WORKED, false, List.of());

		assertThat(rows(r)).containsExactly("1 N1 8.1667", "2 N4 7.3333", "3 N3 7.1667", "4 N2 6.6667", "5 N5 5.6667");
		assertThat(r.quotaLineTie()).isEmpty();
		assertThat(r.withinQuota()).extracting(Place::nomination).containsExactly(N1, N4);
	}

	@Test
	void normalisationRescalesEachJudgeToThePanelAndTheMedianSettlesATieAtTheQuotaLineWhichIsFlagged() {
		Result r = Ranking.rank(2, RUBRIC, WORKED, true, List.of());

		assertThat(rows(r)).containsExactly("1 N1 8.0000", "2 N2 7.3333", "3 N3 7.3333", "4 N4 6.6667", "5 N5 5.6667");
		assertThat(r.places()).extracting(p -> p.median().toPlainString())
			.containsExactly("8.0000", "8.0000", "7.0000", "6.0000", "6.0000");
		assertThat(r.places().get(2).decidedBy()).isEqualTo(Decider.MEDIAN);
		assertThat(r.places().get(1).topScores()).isEqualTo(3);
		assertThat(r.places().get(0).judges()).isEqualTo(3);
		assertThat(r.quotaLineTie()).hasValueSatisfying(tie -> {
			assertThat(tie.nominations()).containsExactly(N2, N3);
			assertThat(tie.resolvedBy()).isEqualTo(Decider.MEDIAN);
			assertThat(tie.unresolved()).isFalse();
		});
		assertThat(r.withinQuota()).extracting(Place::nomination).containsExactly(N1, N2);
	}

	@Test
	void aJudgeWhoGivesEveryoneTheSameTotalMovesNobodyOnceNormalised() {
		// A: N1 9, N2 5 (m 7, s 2); B: 6 and 6 (m 6, s 0). M = (7 + 6) / 2 = 6.5; S = 2 (B has no spread).
		// A: 6.5 + (9 − 7)·2/2 = 8.5 and 6.5 + (5 − 7)·2/2 = 4.5; B: both 6.5.
		// N1 (8.5 + 6.5) / 2 = 7.5, N2 (4.5 + 6.5) / 2 = 5.5: B changed neither A's order nor its gap.
		List<Scorecard> cards = List.of(card(A, N1, 9, 9, 9), card(A, N2, 5, 5, 5), card(B, N1, 6, 6, 6),
				card(B, N2, 6, 6, 6));

		assertThat(rows(Ranking.rank(1, RUBRIC, cards, true, List.of()))).containsExactly("1 N1 7.5000", "2 N2 5.5000");
	}

	@Test
	void onEqualTotalAndMedianMoreTopScoresRankFirst() {
		// One judge: N1 (10,6,2) = 44/6 and N2 (8,8,4) = 44/6, median the same; N1 has one 10.
		Result r = Ranking.rank(1, RUBRIC, List.of(card(A, N2, 8, 8, 4), card(A, N1, 10, 6, 2)), false, List.of());

		assertThat(rows(r)).containsExactly("1 N1 7.3333", "2 N2 7.3333");
		assertThat(r.places().get(1).decidedBy()).isEqualTo(Decider.TOP_SCORES);
		assertThat(r.quotaLineTie()).hasValueSatisfying(t -> assertThat(t.resolvedBy()).isEqualTo(Decider.TOP_SCORES));
	}

	@Test
	void aTieNothingSettlesAcrossTheQuotaLineIsFlaggedSharesTheRankAndBlocksConfirmationUntilTheCommitteeDecides() {
		List<Scorecard> cards = List.of(card(A, N1, 9, 9, 9), card(A, N2, 7, 7, 7), card(A, N3, 7, 7, 7),
				card(B, N1, 8, 8, 8), card(B, N2, 6, 6, 6), card(B, N3, 6, 6, 6));

		Result open = Ranking.rank(2, RUBRIC, cards, false, List.of());
		assertThat(open.places()).extracting(Place::rank).containsExactly(1, 2, 2);
		assertThat(open.places().get(2).decidedBy()).isEqualTo(Decider.UNRESOLVED);
		assertThat(open.quotaLineTie()).hasValueSatisfying(t -> {
			assertThat(t.nominations()).containsExactlyInAnyOrder(N2, N3);
			assertThat(t.unresolved()).isTrue();
		});
		assertThat(open.withinQuota()).hasSize(3);
		assertThatThrownBy(() -> open.confirm(List.of(N1, N2), null)).isInstanceOf(DomainException.class)
			.satisfies(e -> {
				assertThat(((DomainException) e).status().value()).isEqualTo(409);
				assertThat(((DomainException) e).messageKey()).isEqualTo("awards.error.tieUnresolved");
			});

		Result decided = Ranking.rank(2, RUBRIC, cards, false, List.of(N3, N2));
		assertThat(decided.places()).extracting(Place::nomination).containsExactly(N1, N3, N2);
		assertThat(decided.places()).extracting(Place::rank).containsExactly(1, 2, 3);
		assertThat(decided.places().get(2).decidedBy()).isEqualTo(Decider.COMMITTEE);
		assertThat(decided.quotaLineTie()).hasValueSatisfying(t -> assertThat(t.resolvedBy()).isEqualTo(Decider.COMMITTEE));
		assertThat(decided.confirm(List.of(N1, N3), null).winners()).containsExactly(N1, N3);
	}

	@Test
	void aTieBelowTheQuotaLineSharesTheRankWithoutAFlag() {
		List<Scorecard> cards = List.of(card(A, N1, 9, 9, 9), card(A, N2, 7, 7, 7), card(A, N3, 7, 7, 7));

		Result r = Ranking.rank(1, RUBRIC, cards, false, List.of());
		assertThat(r.places()).extracting(Place::rank).containsExactly(1, 2, 2);
		assertThat(r.quotaLineTie()).isEmpty();
	}

	@Test
	void theCommitteeConfirmsExactlyTheQuotaOrFewerWithAReasonAndNeverMore() {
		Result r = Ranking.rank(2, RUBRIC, WORKED, false, List.of());

		assertThat(r.confirm(List.of(N1, N4), null).winners()).containsExactly(N1, N4);
		assertThat(r.confirm(List.of(N1), "มีผู้เข้าเกณฑ์เพียงรายเดียว").reason()).isEqualTo("มีผู้เข้าเกณฑ์เพียงรายเดียว");
		refused(() -> r.confirm(List.of(N1, N4, N3), "เพิ่มอีกหนึ่ง"), 422, "winners", "awards.error.overQuota");
		refused(() -> r.confirm(List.of(N1), " "), 422, "reason", "awards.error.reasonForFewer");
		refused(() -> r.confirm(List.of(N1, id("9")), null), 422, "winners", "awards.error.notRanked");
		refused(() -> r.confirm(List.of(N1, N1), null), 422, "winners", "awards.error.notRanked");
		refused(() -> r.confirm(List.of(), null), 422, "winners", "error.required");
		// N3 is third: confirming it over N4 (second) needs the committee's reason.
		refused(() -> r.confirm(List.of(N1, N3), null), 422, "reason", "awards.error.reasonForPassingOver");
		assertThat(r.confirm(List.of(N1, N3), "คณะกรรมการเห็นว่าผลงานขยายผลได้มากกว่า").winners()).containsExactly(N1, N3);
	}

	@Test
	void scoresOffTheScaleAnUnscoredCriterionABadWeightAndAScorecardTwiceAreRefused() {
		refused(() -> Ranking.rank(1, RUBRIC, List.of(card(A, N1, 11, 5, 5)), false, List.of()), 422, "scores",
				"awards.error.scoreScale");
		refused(() -> Ranking.rank(1, RUBRIC, List.of(card(A, N1, 0, 5, 5)), false, List.of()), 422, "scores",
				"awards.error.scoreScale");
		refused(() -> Ranking.rank(1, RUBRIC, List.of(new Scorecard(A, N1, Map.of("impact", 5))), false, List.of()), 422,
				"scores", "awards.error.scoreEveryCriterion");
		refused(() -> Ranking.rank(1, List.of(new Criterion("impact", BigDecimal.ZERO)), List.of(), false, List.of()), 422,
				"criteria", "awards.error.rankingWeight");
		refused(() -> Ranking.rank(1, RUBRIC, List.of(card(A, N1, 5, 5, 5), card(A, N1, 6, 6, 6)), false, List.of()), 422,
				"scores", "awards.error.scoredTwice");
		refused(() -> Ranking.rank(0, RUBRIC, List.of(), false, List.of()), 422, "quota", "awards.error.quota");
	}

	@Test
	void everyRefusalIsWrittenInThaiAndEnglish() {
		ResourceBundle thai = ResourceBundle.getBundle("messages", Locale.ROOT);
		ResourceBundle english = ResourceBundle.getBundle("messages", Locale.ENGLISH);
		for (String key : List.of("awards.error.overQuota", "awards.error.reasonForFewer", "awards.error.notRanked",
				"awards.error.tieUnresolved", "awards.error.reasonForPassingOver", "awards.error.scoreScale",
				"awards.error.scoreEveryCriterion", "awards.error.rankingWeight", "awards.error.scoredTwice")) {
			assertThat(thai.getString(key)).as(key).isNotBlank().isNotEqualTo(english.getString(key));
		}
	}

	private static void refused(Runnable action, int status, String field, String key) {
		assertThatThrownBy(action::run).isInstanceOf(DomainException.class).satisfies(e -> {
			DomainException d = (DomainException) e;
			assertThat(d.status().value()).isEqualTo(status);
			assertThat(d.field()).isEqualTo(field);
			assertThat(d.messageKey()).isEqualTo(key);
		});
	}

	private static List<String> rows(Result r) {
		List<String> rows = new ArrayList<>();
		r.places().forEach(p -> rows.add(p.rank() + " " + name(p.nomination()) + " " + p.total().toPlainString()));
		return rows;
	}

	private static String name(UUID nomination) {
		return "N" + nomination.toString().substring(35);
	}

	private static Scorecard card(UUID judge, UUID nomination, int impact, int cooperation, int innovation) {
		return new Scorecard(judge, nomination, Map.of("impact", impact, "cooperation", cooperation, "innovation", innovation));
	}

	private static UUID id(String last) {
		return UUID.fromString("00000000-0000-0000-0000-00000000000" + last);
	}
}
