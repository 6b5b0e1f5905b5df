package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
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

/** A multidisciplinary team's screening and a supervisor's sign-off, over the API and the case page (H2 and PostgreSQL). */
@IntegrationTest
class ScreeningIT {

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

	TestAccounts.Account worker;

	TestAccounts.Account supervisor;

	UUID lead;

	Api api;

	String caseId;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		worker = accounts.createIn(lead, null, "screen-worker", Role.CASE_WORKER);
		supervisor = accounts.createIn(lead, null, "screen-supervisor", Role.CASE_SUPERVISOR);
		api = new Api(port).withToken(accounts.token(worker));
		caseId = api.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(3)), "TH-20", "นาย ตรวจ"))
			.json()
			.get("id")
			.asString();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aTeamScreensAndAnotherSupervisorSignsOffKeepingEachMembersAnswers() throws Exception {
		var decided = api.sendJson("/api/v1/cases/" + caseId + "/screenings", "POST", json(identified(null)),
				Map.of("If-Match", "\"0\""));

		assertThat(decided.status()).isEqualTo(200);
		JsonNode c = decided.json();
		assertThat(c.get("status").asString()).isEqualTo("AWAITING_SIGN_OFF");
		assertThat(c.get("screening").get("state").asString()).isEqualTo("DECIDED");
		JsonNode d = c.get("decision");
		assertThat(d.get("outcome").asString()).isEqualTo("IDENTIFIED_VICTIM");
		assertThat(d.get("members")).hasSize(2);
		assertThat(answers(d, "MEANS:DebtBondage")).isEqualTo("[\"YES\",\"NO\"]");
		assertThat(answers(d, "ACT:Recruitment")).isEqualTo("[\"YES\",\"YES\"]");
		assertThat(answers(d, "PURPOSE:ForcedLabour")).isEqualTo("[\"YES\",\"UNKNOWN\"]");
		assertThat(jdbc.queryForObject("SELECT reasons FROM nrm_screening WHERE case_id = ?", String.class,
				UUID.fromString(caseId))).doesNotContain("หนี้");
		long version = c.get("version").asLong();

		// A case worker cannot sign off; nor can a supervisor their own decision; a stale version is a conflict.
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings/sign-off", Map.of("version", version)).status()).isEqualTo(403);
		Api boss = new Api(port).withToken(accounts.token(supervisor));
		assertThat(boss.post("/api/v1/cases/" + caseId + "/screenings/sign-off", Map.of("version", version - 1)).status())
			.isEqualTo(409);

		MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseId).header("Accept-Language", "th")
			.with(authentication(accounts.authentication(supervisor)))).andReturn();
		page.getResponse().setCharacterEncoding("UTF-8");
		assertThat(page.getResponse().getContentAsString()).contains("การคัดกรองโดยทีมสหวิชาชีพ", "พันธนาการด้วยหนี้",
				"รับรองผลการคัดกรอง", "ล่าม");
		MvcResult signed = mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/sign-off").param("version",
				String.valueOf(version)).with(authentication(accounts.authentication(supervisor))).with(csrf())).andReturn();
		assertThat(signed.getResponse().getStatus()).isEqualTo(302);

		JsonNode after = api.get("/api/v1/cases/" + caseId).json();
		assertThat(after.get("status").asString()).isEqualTo("IDENTIFIED_VICTIM");
		assertThat(after.get("decision").get("signedOffBy").asString()).isEqualTo(supervisor.username());
		assertThat(api.get("/api/v1/cases/" + caseId + "/timeline").json().findValuesAsString("step"))
			.containsExactly("OPENED", "SCREENING_DECIDED", "SCREENING_SIGNED_OFF");
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? AND action LIKE 'SCREENING%' ORDER BY id",
				String.class, caseId)).containsExactly("SCREENING_DECIDED", "SCREENING_SIGNED_OFF");
	}

	@Test
	void aDecisionAfterTheDeadlineIsKeptAsLate() {
		clock.advance(Duration.ofHours(22));
		JsonNode c = api.post("/api/v1/cases/" + caseId + "/screenings", identified(0L)).json();
		assertThat(c.get("decision").get("late").asBoolean()).isTrue();
		assertThat(c.get("screening").get("state").asString()).isEqualTo("DECIDED_LATE");
		assertThat(c.get("screening").get("hours").asLong()).isEqualTo(1);
	}

	@Test
	void badScreeningsAreRefusedNamingEachFieldAndNothingChanges() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", 0);
		body.put("members", List.of(Map.of("name", "", "discipline", "ASTROLOGER", "answers", Map.of("MEANS:Magic", "YES"))));
		body.put("outcome", "NOT_A_VICTIM");

		var refused = api.post("/api/v1/cases/" + caseId + "/screenings", body);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactlyInAnyOrder("members[0].name", "members[0].discipline",
				"members[0].answers.MEANS:Magic", "route", "reasons");
		assertThat(api.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("AWAITING_SCREENING");
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings", Map.of("outcome", "UNDETERMINED")).problemFields())
			.contains("version");
	}

	@Test
	void twoDecisionsAtOnceExactlyOneWinsTheOtherIsAConflict() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			calls.add(() -> {
				start.await();
				return api.post("/api/v1/cases/" + caseId + "/screenings", identified(0L)).status();
			});
		}
		List<Future<Integer>> results = new ArrayList<>();
		calls.forEach(c -> results.add(pool.submit(c)));
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : results) {
			statuses.add(f.get());
		}
		pool.shutdown();

		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_screening WHERE case_id = ?", Integer.class,
				UUID.fromString(caseId))).isEqualTo(1);
	}

	@Test
	void anotherOrganisationsCaseWorkerCannotScreenOrSignOff() {
		var outsider = accounts.createIn(directory.organisationByReferenceKey("a21").orElseThrow().id(), null, "screen-outsider",
				Role.CASE_WORKER, Role.CASE_SUPERVISOR);
		Api other = new Api(port).withToken(accounts.token(outsider));
		assertThat(other.post("/api/v1/cases/" + caseId + "/screenings", identified(0L)).status()).isEqualTo(404);
		assertThat(other.post("/api/v1/cases/" + caseId + "/screenings/sign-off", Map.of("version", 0)).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("AWAITING_SCREENING");
	}

	@Test
	void theCaseListShowsScreenedAndUnscreenedCasesTogether() {
		List<String> mine = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String other = api.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(2)), "TH-20", "นาย รายการ " + i))
				.json()
				.get("id")
				.asString();
			mine.add(other);
			if (i != 1) {
				assertThat(api.post("/api/v1/cases/" + other + "/screenings", identified(0L)).status()).isEqualTo(200);
			}
		}
		long decided = api.post("/api/v1/cases/" + caseId + "/screenings", identified(0L)).json().get("version").asLong();
		assertThat(new Api(port).withToken(accounts.token(supervisor))
			.post("/api/v1/cases/" + caseId + "/screenings/sign-off", Map.of("version", decided))
			.status()).isEqualTo(200);

		// The organisation's whole list, page by page (other tests' cases of the organisation are in it too).
		List<String> ids = new java.util.ArrayList<>();
		List<String> statuses = new java.util.ArrayList<>();
		for (int page = 0; page < 50 && !ids.contains(caseId); page++) {
			var list = api.get("/api/v1/cases?page=" + page + "&size=100");
			assertThat(list.status()).isEqualTo(200);
			list.json().get("items").forEach(item -> {
				ids.add(item.get("id").asString());
				statuses.add(item.get("status").asString());
			});
		}
		List<Boolean> open = statuses.stream().map(status -> status.startsWith("AWAITING_")).toList();
		assertThat(ids).containsAll(mine).contains(caseId);
		assertThat(statuses).contains("AWAITING_SIGN_OFF", "AWAITING_SCREENING");
		// Cases still to work come first, whatever their clock: the signed-off one, though its clock was the
		// earliest, comes after every case awaiting screening or sign-off.
		assertThat(open.subList(0, open.indexOf(false))).containsOnly(true);
		assertThat(open.subList(open.indexOf(false), open.size())).containsOnly(false);
		assertThat(ids.indexOf(caseId)).isGreaterThan(ids.indexOf(mine.get(2)));
	}

	static Map<String, Object> identified(Long version) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (version != null) {
			body.put("version", version);
		}
		body.put("members", List.of(
				Map.of("name", "ร.ต.อ. สมชาย", "organisation", "สภ.ศรีราชา", "discipline", "POLICE", "answers",
						Map.of("ACT:Recruitment", "YES", "MEANS:DebtBondage", "YES", "PURPOSE:ForcedLabour", "YES")),
				Map.of("name", "Ms Ohn", "discipline", "INTERPRETER", "answers",
						Map.of("ACT:Recruitment", "YES", "MEANS:DebtBondage", "NO"))));
		body.put("outcome", "IDENTIFIED_VICTIM");
		body.put("reasons", "ถูกหลอกมาทำงานและถูกบังคับด้วยหนี้");
		return body;
	}

	private static String answers(JsonNode decision, String indicator) {
		for (JsonNode i : decision.get("indicators")) {
			if (i.get("indicator").asString().equals(indicator)) {
				return i.get("answers").toString();
			}
		}
		return null;
	}

	private static String json(Object body) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
	}
}
