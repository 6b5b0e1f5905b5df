package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.TestMail;

/**
 * The receiver's accept assigns one of its case workers (H2 and PostgreSQL): told in the application
 * and by a link-only e-mail, shown on the referral and the case's timeline; an unknown or foreign
 * account is refused naming caseWorkerId and nothing changes; the receiver's supervisor hands it on.
 */
@IntegrationTest
class CaseWorkerAssignmentIT {

	static final String NAME = "นาย มอบหมาย";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	TestAccounts accounts;

	UUID receiverOrg;

	TestAccounts.Account sender;

	TestAccounts.Account receiver;

	TestAccounts.Account colleague;

	TestAccounts.Account supervisor;

	String caseId;

	String caseNumber;

	String referral;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		UUID lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		receiverOrg = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		sender = accounts.createIn(lead, null, "cw-sender", Role.CASE_WORKER);
		receiver = accounts.createIn(receiverOrg, null, "cw-receiver", Role.CASE_WORKER);
		colleague = accounts.createIn(receiverOrg, null, "cw-colleague", Role.CASE_WORKER);
		supervisor = accounts.createIn(receiverOrg, null, "cw-super", Role.CASE_SUPERVISOR);
		JsonNode opened = api(sender).post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(1)), "TH-20", NAME))
			.json();
		caseId = opened.get("id").asString();
		caseNumber = opened.get("caseNumber").asString();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receiverOrganisationId", receiverOrg.toString());
		body.put("purpose", jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? "
				+ "ORDER BY service_code", String.class, receiverOrg).get(0));
		body.put("urgency", "NORMAL");
		body.put("sections", List.of("PERSON"));
		body.put("consent", "GIVEN");
		body.put("consentBy", "คุณสมศรี");
		referral = api(sender).post("/api/v1/cases/" + caseId + "/referrals", body).json().get("id").asString();
	}

	@Test
	void acceptingAssignsACaseWorkerWhoIsToldInTheApplicationAndByALinkOnlyMail() throws Exception {
		var accepted = api(receiver).post("/api/v1/referrals/" + referral + "/accept",
				Map.of("version", 0, "caseWorkerId", colleague.id().toString()));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("caseWorkerId").asString()).isEqualTo(colleague.id().toString());
		assertThat(accepted.json().get("version").asLong()).isEqualTo(1);

		List<JsonNode> told = assigned(colleague);
		assertThat(told).hasSize(1);
		assertThat(told.get(0).get("message").asString()).contains(caseNumber);
		assertThat(assigned(receiver)).isEmpty();
		MimeMessage mail = TestMail.awaitSubject(CaseAlertsIT.email(colleague), "TIPNet: ท่านได้รับมอบหมาย");
		assertThat(CaseAlertsIT.text(mail)).contains(IntegrationTest.PUBLIC_URL + "/referrals/" + referral)
			.doesNotContain(NAME, caseNumber, "ศรีราชา");

		// On the case's timeline for the lead organisation, and on its referral.
		var timeline = api(sender).get("/api/v1/cases/" + caseId + "/timeline");
		assertThat(timeline.body()).contains(CasesAudit.CASE_WORKER_ASSIGNED.name());
		var sent = api(sender).get("/api/v1/cases/" + caseId + "/referrals");
		assertThat(sent.body()).contains(colleague.id().toString());
		String casePage = html(mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseId).accept("text/html").locale(Locale.ENGLISH)
			.with(authentication(accounts.authentication(sender)))).andReturn());
		assertThat(casePage).contains("Case worker: Test cw-colleague").contains("Case worker assigned by the receiving organisation");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = ?", Integer.class, referral,
				CasesAudit.CASE_WORKER_ASSIGNED.name())).isEqualTo(1);
	}

	@Test
	void anUnknownOrForeignCaseWorkerIsRefusedNamingTheFieldAndNothingChanges() {
		for (String who : List.of(UUID.randomUUID().toString(), sender.id().toString(), supervisor.id().toString(), "not-an-id")) {
			var refused = api(receiver).speaking("th").post("/api/v1/referrals/" + referral + "/accept",
					Map.of("version", 0, "caseWorkerId", who));
			assertThat(refused.status()).as(who).isEqualTo(422);
			assertThat(refused.problemFields()).containsExactly("caseWorkerId");
			assertThat(refused.body()).contains("เลือกเจ้าหน้าที่เคส");
		}
		assertThat(jdbc.queryForObject("SELECT state FROM nrm_referral WHERE id = ?", String.class, UUID.fromString(referral)))
			.isEqualTo("IN_PROGRESS");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_referral WHERE id = ? AND case_worker_id IS NOT NULL", Integer.class,
				UUID.fromString(referral))).isZero();
		assertThat(assigned(sender)).isEmpty();
	}

	@Test
	void theReceiversSupervisorHandsTheReferralToAnotherCaseWorkerAndNobodyElseMay() {
		// Accepted without a worker (the field is optional): assigned later.
		assertThat(api(receiver).post("/api/v1/referrals/" + referral + "/accept", Map.of("version", 0)).status()).isEqualTo(200);
		var byWorker = api(receiver).post("/api/v1/referrals/" + referral + "/case-worker",
				Map.of("version", 1, "caseWorkerId", colleague.id().toString()));
		assertThat(byWorker.status()).isEqualTo(403);
		var bySender = api(accounts.createIn(directory.organisationByReferenceKey("stella-maris").orElseThrow().id(), null,
				"cw-lead-super", Role.CASE_SUPERVISOR)).post("/api/v1/referrals/" + referral + "/case-worker",
						Map.of("version", 1, "caseWorkerId", colleague.id().toString()));
		assertThat(bySender.status()).isEqualTo(404);
		var stale = api(supervisor).post("/api/v1/referrals/" + referral + "/case-worker",
				Map.of("version", 0, "caseWorkerId", colleague.id().toString()));
		assertThat(stale.status()).isEqualTo(409);
		var none = api(supervisor).post("/api/v1/referrals/" + referral + "/case-worker", Map.of("version", 1));
		assertThat(none.status()).isEqualTo(422);
		assertThat(none.problemFields()).containsExactly("caseWorkerId");

		var handed = api(supervisor).post("/api/v1/referrals/" + referral + "/case-worker",
				Map.of("version", 1, "caseWorkerId", colleague.id().toString()));
		assertThat(handed.status()).as(handed.body()).isEqualTo(200);
		assertThat(handed.json().get("caseWorkerName").asString()).isEqualTo("Test cw-colleague");
		assertThat(assigned(colleague)).hasSize(1);
	}

	@Test
	void theAcceptPageOffersTheOrganisationsCaseWorkersAndAssignsTheOneChosen() throws Exception {
		String page = html(mvc.perform(MockMvcRequestBuilders.get("/referrals/" + referral).accept("text/html")
			.with(authentication(accounts.authentication(receiver)))).andReturn());
		assertThat(page).contains("name=\"caseWorkerId\"").contains(colleague.id().toString()).contains(receiver.id().toString())
			.doesNotContain(supervisor.id().toString()).doesNotContain(sender.id().toString());

		MvcResult foreign = mvc.perform(MockMvcRequestBuilders.post("/referrals/" + referral + "/accept").param("version", "0")
			.param("caseWorkerId", sender.id().toString()).with(csrf()).accept("text/html").locale(Locale.forLanguageTag("th"))
			.with(authentication(accounts.authentication(receiver)))).andReturn();
		assertThat(foreign.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(foreign)).contains("เลือกเจ้าหน้าที่เคส");

		MvcResult accepted = mvc.perform(MockMvcRequestBuilders.post("/referrals/" + referral + "/accept").param("version", "0")
			.param("caseWorkerId", colleague.id().toString()).with(csrf())
			.with(authentication(accounts.authentication(receiver)))).andReturn();
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/referrals/" + referral);
		String shown = html(mvc.perform(MockMvcRequestBuilders.get("/referrals/" + referral).accept("text/html")
			.locale(Locale.ENGLISH).with(authentication(accounts.authentication(supervisor)))).andReturn());
		assertThat(shown).contains("data-testid=\"assigned-case-worker\">Test cw-colleague").contains("data-testid=\"case-worker-form\"");

		MvcResult handed = mvc.perform(MockMvcRequestBuilders.post("/referrals/" + referral + "/case-worker").param("version", "1")
			.param("caseWorkerId", receiver.id().toString()).with(csrf())
			.with(authentication(accounts.authentication(supervisor)))).andReturn();
		assertThat(handed.getResponse().getRedirectedUrl()).isEqualTo("/referrals/" + referral);
		assertThat(jdbc.queryForObject("SELECT case_worker_id FROM nrm_referral WHERE id = ?", UUID.class, UUID.fromString(referral)))
			.isEqualTo(receiver.id());
	}

	/** The notices telling {@code who} they were assigned this referral. */
	private List<JsonNode> assigned(TestAccounts.Account who) {
		return CaseAlertsIT.noticesTo(api(who), "/referrals/" + referral)
			.stream()
			.filter(n -> n.get("messageKey").asString().equals("cases.notice.CASE_WORKER_ASSIGNED"))
			.toList();
	}

	private Api api(TestAccounts.Account who) {
		return new Api(port).withToken(accounts.token(who));
	}

	private static String html(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
