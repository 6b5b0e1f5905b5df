package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/**
 * The screening checklist kept in the database (#13 item 4), on H2 and PostgreSQL: a network
 * coordinator adds, rewords, reorders, requires and retires indicators through the API and the page,
 * every change audited; nobody else may (a provincial coordinator included); a screening answers the
 * checklist active at its time, a required indicator must be answered, and a retired one stays
 * readable in past screenings while new ones may no longer answer it.
 */
@IntegrationTest
class ChecklistIT {

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

	TestAccounts.Account coordinator;

	Api network;

	Api worker;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		UUID coordinating = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		coordinator = accounts.createIn(coordinating, null, "list-nc", Role.NETWORK_COORDINATOR);
		network = new Api(port).withToken(accounts.token(coordinator));
		UUID lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		worker = new Api(port).withToken(accounts.token(accounts.createIn(lead, null, "list-worker", Role.CASE_WORKER)));
	}

	/** Other tests screen with the checklist as shipped: what a test added is retired again (every added key has a suffix). */
	@AfterEach
	void restoreTheChecklist() {
		jdbc.update("UPDATE nrm_indicator SET required = FALSE, retired_at = CURRENT_TIMESTAMP WHERE indicator_key LIKE '%.%' "
				+ "AND retired_at IS NULL");
		clock.reset();
	}

	@Test
	void aNetworkCoordinatorAddsRewordsMovesRequiresAndRetiresAnIndicatorEachChangeAudited() throws Exception {
		var added = network.post("/api/v1/screening-indicators", Map.of("group", "MEANS", "code", "WithholdsDocuments", "textTh",
				"นายจ้างเก็บหนังสือเดินทางไว้", "textEn", "The employer keeps the passport"));
		assertThat(added.status()).isEqualTo(201);
		JsonNode i = added.json();
		String id = i.get("id").asString();
		String key = i.get("key").asString();
		assertThat(key).isEqualTo("MEANS:WithholdsDocuments.2");
		assertThat(i.get("position").asInt()).isEqualTo(means().size());
		assertThat(i.get("required").asBoolean()).isFalse();

		var reworded = network.put("/api/v1/screening-indicators/" + id, Map.of("textTh", "นายจ้างยึดหนังสือเดินทาง", "textEn",
				"The employer holds the passport", "required", true), Map.of("If-Match", "\"0\""));
		assertThat(reworded.status()).isEqualTo(200);
		assertThat(network.put("/api/v1/screening-indicators/" + id, Map.of("version", 0, "textTh", "ก", "textEn", "a"), Map.of())
			.status()).as("stale").isEqualTo(409);
		long version = reworded.json().get("version").asLong();
		var moved = network.post("/api/v1/screening-indicators/" + id + "/move", Map.of("version", version, "position", 1));
		assertThat(moved.status()).isEqualTo(200);
		List<String> means = means();
		assertThat(means.get(0)).isEqualTo(key);
		assertThat(means.subList(1, 4)).containsExactly("MEANS:PhysicalThreats", "MEANS:ThreatsLawEnforcement",
				"MEANS:ThreatensChildrenFamily");

		// A screening now must answer the required indicator yes or no; then it is kept with its note.
		String caseId = openCase();
		Map<String, Object> body = ScreeningDetailsIT.decision("IDENTIFIED_VICTIM");
		var refused = worker.speaking("th").post("/api/v1/cases/" + caseId + "/screenings", body);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactly("members[0].answers." + key);
		assertThat(refused.body()).contains("ตัวชี้วัดนี้ต้องตอบว่า ใช่ หรือ ไม่ใช่");
		body.put("members", List.of(Map.of("name", "ร.ต.อ. สมชาย", "discipline", "POLICE", "answers", Map.of(key, "YES"), "notes",
				Map.of(key, "พาสปอร์ตอยู่กับนายจ้าง"))));
		assertThat(worker.post("/api/v1/cases/" + caseId + "/screenings", body).status()).isEqualTo(200);

		assertThat(keys(network.get("/api/v1/screening-indicators").json())).contains(key);
		long before = version(id);
		var retired = network.post("/api/v1/screening-indicators/" + id + "/retire", Map.of("version", before));
		assertThat(retired.status()).isEqualTo(200);
		assertThat(retired.json().get("active").asBoolean()).isFalse();
		assertThat(network.post("/api/v1/screening-indicators/" + id + "/retire", Map.of("version", version(id))).status())
			.as("already retired").isEqualTo(409);
		assertThat(keys(network.get("/api/v1/screening-indicators").json())).doesNotContain(key);
		assertThat(keys(network.get("/api/v1/screening-indicators?includeRetired=true").json())).contains(key);

		// The past screening keeps its answer and note, worded as the checklist words it.
		JsonNode decided = worker.get("/api/v1/cases/" + caseId).json().get("decision");
		assertThat(ScreeningDetailsIT.indicator(decided, key).get("answers").toString()).isEqualTo("[\"YES\"]");
		assertThat(ScreeningDetailsIT.indicator(decided, key).get("notes").get(0).asString()).isEqualTo("พาสปอร์ตอยู่กับนายจ้าง");
		MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseId).header("Accept-Language", "th")
			.with(authentication(accounts.authentication(accounts.createIn(directory.organisationByReferenceKey("stella-maris")
				.orElseThrow().id(), null, "list-reader", Role.CASE_WORKER))))).andReturn();
		page.getResponse().setCharacterEncoding("UTF-8");
		assertThat(page.getResponse().getContentAsString()).contains("นายจ้างยึดหนังสือเดินทาง", "พาสปอร์ตอยู่กับนายจ้าง");

		// A new screening may not answer it any more.
		String next = openCase();
		Map<String, Object> late = ScreeningDetailsIT.decision("IDENTIFIED_VICTIM");
		late.put("members", List.of(Map.of("name", "ร.ต.อ. สมชาย", "discipline", "POLICE", "answers", Map.of(key, "YES"))));
		var stale = worker.speaking("en").post("/api/v1/cases/" + next + "/screenings", late);
		assertThat(stale.problemFields()).containsExactly("members[0].answers." + key);
		assertThat(stale.body()).contains("This indicator has been retired");

		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'NrmIndicator' AND entity_id = ? ORDER BY id",
				String.class, id)).containsExactly("INDICATOR_ADDED", "INDICATOR_CHANGED", "INDICATOR_MOVED", "INDICATOR_RETIRED");
	}

	@Test
	void nobodyButANetworkCoordinatorChangesTheChecklist() {
		UUID coordinating = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		UUID lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		List<TestAccounts.Account> others = List.of(accounts.createIn(coordinating, "TH-20", "list-pc", Role.PROVINCIAL_COORDINATOR),
				accounts.createIn(lead, null, "list-cs", Role.CASE_SUPERVISOR, Role.CASE_WORKER, Role.ORG_ADMIN),
				accounts.createIn(lead, null, "list-admin", Role.SYSTEM_ADMIN));
		String seeded = network.get("/api/v1/screening-indicators").json().get(0).get("id").asString();
		String checklist = jdbc.queryForList("SELECT indicator_key, text_th, position, required, retired_at, version FROM nrm_indicator "
				+ "ORDER BY indicator_key").toString();
		for (TestAccounts.Account who : others) {
			Api api = new Api(port).withToken(accounts.token(who));
			assertThat(api.post("/api/v1/screening-indicators", Map.of("group", "ACT", "code", "Receipt", "textTh", "ก", "textEn", "a"))
				.status()).as(who.username()).isEqualTo(403);
			assertThat(api.put("/api/v1/screening-indicators/" + seeded, Map.of("version", 0, "textTh", "ก", "textEn", "a"), Map.of())
				.status()).as(who.username()).isEqualTo(403);
			assertThat(api.post("/api/v1/screening-indicators/" + seeded + "/retire", Map.of("version", 0)).status())
				.as(who.username()).isEqualTo(403);
			assertThat(api.post("/api/v1/screening-indicators/" + seeded + "/move", Map.of("version", 0, "position", 2)).status())
				.as(who.username()).isEqualTo(403);
		}
		// Those who screen or oversee cases read it; a system administrator without a case role does not.
		assertThat(new Api(port).withToken(accounts.token(others.get(0))).get("/api/v1/screening-indicators").status()).isEqualTo(200);
		assertThat(worker.get("/api/v1/screening-indicators").status()).isEqualTo(200);
		assertThat(new Api(port).withToken(accounts.token(others.get(2))).get("/api/v1/screening-indicators").status()).isEqualTo(403);
		assertThat(jdbc.queryForList("SELECT indicator_key, text_th, position, required, retired_at, version FROM nrm_indicator "
				+ "ORDER BY indicator_key").toString()).isEqualTo(checklist);
	}

	@Test
	void badChangesAreRefusedNamingEachFieldInTheCallersLanguageAndNothingChanges() {
		long count = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_indicator", Long.class);
		var refused = network.speaking("th").post("/api/v1/screening-indicators", Map.of("group", "ACTION", "code", "Magic", "textTh",
				" ", "textEn", "x".repeat(301)));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactlyInAnyOrder("group", "textTh", "textEn");
		assertThat(refused.body()).contains("เลือกส่วน ACT, MEANS หรือ PURPOSE");
		var wrongCode = network.speaking("en").post("/api/v1/screening-indicators", Map.of("group", "PURPOSE", "code", "DebtBondage",
				"textTh", "ก", "textEn", "a"));
		assertThat(wrongCode.problemFields()).containsExactly("code");
		assertThat(wrongCode.body()).contains("Choose a code of this part");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_indicator", Long.class)).isEqualTo(count);

		JsonNode first = network.get("/api/v1/screening-indicators").json().get(0);
		String id = first.get("id").asString();
		long version = first.get("version").asLong();
		var place = network.post("/api/v1/screening-indicators/" + id + "/move", Map.of("version", version, "position", 99));
		assertThat(place.status()).isEqualTo(422);
		assertThat(place.problemFields()).containsExactly("position");
		assertThat(network.put("/api/v1/screening-indicators/" + id, Map.of("version", version, "textTh", "", "textEn", ""), Map.of())
			.problemFields()).containsExactlyInAnyOrder("textTh", "textEn");
		assertThat(network.post("/api/v1/screening-indicators/" + UUID.randomUUID() + "/retire", Map.of("version", 0)).status())
			.isEqualTo(404);
		assertThat(version(id)).isEqualTo(version);
	}

	@Test
	void theChecklistPageLetsANetworkCoordinatorAddAndMoveAndShowsOthersTheListOnly() throws Exception {
		var nc = accounts.authentication(coordinator);
		String list = page("/cases/checklist", nc);
		assertThat(list).contains("แบบคัดกรองเบื้องต้น", "พันธนาการด้วยหนี้", "data-testid=\"add-indicator\"");
		UUID coordinating = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		var pc = accounts.authentication(accounts.createIn(coordinating, "TH-20", "list-page-pc", Role.PROVINCIAL_COORDINATOR));
		assertThat(page("/cases/checklist", pc)).contains("พันธนาการด้วยหนี้").doesNotContain("data-testid=\"add-indicator\"");
		assertThat(mvc.perform(MockMvcRequestBuilders.post("/cases/checklist").with(authentication(pc)).with(csrf())
			.param("code", "ACT:Receipt").param("textTh", "ก").param("textEn", "a")).andReturn().getResponse().getStatus()).isEqualTo(403);

		MvcResult wrong = mvc.perform(MockMvcRequestBuilders.post("/cases/checklist").with(authentication(nc)).with(csrf())
			.header("Accept-Language", "th").param("code", "ACT:Receipt").param("textEn", "Received at the port")).andReturn();
		wrong.getResponse().setCharacterEncoding("UTF-8");
		assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
		assertThat(wrong.getResponse().getContentAsString()).contains("aria-invalid=\"true\"", "Received at the port");

		MvcResult added = mvc.perform(MockMvcRequestBuilders.post("/cases/checklist").with(authentication(nc)).with(csrf())
			.param("code", "ACT:Receipt").param("textTh", "รับตัวไว้ที่ท่าเรือ").param("textEn", "Received at the port")).andReturn();
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		JsonNode row = null;
		for (JsonNode i : network.get("/api/v1/screening-indicators").json()) {
			if (i.get("textTh").asString().equals("รับตัวไว้ที่ท่าเรือ")) {
				row = i;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("key").asString()).startsWith("ACT:Receipt.");
		MvcResult moved = mvc.perform(MockMvcRequestBuilders.post("/cases/checklist/" + row.get("id").asString() + "/move")
			.with(authentication(nc)).with(csrf()).param("version", row.get("version").asString()).param("position", "1")).andReturn();
		assertThat(moved.getResponse().getStatus()).isEqualTo(302);
		List<String> acts = new ArrayList<>();
		network.get("/api/v1/screening-indicators").json().forEach(i -> {
			if (i.get("group").asString().equals("ACT")) {
				acts.add(i.get("key").asString());
			}
		});
		assertThat(acts.get(0)).isEqualTo(row.get("key").asString());
		assertThat(page("/cases/checklist/" + row.get("id").asString(), nc)).contains("รับตัวไว้ที่ท่าเรือ", "data-testid=\"retire-indicator\"");

		// The screening form asks the new indicator first among the acts.
		String caseId = openCase();
		var workerAuth = accounts.authentication(accounts.createIn(directory.organisationByReferenceKey("stella-maris").orElseThrow().id(),
				null, "list-form", Role.CASE_WORKER));
		MvcResult form = mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseId + "/screening").header("Accept-Language", "th")
			.with(authentication(workerAuth))).andReturn();
		form.getResponse().setCharacterEncoding("UTF-8");
		assertThat(ScreeningDetailsIT.indicatorsOf(form.getResponse().getContentAsString()).get(0)).isEqualTo(row.get("key").asString());
	}

	private String page(String path, org.springframework.security.core.Authentication who) throws Exception {
		MvcResult r = mvc.perform(MockMvcRequestBuilders.get(path).header("Accept-Language", "th").with(authentication(who))).andReturn();
		r.getResponse().setCharacterEncoding("UTF-8");
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		return r.getResponse().getContentAsString();
	}

	private String openCase() {
		return worker.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(2)), "TH-20", "นาย ตัวชี้วัด"))
			.json()
			.get("id")
			.asString();
	}

	private List<String> means() {
		List<String> means = new ArrayList<>();
		network.get("/api/v1/screening-indicators").json().forEach(i -> {
			if (i.get("group").asString().equals("MEANS")) {
				means.add(i.get("key").asString());
			}
		});
		return means;
	}

	private long version(String id) {
		for (JsonNode i : network.get("/api/v1/screening-indicators?includeRetired=true").json()) {
			if (i.get("id").asString().equals(id)) {
				return i.get("version").asLong();
			}
		}
		throw new AssertionError("no indicator " + id);
	}

	private static List<String> keys(JsonNode list) {
		List<String> keys = new ArrayList<>();
		list.forEach(i -> keys.add(i.get("key").asString()));
		return keys;
	}
}
