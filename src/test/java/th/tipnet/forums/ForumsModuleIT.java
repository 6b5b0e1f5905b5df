package th.tipnet.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import th.tipnet.common.Dates;
import th.tipnet.common.Recipients;
import th.tipnet.directory.TestOrganisations;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.support.ModuleTest;
import th.tipnet.support.SignedIn;

/** What the forums module announces, with only forums and the modules it depends on running. */
@ModuleTest
class ForumsModuleIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	ForumRecords records;

	@Autowired
	FollowUps followUps;

	@Autowired
	Clock clock;

	/** Who holds a role in an organisation is identity's answer, and identity is not running here. */
	@MockitoBean
	Recipients recipients;

	/** The events module's attendance certificates are the certificates module's, which forums does not use. */
	@MockitoBean
	th.tipnet.certificates.Certificates certificates;

	/** The events module's registration form reads a member's own details from identity, which forums does not use. */
	@MockitoBean
	th.tipnet.identity.MemberProfiles memberProfiles;

	private final UUID chair = UUID.randomUUID();

	private UUID centre;

	private UUID shelter;

	private SignedIn coordinator;

	@BeforeEach
	void organisationsAndAChair() {
		TestOrganisations organisations = new TestOrganisations(context);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		centre = organisations.create("ศูนย์จัดเวที (โมดูล) " + tag, "Forum Centre (module) " + tag);
		shelter = organisations.create("บ้านพักเด็ก (โมดูล) " + tag, "Children's Shelter (module) " + tag);
		given(recipients.withRole(centre, "MEMBER"))
			.willReturn(List.of(new Recipients.Recipient(chair, "คุณประธาน", "chair-" + tag + "@example.org", "th")));
		coordinator = SignedIn.asNetworkCoordinator();
	}

	@AfterEach
	void signOut() {
		coordinator.close();
	}

	@Test
	void recordingAForumAnnouncesItWithItsEvent(Scenario scenario) {
		UUID event = planForumEvent();

		scenario.stimulate(() -> records.record(recording(event)))
			.andWaitForEventOfType(ForumRecorded.class)
			.matching(recorded -> recorded.eventId().equals(event))
			.toArriveAndVerify((recorded, forum) -> {
				assertThat(recorded.forumId()).isEqualTo(new ForumId(forum.id()));
				assertThat(forum.eventId()).isEqualTo(event);
			});
	}

	@Test
	void aRecommendationRaisedAndAnActionAgreedOnItAreAnnouncedWithTheActionsOwner(Scenario scenario) {
		Forum forum = records.record(recording(planForumEvent()));

		scenario.stimulate(() -> records.raise(forum.id(), new ForumRecords.Raising(shelter.toString(), null, "RECOMMENDATION",
					"SHELTERS_PROTECTION", "ให้บ้านพักรับเด็กข้ามจังหวัดภายใน 24 ชั่วโมง", List.of("TH-20"))))
			.andWaitForEventOfType(InputRaised.class)
			.matching(raised -> raised.forumId().equals(new ForumId(forum.id())))
			.toArriveAndVerify((raised, raisedInput) -> {
				assertThat(raised.inputId()).isEqualTo(raisedInput.id());
				assertThat(raised.kind()).isEqualTo("RECOMMENDATION");
				assertThat(raised.theme()).isEqualTo("SHELTERS_PROTECTION");
			});
		ForumInput raised = records.inputs(forum.id()).get(0);
		String dueOn = LocalDate.now(clock.withZone(Dates.BANGKOK)).plusMonths(3).toString();

		scenario.stimulate(() -> followUps.agree(new FollowUps.Agreement(raised.id().toString(),
				"ทำแนวปฏิบัติการรับเด็กข้ามจังหวัด", shelter.toString(), dueOn, List.of())))
			.andWaitForEventOfType(ActionAgreed.class)
			.matching(agreed -> agreed.forumId().equals(new ForumId(forum.id())))
			.toArriveAndVerify((agreed, action) -> {
				assertThat(agreed.actionId()).isEqualTo(action.id());
				assertThat(agreed.ownerOrganisationId()).isEqualTo(shelter);
				assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
				assertThat(action.inputId()).isEqualTo(raised.id());
			});
	}

	private ForumRecords.Recording recording(UUID event) {
		return new ForumRecords.Recording(event.toString(), chair.toString(), List.of(centre.toString(), shelter.toString()),
				"1. เปิดเวที", null);
	}

	/** A published forum event of the centre, in two weeks. */
	private UUID planForumEvent() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant starts = now.plus(Duration.ofDays(14));
		return planning.plan(new EventPlan("forum-module-" + UUID.randomUUID().toString().substring(0, 8), EventType.FORUM,
				"เวทีทดสอบ (โมดูล)", "Module forum", null, null, starts, starts.plus(Duration.ofHours(3)), "ศูนย์ราชการ", null,
				null, null, null, null, 100, 0, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), centre, Set.of(),
				List.of(new AgendaItem("09:00", "เปิดงาน", "Opening", null)),
				List.of(new ParticipantGroup("ALL", "ผู้เข้าร่วม", "Participants", 100, null, false))))
			.id();
	}
}
