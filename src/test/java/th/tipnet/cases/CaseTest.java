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
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

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
}
