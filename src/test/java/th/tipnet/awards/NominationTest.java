package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.support.RegisteredEvents;

/**
 * A nomination's state table, without Spring: every verb from every status, in every phase of its
 * round. An allowed verb reaches its new status (and finding) and registers its event; a refused one
 * is the conflict the table names and changes nothing.
 */
class NominationTest {

	static final Instant OPENS = Instant.parse("2030-01-01T00:00:00Z");

	static final Windows WINDOWS = new Windows(OPENS, OPENS.plus(Duration.ofDays(10)), OPENS.plus(Duration.ofDays(12)),
			OPENS.plus(Duration.ofDays(20)), OPENS.plus(Duration.ofDays(30)));

	/** An instant inside each phase of the round. */
	static final Map<Phase, Instant> AT = Map.of(Phase.UPCOMING, OPENS.minus(Duration.ofDays(1)), Phase.NOMINATING,
			OPENS.plus(Duration.ofDays(1)), Phase.CHECKING_ELIGIBILITY, OPENS.plus(Duration.ofDays(11)), Phase.JUDGING,
			OPENS.plus(Duration.ofDays(15)), Phase.DECIDING, OPENS.plus(Duration.ofDays(25)), Phase.ANNOUNCED,
			OPENS.plus(Duration.ofDays(31)));

	static final Actor NOMINATOR = new Actor(UUID.randomUUID(), "nominator", UUID.randomUUID(), null);

	static final Actor SECRETARIAT = new Actor(UUID.randomUUID(), "secretariat", UUID.randomUUID(), null);

	static final AwardRound ROUND = AwardRound.open(RoundId.next(), new AwardRound.Plan(2573, "รางวัลทดสอบ", "Test awards",
			WINDOWS, false, List.of(new AwardCategory.Plan("ORG", "องค์กรดีเด่น", "Outstanding organisation",
					NomineeKind.ORGANISATION, 2, true, new BigDecimal("10000"), "เกณฑ์", "Criteria",
					List.of(new EligibilityItem("ทำงานในไทย", "Works in Thailand"),
							new EligibilityItem("ไม่เคยได้รับ", "Not awarded before"))))),
			OPENS.minus(Duration.ofDays(30)));

	static final AwardCategory CATEGORY = ROUND.categories().get(0);

	/** Where a nomination stands: its status and, once submitted, the secretariat's finding. */
	enum From {
		DRAFT, SUBMITTED, FOUND_ELIGIBLE, FOUND_INELIGIBLE, WITHDRAWN_DRAFT, WITHDRAWN_SUBMISSION
	}

	static Nomination.Details details(boolean consented) {
		return new Nomination.Details(Nominee.organisation(UUID.randomUUID()), "ช่วยเหลือผู้เสียหาย", "ส่งต่อ 40 ราย",
				consented);
	}

	static Nomination in(From from) {
		Instant nominating = AT.get(Phase.NOMINATING);
		Nomination n = Nomination.draft(NominationId.next(), ROUND, CATEGORY, NOMINATOR, details(true), nominating);
		if (from != From.DRAFT && from != From.WITHDRAWN_DRAFT) {
			n.submit(ROUND, nominating);
		}
		switch (from) {
			case FOUND_ELIGIBLE -> n.checkEligibility(ROUND, CATEGORY, allMet(), SECRETARIAT, nominating);
			case FOUND_INELIGIBLE -> n.checkEligibility(ROUND, CATEGORY, oneNotMet(), SECRETARIAT, nominating);
			case WITHDRAWN_DRAFT, WITHDRAWN_SUBMISSION -> n.withdraw(ROUND, nominating);
			default -> {
			}
		}
		return n;
	}

	static List<EligibilityCheck> allMet() {
		return List.of(new EligibilityCheck(true, null), new EligibilityCheck(true, null));
	}

	static List<EligibilityCheck> oneNotMet() {
		return List.of(new EligibilityCheck(true, null), new EligibilityCheck(false, "ได้รับรางวัลเมื่อปี 2565"));
	}

	static final Set<Phase> NOMINATING = EnumSet.of(Phase.NOMINATING);

	static final Set<Phase> UNTIL_JUDGING = EnumSet.of(Phase.NOMINATING, Phase.CHECKING_ELIGIBILITY);

	/**
	 * A verb; the statuses it is allowed from, with the status and finding it leaves and the event it
	 * registers; the phases it is allowed in; the refusals for another status or another phase; and
	 * which of the two it checks first.
	 */
	record Verb(String name, BiConsumer<Nomination, Instant> apply, Map<From, From> allowed, Class<?> announces,
			Set<Phase> phases, String wrongStatus, String wrongPhase, boolean phaseFirst) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final List<Verb> VERBS = List.of(
			new Verb("revise", (n, at) -> n.revise(ROUND, CATEGORY, details(true), at), Map.of(From.DRAFT, From.DRAFT), null,
					NOMINATING, "awards.error.notADraft", "awards.error.nominationsClosed", true),
			new Verb("submit", (n, at) -> n.submit(ROUND, at), Map.of(From.DRAFT, From.SUBMITTED), NominationSubmitted.class,
					NOMINATING, "awards.error.notADraft", "awards.error.nominationsClosed", true),
			new Verb("withdraw", (n, at) -> n.withdraw(ROUND, at),
					Map.of(From.DRAFT, From.WITHDRAWN_DRAFT, From.SUBMITTED, From.WITHDRAWN_SUBMISSION, From.FOUND_ELIGIBLE,
							From.WITHDRAWN_SUBMISSION, From.FOUND_INELIGIBLE, From.WITHDRAWN_SUBMISSION),
					NominationWithdrawn.class, NOMINATING, "awards.error.withdrawn", "awards.error.nominationsClosed", true),
			new Verb("checkEligibility (every item met)",
					(n, at) -> n.checkEligibility(ROUND, CATEGORY, allMet(), SECRETARIAT, at),
					Map.of(From.SUBMITTED, From.FOUND_ELIGIBLE, From.FOUND_ELIGIBLE, From.FOUND_ELIGIBLE, From.FOUND_INELIGIBLE,
							From.FOUND_ELIGIBLE),
					NominationFoundEligible.class, UNTIL_JUDGING, "awards.error.notSubmitted", "awards.error.eligibilityClosed",
					false),
			new Verb("checkEligibility (an item not met)",
					(n, at) -> n.checkEligibility(ROUND, CATEGORY, oneNotMet(), SECRETARIAT, at),
					Map.of(From.SUBMITTED, From.FOUND_INELIGIBLE, From.FOUND_ELIGIBLE, From.FOUND_INELIGIBLE,
							From.FOUND_INELIGIBLE, From.FOUND_INELIGIBLE),
					NominationFoundIneligible.class, UNTIL_JUDGING, "awards.error.notSubmitted",
					"awards.error.eligibilityClosed", false));

	static Stream<Arguments> everyVerbFromEveryStatusInEveryPhase() {
		List<Arguments> all = new ArrayList<>();
		for (Verb verb : VERBS) {
			for (From from : From.values()) {
				for (Phase phase : Phase.values()) {
					all.add(Arguments.of(verb, from, phase));
				}
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} from {1} while {2}")
	@MethodSource("everyVerbFromEveryStatusInEveryPhase")
	void aVerbMovesTheNominationAndAnnouncesItOrIsRefusedChangingNothing(Verb verb, From from, Phase phase) {
		Nomination n = in(from);
		Nomination.Status status = n.status();
		Eligibility finding = n.eligibility();
		int announced = RegisteredEvents.of(n).size();
		boolean statusAllowed = verb.allowed().containsKey(from);
		boolean phaseAllowed = verb.phases().contains(phase);

		if (statusAllowed && phaseAllowed) {
			verb.apply().accept(n, AT.get(phase));
			From to = verb.allowed().get(from);
			assertThat(n.status()).isEqualTo(in(to).status());
			assertThat(n.eligibility()).as("the secretariat's finding")
				.isEqualTo(verb.announces() == NominationFoundEligible.class || verb.announces() == NominationFoundIneligible.class
						? in(to).eligibility() : finding);
			if (verb.announces() == null) {
				assertThat(RegisteredEvents.of(n)).hasSize(announced);
			}
			else {
				assertThat(RegisteredEvents.of(n)).hasSize(announced + 1)
					.last()
					.isInstanceOf(verb.announces())
					.hasFieldOrPropertyWithValue("nominationId", n.id())
					.hasFieldOrPropertyWithValue("roundId", ROUND.id());
			}
		}
		else {
			String expected = !phaseAllowed && (verb.phaseFirst() || statusAllowed) ? verb.wrongPhase() : verb.wrongStatus();
			assertThatThrownBy(() -> verb.apply().accept(n, AT.get(phase))).isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.status().value()).isEqualTo(409);
				assertThat(e.messageKey()).isEqualTo(expected);
			});
			assertThat(n.status()).isEqualTo(status);
			assertThat(n.eligibility()).isEqualTo(finding);
			assertThat(RegisteredEvents.of(n)).hasSize(announced);
		}
	}

	@Test
	void everyStatusIsInTheTable() {
		assertThat(Stream.of(From.values()).map(from -> in(from).status()).distinct())
			.containsExactlyInAnyOrder(Nomination.Status.values());
	}

	@ParameterizedTest(name = "draft while {0}")
	@MethodSource("phases")
	void aNominationIsDraftedOnlyWhileTheRoundTakesNominations(Phase phase) {
		if (phase == Phase.NOMINATING) {
			Nomination n = Nomination.draft(NominationId.next(), ROUND, CATEGORY, NOMINATOR, details(false), AT.get(phase));
			assertThat(n.status()).isEqualTo(Nomination.Status.DRAFT);
			assertThat(n.eligibility()).isNull();
			assertThat(RegisteredEvents.of(n)).isEmpty();
		}
		else {
			assertThatThrownBy(() -> Nomination.draft(NominationId.next(), ROUND, CATEGORY, NOMINATOR, details(true),
					AT.get(phase)))
				.isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.messageKey()).isEqualTo("awards.error.nominationsClosed"));
		}
	}

	static Stream<Phase> phases() {
		return Stream.of(Phase.values());
	}

	@Test
	void aDraftIsSubmittedOnlyWithTheNomineesConsentAndOnlyOfTheCategorysKind() {
		Instant nominating = AT.get(Phase.NOMINATING);
		Nomination n = Nomination.draft(NominationId.next(), ROUND, CATEGORY, NOMINATOR, details(false), nominating);

		assertThatThrownBy(() -> n.submit(ROUND, nominating)).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.status().value()).isEqualTo(422);
			assertThat(e.field()).isEqualTo("nomineeConsented");
		});
		assertThat(n.status()).isEqualTo(Nomination.Status.DRAFT);
		assertThat(RegisteredEvents.of(n)).isEmpty();

		assertThatThrownBy(() -> n.revise(ROUND, CATEGORY, new Nomination.Details(Nominee.province("TH-20"), "j", "a", true),
				nominating))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.status().value()).isEqualTo(422);
				assertThat(e.field()).isEqualTo("nomineeKind");
			});
	}

	@Test
	void anItemNotMetNeedsItsReasonAndEveryItemIsAnswered() {
		Nomination n = in(From.SUBMITTED);
		Instant checking = AT.get(Phase.CHECKING_ELIGIBILITY);

		assertThatThrownBy(() -> n.checkEligibility(ROUND, CATEGORY, List.of(new EligibilityCheck(true, null)), SECRETARIAT,
				checking))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("checks"));
		assertThatThrownBy(() -> n.checkEligibility(ROUND, CATEGORY,
				List.of(new EligibilityCheck(true, null), new EligibilityCheck(false, " ")), SECRETARIAT, checking))
			.isInstanceOfSatisfying(th.tipnet.common.InvalidInput.class,
					e -> assertThat(e.field()).isEqualTo("checks[1].reason"));
		assertThat(n.eligibility()).isNull();
		assertThat(RegisteredEvents.of(n)).hasSize(1).first().isInstanceOf(NominationSubmitted.class);
	}
}
