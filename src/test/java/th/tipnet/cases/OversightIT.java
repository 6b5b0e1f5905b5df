package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
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
 * Coordinators' oversight (issue 13, item 6): provincial coordinators see their province's cases and
 * network coordinators all cases, pseudonymised, on the pages and in the API, every read audited;
 * break glass opens one case whole for a limited time after a written reason, audited, on the
 * timeline, with a banner, and the lead organisation's supervisors are mailed a link (H2 and PostgreSQL).
 */
@IntegrationTest
class OversightIT {

	static final String NAME = "นาย ลับเฉพาะ";

	/** What must never reach a coordinator without break glass: the name, district, story, birth and gender. */
	static final List<String> PERSONAL = List.of("ลับเฉพาะ", "ศรีราชา", "ประมง", "\"birth\"", "Masculine");

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

	UUID lead;

	String caseId;

	String caseNumber;

	String elsewhere;

	String supervisorEmail;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		lead = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		var worker = accounts.createIn(lead, null, "ov-worker", Role.CASE_WORKER);
		var supervisor = accounts.createIn(lead, null, "ov-supervisor", Role.CASE_SUPERVISOR);
		supervisorEmail = supervisor.username() + "@example.org";
		Api api = new Api(port).withToken(accounts.token(worker));
		JsonNode created = api.post("/api/v1/cases", TestCases.intake(clock.instant(), "TH-57", NAME)).json();
		caseId = created.get("id").asString();
		caseNumber = created.get("caseNumber").asString();
		elsewhere = api.post("/api/v1/cases", TestCases.intake(clock.instant(), "TH-20", "นาง ที่อื่น")).json().get("id").asString();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Api coordinator(String province, Role role) {
		return new Api(port).withToken(accounts.token(accounts.createIn(lead(role), province, "ov-coord", role)));
	}

	/** Coordinators belong to a coordinating body, not to the lead organisation. */
	UUID lead(Role role) {
		return directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
	}

	@Test
	void aProvincialCoordinatorSeesTheProvincesCasesPseudonymisedAndNothingElse() {
		Api api = coordinator("TH-57", Role.PROVINCIAL_COORDINATOR);
		int inProvince = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE province_code = 'TH-57'", Integer.class);

		Api.Response list = api.get("/api/v1/cases?size=100");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("total").asLong()).isEqualTo(inProvince);
		assertThat(list.body()).contains(caseId, caseNumber).doesNotContain(elsewhere);
		assertThat(list.body()).doesNotContain(PERSONAL);
		list.json().get("items").forEach(line -> assertThat(line.get("provinceCode").asString()).isEqualTo("TH-57"));

		Api.Response one = api.get("/api/v1/cases/" + caseId);
		assertThat(one.status()).isEqualTo(200);
		JsonNode c = one.json();
		assertThat(c.get("caseNumber").asString()).isEqualTo(caseNumber);
		assertThat(c.get("ageBand").asString()).isEqualTo("FROM_25_TO_34");
		assertThat(c.get("channel").asString()).isEqualTo("LABOUR_INSPECTION");
		assertThat(c.has("person")).isFalse();
		assertThat(c.has("circumstances")).isFalse();
		assertThat(c.has("district")).isFalse();
		assertThat(c.get("timeline").get(0).get("step").asString()).isEqualTo("OPENED");
		assertThat(c.get("timeline").get(0).has("actorName")).isFalse();
		assertThat(one.body()).doesNotContain(PERSONAL).doesNotContain("ov-worker");

		// Another province's case does not exist for them, nor does anything beyond the view.
		assertThat(api.get("/api/v1/cases/" + elsewhere).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/cases/" + caseId + "/timeline").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/cases/" + caseId + "/referrals").status()).isEqualTo(404);
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings", Map.of("version", 0)).status()).isEqualTo(404);

		assertThat(audits(caseId, "CASE_READ", "api-pseudonymised")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASES_LISTED' AND changes LIKE ?"
				+ " AND changes LIKE ?", Integer.class, "%pseudonymised%", "%" + caseId + "%")).isEqualTo(1);
	}

	@Test
	void aNetworkCoordinatorSeesEveryCasePseudonymised() {
		Api api = coordinator(null, Role.NETWORK_COORDINATOR);
		int all = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case", Integer.class);
		Api.Response list = api.get("/api/v1/cases?size=100");
		assertThat(list.json().get("total").asLong()).isEqualTo(all);
		assertThat(api.get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/cases/" + elsewhere).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/cases/" + elsewhere).body()).doesNotContain("ที่อื่น");
	}

	@Test
	void theCoordinatorsPagesShowThePseudonymisedListAndCase() throws Exception {
		var coordinator = accounts.createIn(lead(Role.PROVINCIAL_COORDINATOR), "TH-57", "ov-page", Role.PROVINCIAL_COORDINATOR);
		Authentication who = accounts.authentication(coordinator);

		MvcResult list = html("/cases", who);
		assertThat(list.getResponse().getStatus()).isEqualTo(200);
		assertThat(list.getResponse().getContentAsString()).contains(caseNumber, "pseudonymised-note").doesNotContain(PERSONAL);

		MvcResult page = html("/cases/" + caseId, who);
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentAsString()).contains(caseNumber, "break-glass-form").doesNotContain(PERSONAL);
		assertThat(audits(caseId, "CASE_READ", "page-pseudonymised")).isEqualTo(1);
		assertThat(html("/cases/" + elsewhere, who).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void breakGlassNeedsAReasonThenOpensTheWholeCaseForTwoHoursAuditedAndTellsTheLeadOrganisation() throws Exception {
		var person = accounts.createIn(lead(Role.PROVINCIAL_COORDINATOR), "TH-57", "ov-glass", Role.PROVINCIAL_COORDINATOR);
		Api api = new Api(port).withToken(accounts.token(person));
		int steps = steps();

		Api.Response short_ = api.post("/api/v1/cases/" + caseId + "/break-glass", Map.of("reason", "ตรวจสอบ"));
		assertThat(short_.status()).isEqualTo(422);
		assertThat(short_.problemFields()).containsExactly("reason");
		assertThat(api.speaking("en").post("/api/v1/cases/" + caseId + "/break-glass", Map.of()).body())
			.contains("at least 30 characters");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_break_glass WHERE case_id = ?", Integer.class,
				UUID.fromString(caseId))).isZero();
		assertThat(steps()).isEqualTo(steps);

		String reason = "ตำรวจขอข้อมูลด่วน เกี่ยวกับขบวนการที่จับกุมเมื่อคืน หนังสือที่ ตช 0001/2569";
		Api.Response opened = api.post("/api/v1/cases/" + caseId + "/break-glass", Map.of("reason", reason));
		assertThat(opened.status()).isEqualTo(201);
		assertThat(api.post("/api/v1/cases/" + caseId + "/break-glass", Map.of("reason", reason)).json().get("id").asString())
			.isEqualTo(opened.json().get("id").asString());

		Api.Response whole = api.get("/api/v1/cases/" + caseId);
		assertThat(whole.status()).isEqualTo(200);
		assertThat(whole.body()).contains(NAME, "ศรีราชา");
		assertThat(api.get("/api/v1/cases/" + caseId + "/timeline").body()).contains("BREAK_GLASS");
		assertThat(audits(caseId, "CASE_READ", "api-break-glass")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'BREAK_GLASS_OPENED'"
				+ " AND changes LIKE ?", Integer.class, caseId, "%" + "0001/2569" + "%")).isEqualTo(1);
		// Break glass is for reading: the case's actions stay the lead organisation's.
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings", Map.of("version", 0)).status()).isEqualTo(404);

		MimeMessage mail = TestMail.awaitSubject(supervisorEmail, "มีการเปิดดูรายกรณี");
		String body = TestMail.html(mail);
		assertThat(body).contains(IntegrationTest.PUBLIC_URL + "/cases/" + caseId).doesNotContain(NAME, caseNumber, "0001/2569");

		// The lead organisation sees who, why and until when on the case's page.
		var leadSupervisor = accounts.createIn(lead, null, "ov-lead", Role.CASE_SUPERVISOR);
		String leadPage = html("/cases/" + caseId, accounts.authentication(leadSupervisor)).getResponse().getContentAsString();
		assertThat(leadPage).contains("break-glass-banner", person.username(), "0001/2569");
		String ownPage = html("/cases/" + caseId, accounts.authentication(person)).getResponse().getContentAsString();
		assertThat(ownPage).contains("break-glass-banner", NAME);

		clock.advance(Duration.ofHours(2).plusMinutes(1));
		Api.Response after = api.get("/api/v1/cases/" + caseId);
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.body()).doesNotContain(PERSONAL);
		assertThat(api.get("/api/v1/cases/" + caseId + "/timeline").status()).isEqualTo(404);
	}

	@Test
	void nobodyElseMayBreakGlass() {
		Api otherProvince = coordinator("TH-10", Role.PROVINCIAL_COORDINATOR);
		String reason = "ขอดูข้อมูลทั้งหมดเพื่อประสานงานกับหน่วยงานในพื้นที่อย่างเร่งด่วน";
		assertThat(otherProvince.post("/api/v1/cases/" + caseId + "/break-glass", Map.of("reason", reason)).status())
			.isEqualTo(404);
		UUID other = directory.organisationByReferenceKey("a21").orElseThrow().id();
		Api worker = new Api(port).withToken(accounts.token(accounts.createIn(other, null, "ov-other", Role.CASE_SUPERVISOR)));
		assertThat(worker.post("/api/v1/cases/" + caseId + "/break-glass", Map.of("reason", reason)).status()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_break_glass WHERE case_id = ?", Integer.class,
				UUID.fromString(caseId))).isZero();
	}

	@Test
	void theBreakGlassFormNamesAShortReasonOnThePage() throws Exception {
		var person = accounts.createIn(lead(Role.NETWORK_COORDINATOR), null, "ov-form", Role.NETWORK_COORDINATOR);
		MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/break-glass")
			.with(authentication(accounts.authentication(person)))
			.with(csrf())
			.param("reason", "ด่วน")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("field-error").doesNotContain(PERSONAL);

		MvcResult opened = mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/break-glass")
			.with(authentication(accounts.authentication(person)))
			.with(csrf())
			.param("reason", "ศาลขอข้อมูลประกอบการพิจารณาคดีค้ามนุษย์ที่เกี่ยวข้องกับรายนี้")).andReturn();
		assertThat(opened.getResponse().getStatus()).isEqualTo(302);
		assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + caseId);
		assertThat(audits(caseId, "BREAK_GLASS_OPENED", "")).isEqualTo(1);
	}

	@Test
	void theOpenApiDocumentDescribesThePseudonymisedViewAndTheNewOperations() {
		JsonNode doc = new Api(port).get("/v3/api-docs").json();
		JsonNode schemas = doc.get("components").get("schemas");
		assertThat(schemas.get("PseudonymisedCase").get("properties").has("ageBand")).isTrue();
		assertThat(schemas.get("PseudonymisedCase").get("properties").has("person")).isFalse();
		assertThat(schemas.get("PseudonymisedCaseLine")).isNotNull();
		assertThat(schemas.get("NewBreakGlass").get("properties").get("reason").get("minLength").asInt())
			.isEqualTo(BreakGlass.MIN_REASON);
		assertThat(schemas.get("NewBreakGlass").get("required").toString()).contains("reason");
		assertThat(schemas.get("ConsentRevocation")).isNotNull();
		assertThat(doc.get("paths").has("/api/v1/cases/{id}/break-glass")).isTrue();
		assertThat(doc.get("paths").has("/api/v1/referrals/{id}/revoke-consent")).isTrue();
		assertThat(doc.get("paths").has("/api/v1/referrals/{id}/onward")).isTrue();
		assertThat(doc.get("paths").get("/api/v1/cases").get("get").toString()).contains("PseudonymisedCasePage");
	}

	private int audits(String entity, String action, String via) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = ? AND changes LIKE ?",
				Integer.class, entity, action, "%" + via + "%");
	}

	private int steps() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case_step WHERE case_id = ?", Integer.class, UUID.fromString(caseId));
	}

	private MvcResult html(String path, Authentication who) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).accept("text/html").with(authentication(who))).andReturn();
	}
}
