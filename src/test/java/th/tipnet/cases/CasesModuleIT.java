package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import th.tipnet.common.Recipients;
import th.tipnet.directory.Directory;
import th.tipnet.directory.TestOrganisations;
import th.tipnet.support.ModuleTest;
import th.tipnet.support.SignedIn;

/** What the referral mechanism announces, with only the cases module and its dependencies running. */
@ModuleTest
class CasesModuleIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	Caseload caseload;

	@Autowired
	Clock clock;

	@Autowired
	ReferralDesk referrals;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	/** Who holds a role in an organisation is identity's answer, and identity is not running here. */
	@MockitoBean
	Recipients recipients;

	@Test
	void openingACaseAnnouncesItsScreeningDeadlineTwentyFourHoursAfterFirstContactAndNoName(Scenario scenario) {
		UUID lead = new TestOrganisations(context).create("ศูนย์คัดแยก (โมดูล)", "Screening Centre (module)");
		Instant firstContact = clock.instant().minus(Duration.ofHours(3));

		try (SignedIn caseWorker = SignedIn.as(lead, CaseAccess.CASE_WORKER)) {
			scenario.stimulate(() -> caseload.open(intake(firstContact), null).caseFile())
				.andWaitForEventOfType(CaseOpened.class)
				.matching(opened -> opened.leadOrganisationId().equals(lead))
				.toArriveAndVerify((opened, file) -> {
					assertThat(opened.caseId()).isEqualTo(file.id());
					assertThat(opened.screeningDueAt()).isEqualTo(firstContact.plus(Duration.ofHours(24)));
					assertThat(opened.provinceCode()).isEqualTo("TH-20");
					assertThat(opened.toString()).doesNotContain(NAME);
				});
		}
	}

	@Test
	void sendingAReferralAnnouncesItAndTheReceiverIsNoticedWithTheCaseNumberOnly(Scenario scenario) {
		UUID lead = new TestOrganisations(context).create("ศูนย์ส่งต่อ (โมดูล)", "Referring Centre (module)");
		UUID receiver = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		String offered = jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? "
				+ "ORDER BY service_code", String.class, receiver).get(0);

		try (SignedIn caseWorker = SignedIn.as(lead, CaseAccess.CASE_WORKER)) {
			Case opened = caseload.open(intake(clock.instant().minus(Duration.ofHours(1))), null).caseFile();
			ReferralInput referral = new ReferralInput(receiver.toString(), offered, "URGENT", List.of("PERSON"), "GIVEN",
					"คุณสมศรี (นักสังคมสงเคราะห์)", null, null, null);

			scenario.stimulate(() -> referrals.send(opened.id(), referral, null))
				.andWaitForEventOfType(ReferralSent.class)
				.matching(sent -> sent.caseId().equals(opened.id()))
				.toArriveAndVerify(sent -> {
					assertThat(sent.receiverOrganisationId()).isEqualTo(receiver);
					assertThat(jdbc.queryForList("SELECT arguments FROM notice WHERE organisation_id = ? AND link = ?",
							String.class, receiver, "/referrals/" + sent.referralId().value()))
						.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
						.contains(opened.number().value())
						.doesNotContain(NAME);
				});
		}
	}

	/** A name no other test gives, so no other test's intake flags this person as a possible match. */
	private static final String NAME = "Module Person " + UUID.randomUUID().toString().substring(0, 8);

	private static Intake intake(Instant firstContact) {
		return new Intake("LABOUR_INSPECTION", OffsetDateTime.ofInstant(firstContact, ZoneOffset.ofHours(7)).toString(),
				"TH-20", "ศรีราชา", "พบบนเรือประมง ถูกยึดเอกสาร", List.of("ForcedLabour"),
				List.of(new Intake.Name(NAME, "AS_TOLD")), "Masculine", 1995, null, null, null, List.of("MM"));
	}
}
