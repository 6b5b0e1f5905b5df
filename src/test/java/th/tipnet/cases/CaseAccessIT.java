package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * Need-to-know: every action and list of the cases module tried by people who must not see a case
 * (another organisation's case worker, an event organiser and an administrator of the lead
 * organisation itself, a system administrator, anonymous callers; coordinators: OversightIT). Each gets
 * "not found" for the case, and no list or count shows it.
 */
@IntegrationTest
class CaseAccessIT {

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

	UUID other;

	String caseId;

	String caseNumber;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		lead = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		other = directory.organisationByReferenceKey("a21").orElseThrow().id();
		var worker = accounts.createIn(lead, null, "access-worker", Role.CASE_WORKER);
		var created = new Api(port).withToken(accounts.token(worker))
			.post("/api/v1/cases", TestCases.intake(clock.instant(), "TH-57", "นาย ลับ"));
		assertThat(created.status()).isEqualTo(201);
		caseId = created.json().get("id").asString();
		caseNumber = created.json().get("caseNumber").asString();
	}

	@Test
	void theLeadOrganisationsSupervisorSeesTheCase() {
		var supervisor = accounts.createIn(lead, null, "access-supervisor", Role.CASE_SUPERVISOR);
		Api api = new Api(port).withToken(accounts.token(supervisor));

		assertThat(api.get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/cases/" + caseId + "/timeline").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/cases?size=100").body()).contains(caseId);
	}

	@Test
	void anotherOrganisationsCaseWorkerFindsNothing() throws Exception {
		var outsider = accounts.createIn(other, null, "access-outsider", Role.CASE_WORKER, Role.CASE_SUPERVISOR);
		Api api = new Api(port).withToken(accounts.token(outsider));
		int theirs = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE lead_org_id = ?", Integer.class, other);

		assertNotFound(api.get("/api/v1/cases/" + caseId));
		assertNotFound(api.get("/api/v1/cases/" + caseId + "/timeline"));
		var list = api.get("/api/v1/cases?size=100");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(caseId).doesNotContain(caseNumber);
		assertThat(list.json().get("total").asLong()).isEqualTo(theirs);
		// They may open cases of their own, which are theirs alone.
		assertThat(api.post("/api/v1/cases", TestCases.intake(clock.instant(), "TH-57", "นาง อื่น")).json()
			.get("leadOrganisationId").asString()).isEqualTo(other.toString());

		MvcResult page = html("/cases/" + caseId, accounts.authentication(outsider));
		assertThat(page.getResponse().getStatus()).isEqualTo(404);
		assertThat(page.getResponse().getContentAsString()).doesNotContain(caseNumber);
		assertThat(html("/cases", accounts.authentication(outsider)).getResponse().getContentAsString()).doesNotContain(caseNumber);
	}

	@Test
	void peopleWithoutACaseRoleInTheLeadOrganisationOrAboveItFindNothing() throws Exception {
		Map<String, TestAccounts.Account> people = new LinkedHashMap<>();
		people.put("system administrator", accounts.createIn(lead, null, "access-admin", Role.SYSTEM_ADMIN));
		people.put("organisation administrator", accounts.createIn(lead, null, "access-orgadmin", Role.ORG_ADMIN));
		people.put("event organiser", accounts.createIn(lead, null, "access-organiser", Role.EVENT_ORGANISER));
		people.put("member", accounts.createIn(lead, null, "access-member", Role.MEMBER));
		List<String> failures = new ArrayList<>();
		for (var person : people.entrySet()) {
			Api api = new Api(port).withToken(accounts.token(person.getValue()));
			expect(failures, person.getKey(), "GET case", api.get("/api/v1/cases/" + caseId), 404);
			expect(failures, person.getKey(), "GET timeline", api.get("/api/v1/cases/" + caseId + "/timeline"), 404);
			expect(failures, person.getKey(), "GET list", api.get("/api/v1/cases"), 403);
			expect(failures, person.getKey(), "POST case", api.post("/api/v1/cases", TestCases.intake(clock.instant(), "TH-57", "x")), 403);
			var auth = accounts.authentication(person.getValue());
			expectPage(failures, person.getKey(), html("/cases/" + caseId, auth), 404);
			expectPage(failures, person.getKey(), html("/cases", auth), 403);
			expectPage(failures, person.getKey(), html("/cases/new", auth), 403);
			var post = mvc.perform(MockMvcRequestBuilders.post("/cases/new").with(authentication(auth)).with(csrf())
				.param("channel", "HOTLINE_1300")).andReturn();
			expectPage(failures, person.getKey(), post, 403);
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void anonymousCallersAreAskedToSignIn() throws Exception {
		Api api = new Api(port);
		assertThat(api.get("/api/v1/cases/" + caseId).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/cases/" + caseId + "/timeline").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/cases").status()).isEqualTo(401);
		assertThat(api.post("/api/v1/cases", TestCases.intake(clock.instant(), "TH-57", "x")).status()).isEqualTo(401);
		for (String path : List.of("/cases", "/cases/new", "/cases/" + caseId)) {
			MvcResult r = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn();
			assertThat(r.getResponse().getStatus()).as(path).isEqualTo(302);
			assertThat(r.getResponse().getRedirectedUrl()).as(path).contains("/login");
		}
	}

	private MvcResult html(String path, org.springframework.security.core.Authentication who) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).accept("text/html").with(authentication(who))).andReturn();
	}

	private void assertNotFound(Api.Response r) {
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.body()).doesNotContain(caseNumber).doesNotContain("นาย ลับ");
	}

	private void expect(List<String> failures, String who, String what, Api.Response r, int status) {
		if (r.status() != status || r.body().contains(caseNumber)) {
			failures.add(who + " " + what + ": " + r.status() + " (expected " + status + ")");
		}
	}

	private void expectPage(List<String> failures, String who, MvcResult r, int status) throws Exception {
		if (r.getResponse().getStatus() != status || r.getResponse().getContentAsString().contains(caseNumber)) {
			failures.add(who + " " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI() + ": "
					+ r.getResponse().getStatus() + " (expected " + status + ")");
		}
	}
}
