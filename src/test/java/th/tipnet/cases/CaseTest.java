package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/** The case's state table and the rules it guards, without Spring. */
class CaseTest {

	static final Instant NOW = Instant.parse("2024-06-05T05:00:00Z"); // 12:00 in Bangkok

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final Duration DAY = Duration.ofHours(24);

	static final Actor WORKER = new Actor(UUID.randomUUID(), "worker", UUID.randomUUID(), null);

	@Test
	void anOpenedCaseAwaitsScreeningWithTheClockRunningFromFirstContact() {
		Instant firstContact = NOW.minus(Duration.ofHours(3));

		Case c = open(firstContact, Birth.estimated(30), List.of(name("Aung Ko")));

		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SCREENING);
		assertThat(c.screeningDueAt()).isEqualTo(firstContact.plus(DAY));
		assertThat(c.screeningClock(CLOCK).state()).isEqualTo(ScreeningClock.State.ON_TIME);
		assertThat(c.screeningClock(CLOCK).hours()).isEqualTo(21);
		assertThat(c.steps()).singleElement().satisfies(s -> {
			assertThat(s.what()).isEqualTo(Case.OPENED);
			assertThat(s.at()).isEqualTo(NOW);
			assertThat(s.actorName()).isEqualTo("worker");
		});
		assertThat(c.registeredEvents()).singleElement().isInstanceOfSatisfying(CaseOpened.class, e -> {
			assertThat(e.caseId()).isEqualTo(c.id());
			assertThat(e.leadOrganisationId()).isEqualTo(WORKER.organisationId());
			assertThat(e.screeningDueAt()).isEqualTo(c.screeningDueAt());
		});
	}

	@Test
	void theScreeningClockStandsOutUnderFourHoursAndIsOverdueAtTheDeadline() {
		Instant due = NOW.plus(Duration.ofHours(5));
		assertThat(new ScreeningClock(due, NOW).state()).isEqualTo(ScreeningClock.State.ON_TIME);
		assertThat(new ScreeningClock(due, NOW.plus(Duration.ofMinutes(61))).state()).isEqualTo(ScreeningClock.State.DUE_SOON);
		assertThat(new ScreeningClock(due, due).state()).isEqualTo(ScreeningClock.State.OVERDUE);
		ScreeningClock late = new ScreeningClock(due, due.plus(Duration.ofMinutes(125)));
		assertThat(late.state()).isEqualTo(ScreeningClock.State.OVERDUE);
		assertThat(late.left().toMinutes()).isEqualTo(-125);
		assertThat(late.hours()).isEqualTo(2);
		assertThat(late.minutes()).isEqualTo(5);
	}

	@Test
	void refusesAFirstContactInTheFuture() {
		assertThatThrownBy(() -> open(NOW.plus(Duration.ofHours(1)), Birth.unknown(), List.of(name("A"))))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.field()).isEqualTo("firstContactAt");
				assertThat(e.messageKey()).isEqualTo("cases.error.firstContactFuture");
			});
	}

	@Test
	void refusesAPersonWithoutAName() {
		assertThatThrownBy(() -> open(NOW, Birth.unknown(), List.of()))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("names"));
	}

	@Test
	void aPersonWhoMayHaveBeenUnder18AtFirstContactFollowsTheChildProcedure() {
		LocalDate contactDay = LocalDate.of(2024, 6, 5);
		// Born in 2006: 17 or 18 on 5 June 2024; in doubt, a child.
		assertThat(open(NOW, Birth.inYear(2006), List.of(name("A"))).childProcedure()).isTrue();
		assertThat(open(NOW, Birth.inYear(2005), List.of(name("A"))).childProcedure()).isFalse();
		assertThat(open(NOW, Birth.on(contactDay.minusYears(18)), List.of(name("A"))).childProcedure()).isFalse();
		assertThat(open(NOW, Birth.on(contactDay.minusYears(18).plusDays(1)), List.of(name("A"))).childProcedure()).isTrue();
		assertThat(open(NOW, Birth.in(YearMonth.of(2006, 6)), List.of(name("A"))).childProcedure()).isTrue();
		assertThat(open(NOW, Birth.estimated(16), List.of(name("A"))).childProcedure()).isTrue();
		assertThat(open(NOW, Birth.unknown(), List.of(name("A"))).childProcedure()).isFalse();
	}

	static final Actor SUPERVISOR = new Actor(UUID.randomUUID(), "supervisor", WORKER.organisationId(), null);

	@Test
	void aScreeningIsDecidedOnceThenSignedOffByAnotherSupervisorAndTheCaseTakesItsOutcome() {
		Case c = open(NOW.minus(Duration.ofHours(2)), Birth.unknown(), List.of(name("A")));

		c.decideScreening(identified(), WORKER, CLOCK);
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SIGN_OFF);
		assertThat(c.screeningClock(CLOCK).state()).isEqualTo(ScreeningClock.State.DECIDED);
		assertThatThrownBy(() -> c.decideScreening(identified(), WORKER, CLOCK))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("cases.error.screeningNotOpen"));
		assertThatThrownBy(() -> c.signOffScreening(WORKER, CLOCK))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("cases.error.ownDecision"));

		c.signOffScreening(SUPERVISOR, CLOCK);
		assertThat(c.status()).isEqualTo(CaseStatus.IDENTIFIED_VICTIM);
		assertThat(c.steps()).extracting(Step::what).containsExactly(Case.OPENED, Case.SCREENING_DECIDED, Case.SCREENING_SIGNED_OFF);
		assertThat(c.registeredEvents()).hasAtLeastOneElementOfType(ScreeningSignedOff.class);
		assertThatThrownBy(() -> c.signOffScreening(SUPERVISOR, CLOCK))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("cases.error.nothingToSignOff"));
		assertThatThrownBy(() -> c.decideScreening(identified(), WORKER, CLOCK)).isInstanceOf(DomainException.class);
	}

	@Test
	void aScreeningKeepsEachMembersAnswerAndMarksADecisionAfterTheDeadlineAsLate() {
		Case c = open(NOW.minus(Duration.ofHours(30)), Birth.unknown(), List.of(name("A")));
		var members = List.of(new Screening.Member("ร.ต.อ. สมชาย", "ตำรวจ", Screening.Discipline.POLICE),
				new Screening.Member("Ms Ohn", null, Screening.Discipline.INTERPRETER));
		var answers = List.of(java.util.Map.of("MEANS:DebtBondage", Screening.Answer.YES),
				java.util.Map.of("MEANS:DebtBondage", Screening.Answer.NO));

		c.decideScreening(new Screening.Decision(members, answers, Screening.Outcome.NOT_A_VICTIM,
				Screening.Route.LABOUR_PROTECTION, "reasons"), WORKER, CLOCK);

		Screening s = c.screening().orElseThrow();
		assertThat(s.late()).isTrue();
		assertThat(c.screeningClock(CLOCK).state()).isEqualTo(ScreeningClock.State.DECIDED_LATE);
		assertThat(s.answers(Indicator.of("MEANS:DebtBondage").orElseThrow())).containsExactly(Screening.Answer.YES,
				Screening.Answer.NO);
		assertThat(s.answers(Indicator.of("ACT:Recruitment").orElseThrow())).containsExactly(Screening.Answer.UNKNOWN,
				Screening.Answer.UNKNOWN);
	}

	@Test
	void aPersonWhoIsNotAVictimNeedsTheRouteTheyAreSentOn() {
		Case c = open(NOW, Birth.unknown(), List.of(name("A")));
		assertThatThrownBy(() -> c.decideScreening(new Screening.Decision(List.of(member()), List.of(),
				Screening.Outcome.NOT_A_VICTIM, null, "r"), WORKER, CLOCK))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("route"));
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SCREENING);
	}

	static Screening.Decision identified() {
		return new Screening.Decision(List.of(member()), List.of(java.util.Map.of()), Screening.Outcome.IDENTIFIED_VICTIM,
				null, "reasons");
	}

	static Screening.Member member() {
		return new Screening.Member("Somchai", null, Screening.Discipline.SOCIAL_WORKER);
	}

	@Test
	void caseNumbersCarryTheBuddhistEraYearAndTheProvince() {
		assertThat(CaseNumber.of(2567, "TH-20", 123).value()).isEqualTo("NRM-2567-TH20-000123");
		assertThatThrownBy(() -> new CaseNumber("NRM-2567-TH-20-000123")).isInstanceOf(IllegalArgumentException.class);
	}

	static Case open(Instant firstContact, Birth birth, List<PersonName> names) {
		Case.Opening opening = new Case.Opening(Channel.LABOUR_INSPECTION, firstContact, "TH-20", null, null,
				Set.of(Exploitation.FORCED_LABOUR), names, Gender.MASCULINE, birth, Set.of("MM"));
		return Case.open(CaseId.next(), CaseNumber.of(2567, "TH-20", 1), WORKER.organisationId(), opening, null, WORKER, CLOCK,
				DAY);
	}

	static PersonName name(String name) {
		return new PersonName(NameKind.AS_TOLD, name, "key-" + name);
	}

	/** Where a case stands; a decided screening awaiting sign-off differs by its outcome. */
	enum From {
		AWAITING_SCREENING, AWAITING_SIGN_OFF_IDENTIFIED, AWAITING_SIGN_OFF_NOT_A_VICTIM, IDENTIFIED_VICTIM, NOT_A_VICTIM,
		UNDETERMINED
	}

	static final Actor OTHER_SUPERVISOR = new Actor(UUID.randomUUID(), "other supervisor", WORKER.organisationId(), null);

	static Case in(From from) {
		Case c = open(NOW.minus(Duration.ofHours(2)), Birth.unknown(), List.of(name("A")));
		switch (from) {
			case AWAITING_SCREENING -> {
			}
			case AWAITING_SIGN_OFF_IDENTIFIED -> c.decideScreening(identified(), WORKER, CLOCK);
			case AWAITING_SIGN_OFF_NOT_A_VICTIM -> c.decideScreening(notAVictim(), WORKER, CLOCK);
			case IDENTIFIED_VICTIM -> {
				c.decideScreening(identified(), WORKER, CLOCK);
				c.signOffScreening(SUPERVISOR, CLOCK);
			}
			case NOT_A_VICTIM -> {
				c.decideScreening(notAVictim(), WORKER, CLOCK);
				c.signOffScreening(SUPERVISOR, CLOCK);
			}
			case UNDETERMINED -> {
				c.decideScreening(undetermined(), WORKER, CLOCK);
				c.signOffScreening(SUPERVISOR, CLOCK);
			}
		}
		return c;
	}

	static Screening.Decision notAVictim() {
		return new Screening.Decision(List.of(member()), List.of(Map.of()), Screening.Outcome.NOT_A_VICTIM,
				Screening.Route.LABOUR_PROTECTION, "reasons");
	}

	static Screening.Decision undetermined() {
		return new Screening.Decision(List.of(member()), List.of(Map.of()), Screening.Outcome.UNDETERMINED, null,
				"reasons", Indicator.ALL.stream().map(Indicator::key).toList(), List.of(), null, null,
				new Screening.Extension(LocalDate.of(2024, 7, 5), "คดีที่ 12/2567"));
	}

	/**
	 * A verb of the case, the statuses it is allowed from with the status it leaves, the event it
	 * registers (none for the reflection period, which only adds a step), and its refusal otherwise.
	 */
	record Verb(String name, Consumer<Case> apply, Map<From, CaseStatus> allowed,
			Class<?> announces, String refused) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final List<Verb> VERBS = List.of(
			new Verb("decideScreening", c -> c.decideScreening(identified(), WORKER, CLOCK),
					Map.of(From.AWAITING_SCREENING, CaseStatus.AWAITING_SIGN_OFF), ScreeningDecided.class,
					"cases.error.screeningNotOpen"),
			new Verb("signOffScreening", c -> c.signOffScreening(OTHER_SUPERVISOR, CLOCK),
					Map.of(From.AWAITING_SIGN_OFF_IDENTIFIED, CaseStatus.IDENTIFIED_VICTIM,
							From.AWAITING_SIGN_OFF_NOT_A_VICTIM, CaseStatus.NOT_A_VICTIM),
					ScreeningSignedOff.class, "cases.error.nothingToSignOff"),
			new Verb("recordReflection",
					c -> c.recordReflection(new Screening.Reflection(LocalDate.of(2024, 6, 5), LocalDate.of(2024, 7, 5),
							"พมจ.", null), SUPERVISOR, CLOCK),
					Map.of(From.AWAITING_SIGN_OFF_IDENTIFIED, CaseStatus.AWAITING_SIGN_OFF, From.IDENTIFIED_VICTIM,
							CaseStatus.IDENTIFIED_VICTIM),
					null, "cases.error.reflectionOnlyForVictims"));

	static Stream<Arguments> everyVerbFromEveryStatus() {
		return VERBS.stream()
			.flatMap(verb -> Stream.of(From.values())
				.map(from -> Arguments.of(verb, from)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyVerbFromEveryStatus")
	void everyVerbFromEveryStatusMovesTheCaseOrIsRefusedChangingNothing(Verb verb, From from) {
		Case c = in(from);
		CaseStatus before = c.status();
		int steps = c.steps().size();
		int announced = c.registeredEvents().size();

		if (verb.allowed().containsKey(from)) {
			verb.apply().accept(c);
			assertThat(c.status()).isEqualTo(verb.allowed().get(from));
			assertThat(c.steps()).hasSize(steps + 1);
			if (verb.announces() == null) {
				assertThat(c.registeredEvents()).hasSize(announced);
			}
			else {
				assertThat(c.registeredEvents()).hasSize(announced + 1)
					.last()
					.isInstanceOf(verb.announces())
					.hasFieldOrPropertyWithValue("caseId", c.id());
			}
		}
		else {
			assertThatThrownBy(() -> verb.apply().accept(c)).isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.status().value()).isEqualTo(409);
				assertThat(e.messageKey()).isEqualTo(verb.refused());
			});
			assertThat(c.status()).isEqualTo(before);
			assertThat(c.steps()).hasSize(steps);
			assertThat(c.registeredEvents()).hasSize(announced);
		}
	}

	@Test
	void everyCaseStatusIsInTheTable() {
		assertThat(Stream.of(From.values()).map(from -> in(from).status()).distinct())
			.containsExactlyInAnyOrder(CaseStatus.values());
	}
}
