package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import th.tipnet.common.MemberDetails;
import th.tipnet.directory.TestOrganisations;
import th.tipnet.support.ModuleTest;
import th.tipnet.support.SignedIn;
import th.tipnet.support.TestMail;

/** What the events module announces and how it reacts, with only events and the modules it depends on running. */
@ModuleTest
class EventsModuleIT {

	/** identity, which implements it, is not started with events: the registration page is not visited here. */
	@MockitoBean
	MemberDetails memberDetails;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Registrar registrar;

	@Autowired
	Clock clock;

	@Test
	void aRegistrationWithASeatLeftIsAnnouncedAndThePersonIsMailedTheirConfirmation(Scenario scenario) throws Exception {
		Event event = plan("Module registration", 10);
		String email = email("seated");

		scenario.stimulate(() -> registrar.register(event.id(), applicant(email), null))
			.andWaitForEventOfType(RegistrationRecorded.class)
			.toArriveAndVerify((recorded, outcome) -> {
				assertThat(recorded.registrationId()).isEqualTo(outcome.registration().id());
				assertThat(outcome.registration().status()).isEqualTo(RegistrationStatus.CONFIRMED);
			});

		assertThat(TestMail.html(TestMail.awaitCount(email, 1).get(0))).contains("Module registration");
	}

	@Test
	void aConfirmedParticipantWhoCancelsFreesTheSeatAndItIsOfferedToTheFirstInLine(Scenario scenario) {
		Event event = plan("Module waiting list", 1);
		String seated = registrar.register(event.id(), applicant(email("first")), null).manageToken();
		Registrar.Outcome waiting = registrar.register(event.id(), applicant(email("second")), null);
		assertThat(waiting.registration().status()).isEqualTo(RegistrationStatus.WAITLISTED);

		scenario.stimulate(() -> registrar.cancel(seated))
			.andWaitForEventOfType(SeatOffered.class)
			.matching(offered -> offered.registrationId().equals(waiting.registration().id()))
			.toArriveAndVerify((offered, cancelled) -> {
				assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
				assertThat(offered.registrationId()).isNotEqualTo(cancelled.id());
			});
	}

	/** An onsite event of a new organisation, in twenty days, open for registration now, with this many seats. */
	private Event plan(String titleEn, int seats) {
		UUID owner = new TestOrganisations(context).create("ศูนย์จัดงาน (โมดูล) " + titleEn, "Events Centre (module) " + titleEn);
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant starts = now.plus(Duration.ofDays(20));
		EventPlan plan = new EventPlan("module-" + UUID.randomUUID().toString().substring(0, 8), EventType.TRAINING,
				"งานทดสอบ " + titleEn, titleEn, null, null, starts, starts.plus(Duration.ofHours(3)), "ศูนย์ราชการ", null, null,
				null, null, null, seats, 0, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10)), owner, Set.of(),
				List.of(new AgendaItem("09:00", "เปิดงาน", "Opening", null)),
				List.of(new ParticipantGroup("ALL", "ผู้เข้าร่วม", "Participants", seats, null, false)));
		try (SignedIn coordinator = SignedIn.asNetworkCoordinator()) {
			return planning.plan(plan);
		}
	}

	private static Applicant applicant(String email) {
		return new Applicant("ผู้เข้าร่วม " + email.substring(0, email.indexOf('@')), "มูลนิธิทดสอบ", null, "ALL",
				AttendanceMode.ONSITE, email, null, null, null, "en", true, false, false);
	}

	private static String email(String name) {
		return "module-" + name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}
}
