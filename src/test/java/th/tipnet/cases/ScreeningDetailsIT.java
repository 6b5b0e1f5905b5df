package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

import th.tipnet.common.Dates;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * The screening's details (#13 item 4) over the API and the pages, on H2 and PostgreSQL: the team's
 * members picked from the lead organisation's users beside named outsiders, the interpreter and
 * language, a note on each answer (sealed), the court's extension of an undetermined screening, and
 * an identified victim's reflection and recovery period; each bad input a 4xx naming the field in the
 * caller's language, with nothing changed.
 */
@IntegrationTest
class ScreeningDetailsIT {

	static final String NOTE = "ค้างหนี้นายหน้าสามหมื่นบาท";

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

	UUID lead;

	Api api;

	String caseId;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		worker = accounts.createIn(lead, null, "detail-worker", Role.CASE_WORKER);
		api = new Api(port).withToken(accounts.token(worker));
		caseId = open();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aTeamOfAUserAndAnOutsiderScreensThroughAnInterpreterWithNotesThatStaySealed() throws Exception {
		Map<String, Object> body = decision("IDENTIFIED_VICTIM");
		body.put("members", List.of(
				member(Map.of("userId", worker.id().toString()), "SOCIAL_WORKER", "YES", NOTE),
				member(Map.of("name", "ร.ต.อ. สมชาย", "organisation", "สภ.ศรีราชา"), "POLICE", "NO", "ไม่เห็นหลักฐานหนี้")));
		body.put("interpreter", "นางสาว อ่อง ล่าม");
		body.put("language", "MY");

		var decided = api.post("/api/v1/cases/" + caseId + "/screenings", body);

		assertThat(decided.status()).isEqualTo(200);
		JsonNode d = decided.json().get("decision");
		assertThat(d.get("interpreter").asString()).isEqualTo("นางสาว อ่อง ล่าม");
		assertThat(d.get("language").asString()).isEqualTo("my");
		assertThat(d.get("members").get(0).get("userId").asString()).isEqualTo(worker.id().toString());
		assertThat(d.get("members").get(0).get("name").asString()).isNotBlank();
		assertThat(d.get("members").get(1).get("userId").isNull()).isTrue();
		JsonNode debt = indicator(d, "MEANS:DebtBondage");
		assertThat(debt.get("answers").toString()).isEqualTo("[\"YES\",\"NO\"]");
		assertThat(debt.get("notes").get(0).asString()).isEqualTo(NOTE);
		assertThat(debt.get("notes").get(1).asString()).isEqualTo("ไม่เห็นหลักฐานหนี้");
		assertThat(indicator(d, "ACT:Recruitment").get("notes").get(0).isNull()).isTrue();
		// Notes are sealed at rest like every other free text about the person.
		assertThat(jdbc.queryForList("SELECT note FROM nrm_screening_answer a JOIN nrm_screening s ON s.id = a.screening_id "
				+ "WHERE s.case_id = ? AND note IS NOT NULL", String.class, UUID.fromString(caseId)))
			.hasSize(2)
			.noneMatch(n -> n.contains("หนี้"));
		assertThat(jdbc.queryForObject("SELECT m.user_id FROM nrm_screening_member m JOIN nrm_screening s ON s.id = m.screening_id "
				+ "WHERE s.case_id = ? AND m.position = 0", UUID.class, UUID.fromString(caseId))).isEqualTo(worker.id());
		assertThat(jdbc.queryForObject("SELECT changes FROM audit_entry WHERE entity_id = ? AND action = 'SCREENING_DECIDED'",
				String.class, caseId)).contains("\"language\"", "my").doesNotContain(NOTE);

		// The case page shows the language, the interpreter and the dissent with both notes.
		String page = casePage("th");
		assertThat(page).contains("พม่า", "นางสาว อ่อง ล่าม", NOTE, "ไม่เห็นหลักฐานหนี้", "พันธนาการด้วยหนี้");
		assertThat(casePage("en")).contains("Burmese", "Debt bondage");
	}

	@Test
	void badDetailsAreRefusedNamingEachFieldInTheCallersLanguageAndNothingChanges() {
		var outsider = accounts.createIn(directory.organisationByReferenceKey("a21").orElseThrow().id(), null, "detail-other",
				Role.CASE_WORKER);
		Map<String, Object> body = decision("IDENTIFIED_VICTIM");
		body.put("members", List.of(member(Map.of("userId", outsider.id().toString()), "NGO", "YES", "x".repeat(2001)),
				member(Map.of("userId", "not-a-uuid"), "NGO", "YES", null),
				Map.of("name", "Ms Ohn", "discipline", "INTERPRETER", "notes", Map.of("MEANS:Magic", "?"))));
		body.put("interpreter", "Ms Ohn");
		body.put("extendedUntil", "2099-01-01");

		var refused = api.speaking("th").post("/api/v1/cases/" + caseId + "/screenings", body);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactlyInAnyOrder("members[0].userId", "members[0].notes.MEANS:DebtBondage",
				"members[1].userId", "members[2].notes.MEANS:Magic", "language", "extendedUntil");
		assertThat(refused.body()).contains("ระบุภาษาที่ใช้คัดกรองเมื่อมีล่าม", "ระบุการขยายระยะเวลาของศาลได้เฉพาะเมื่อผลยังสรุปไม่ได้");

		Map<String, Object> unknownLanguage = decision("IDENTIFIED_VICTIM");
		unknownLanguage.put("language", "xx");
		var english = api.speaking("en").post("/api/v1/cases/" + caseId + "/screenings", unknownLanguage);
		assertThat(english.problemFields()).containsExactly("language");
		assertThat(english.body()).contains("Not an ISO 639 language code");

		assertThat(api.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("AWAITING_SCREENING");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_screening WHERE case_id = ?", Integer.class,
				UUID.fromString(caseId))).isZero();
	}

	@Test
	void anUndeterminedOutcomeRecordsTheCourtsExtensionWhichItRequires() throws Exception {
		Map<String, Object> without = decision("UNDETERMINED");
		var refused = api.speaking("en").post("/api/v1/cases/" + caseId + "/screenings", without);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactlyInAnyOrder("extendedUntil", "courtReference");

		Map<String, Object> early = decision("UNDETERMINED");
		early.put("extendedUntil", LocalDate.now(Dates.BANGKOK).minusYears(1).toString());
		early.put("courtReference", "ศาลอาญา คำสั่งที่ 1/2567");
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings", early).problemFields()).containsExactly("extendedUntil");
		Map<String, Object> unreadable = decision("UNDETERMINED");
		unreadable.put("extendedUntil", "31/02/2567");
		unreadable.put("courtReference", "ศาลอาญา คำสั่งที่ 1/2567");
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings", unreadable).problemFields()).containsExactly("extendedUntil");
		assertThat(api.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("AWAITING_SCREENING");

		LocalDate until = clock.instant().atZone(Dates.BANGKOK).toLocalDate().plusDays(5);
		Map<String, Object> body = decision("UNDETERMINED");
		body.put("extendedUntil", until.getDayOfMonth() + "/" + until.getMonthValue() + "/" + (until.getYear() + 543));
		body.put("courtReference", "ศาลอาญา คำสั่งที่ 1/2567");
		var decided = api.post("/api/v1/cases/" + caseId + "/screenings", body);

		assertThat(decided.status()).isEqualTo(200);
		assertThat(decided.json().get("decision").get("extendedUntil").asString()).isEqualTo(until.toString());
		assertThat(decided.json().get("decision").get("courtReference").asString()).isEqualTo("ศาลอาญา คำสั่งที่ 1/2567");
		assertThat(casePage("th")).contains("ขยายถึง", String.valueOf(until.getYear() + 543), "ศาลอาญา คำสั่งที่ 1/2567");
		// An undetermined person has no reflection period.
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings/reflection", reflection(decided.json().get("version").asLong()))
			.status()).isEqualTo(409);
	}

	@Test
	void anIdentifiedVictimsReflectionPeriodIsRecordedSealedAuditedAndShown() throws Exception {
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings/reflection", reflection(0L)).status())
			.as("nothing decided yet").isEqualTo(409);
		long version = api.post("/api/v1/cases/" + caseId + "/screenings", decision("IDENTIFIED_VICTIM")).json().get("version").asLong();

		// Bad periods: each field named, in the caller's language; nothing changes.
		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("version", version);
		bad.put("startsOn", LocalDate.now(Dates.BANGKOK).minusYears(2).toString());
		bad.put("endsOn", LocalDate.now(Dates.BANGKOK).minusYears(3).toString());
		var refused = api.speaking("th").post("/api/v1/cases/" + caseId + "/screenings/reflection", bad);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactlyInAnyOrder("startsOn", "endsOn", "grantedBy");
		assertThat(refused.body()).contains("วันสิ้นสุดต้องไม่ก่อนวันเริ่ม");
		bad.put("startsOn", LocalDate.now(Dates.BANGKOK).toString());
		bad.put("endsOn", LocalDate.now(Dates.BANGKOK).plusDays(400).toString());
		bad.put("grantedBy", "พมจ.ชลบุรี");
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings/reflection", bad).problemFields()).containsExactly("endsOn");
		assertThat(api.post("/api/v1/cases/" + caseId + "/screenings/reflection", reflection(version - 1)).status()).isEqualTo(409);
		assertThat(api.get("/api/v1/cases/" + caseId).json().get("decision").get("reflection").isNull()).isTrue();

		var recorded = api.post("/api/v1/cases/" + caseId + "/screenings/reflection", reflection(version));

		assertThat(recorded.status()).isEqualTo(200);
		JsonNode r = recorded.json().get("decision").get("reflection");
		assertThat(r.get("startsOn").asString()).isEqualTo(LocalDate.now(Dates.BANGKOK).toString());
		assertThat(r.get("endsOn").asString()).isEqualTo(LocalDate.now(Dates.BANGKOK).plusDays(30).toString());
		assertThat(r.get("grantedBy").asString()).isEqualTo("พมจ.ชลบุรี");
		assertThat(r.get("note").asString()).isEqualTo("พักที่บ้านพักเด็กและครอบครัว");
		assertThat(recorded.json().get("version").asLong()).isGreaterThan(version);
		assertThat(jdbc.queryForObject("SELECT reflection_note FROM nrm_screening WHERE case_id = ?", String.class,
				UUID.fromString(caseId))).doesNotContain("บ้านพัก");
		assertThat(api.get("/api/v1/cases/" + caseId + "/timeline").json().findValuesAsString("step"))
			.containsExactly("OPENED", "SCREENING_DECIDED", "REFLECTION_RECORDED");
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? AND action = 'REFLECTION_RECORDED'",
				String.class, caseId)).hasSize(1);
		assertThat(casePage("th")).contains("ระยะเวลาฟื้นฟูและไตร่ตรอง", "พมจ.ชลบุรี", "พักที่บ้านพักเด็กและครอบครัว");

		// Another organisation's case worker does not find the case.
		var outsider = accounts.createIn(directory.organisationByReferenceKey("a21").orElseThrow().id(), null, "detail-stranger",
				Role.CASE_WORKER, Role.CASE_SUPERVISOR);
		assertThat(new Api(port).withToken(accounts.token(outsider))
			.post("/api/v1/cases/" + caseId + "/screenings/reflection", reflection(recorded.json().get("version").asLong()))
			.status()).isEqualTo(404);
	}

	@Test
	void thePagesRecordTheTeamWithAUserTheInterpreterANoteAndTheReflectionPeriod() throws Exception {
		var auth = accounts.authentication(worker);
		MvcResult form = mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseId + "/screening").header("Accept-Language", "th")
			.with(authentication(auth))).andReturn();
		form.getResponse().setCharacterEncoding("UTF-8");
		String html = form.getResponse().getContentAsString();
		assertThat(html).contains("members[0].userId", "value=\"" + worker.id() + "\"", "ภาษาที่ใช้คัดกรอง", "members[0].notes[0]",
				"name=\"indicators[0]\"");
		int debt = indicatorsOf(html).indexOf("MEANS:DebtBondage");

		MvcResult posted = mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/screening")
			.with(authentication(auth)).with(csrf()).header("Accept-Language", "th")
			.params(formOf(html))
			.param("members[0].userId", worker.id().toString())
			.param("members[0].discipline", "SOCIAL_WORKER")
			.param("members[0].answers[" + debt + "]", "YES")
			.param("members[0].notes[" + debt + "]", NOTE)
			.param("interpreter", "นางสาว อ่อง ล่าม")
			.param("language", "my")
			.param("outcome", "IDENTIFIED_VICTIM")
			.param("reasons", "ถูกบังคับด้วยหนี้")).andReturn();
		assertThat(posted.getResponse().getStatus()).isEqualTo(302);
		JsonNode d = api.get("/api/v1/cases/" + caseId).json().get("decision");
		assertThat(indicator(d, "MEANS:DebtBondage").get("notes").get(0).asString()).isEqualTo(NOTE);
		assertThat(d.get("members").get(0).get("userId").asString()).isEqualTo(worker.id().toString());
		long version = api.get("/api/v1/cases/" + caseId).json().get("version").asLong();

		MvcResult wrong = mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/reflection")
			.with(authentication(auth)).with(csrf()).header("Accept-Language", "th")
			.param("version", String.valueOf(version)).param("startsOn", "1/1/2500").param("endsOn", "x")).andReturn();
		wrong.getResponse().setCharacterEncoding("UTF-8");
		assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
		assertThat(wrong.getResponse().getContentAsString()).contains("วันเริ่มต้องไม่ก่อนวันที่พบตัวครั้งแรก", "อ่านวันที่ไม่ได้");

		LocalDate today = LocalDate.now(Dates.BANGKOK);
		MvcResult saved = mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/reflection")
			.with(authentication(auth)).with(csrf())
			.param("version", String.valueOf(version))
			.param("startsOn", today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + (today.getYear() + 543))
			.param("endsOn", today.plusDays(15).toString())
			.param("grantedBy", "พมจ.ชลบุรี")).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(api.get("/api/v1/cases/" + caseId).json().get("decision").get("reflection").get("endsOn").asString())
			.isEqualTo(today.plusDays(15).toString());
	}

	private String open() {
		return api.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(3)), "TH-20", "นาย รายละเอียด"))
			.json()
			.get("id")
			.asString();
	}

	private String casePage(String language) throws Exception {
		MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseId).header("Accept-Language", language)
			.with(authentication(accounts.authentication(worker)))).andReturn();
		page.getResponse().setCharacterEncoding("UTF-8");
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		return page.getResponse().getContentAsString();
	}

	static Map<String, Object> decision(String outcome) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", 0);
		body.put("members", List.of(Map.of("name", "ร.ต.อ. สมชาย", "discipline", "POLICE", "answers", Map.of("MEANS:DebtBondage", "YES"))));
		body.put("outcome", outcome);
		if ("NOT_A_VICTIM".equals(outcome)) {
			body.put("route", "LABOUR_PROTECTION");
		}
		body.put("reasons", "ถูกบังคับด้วยหนี้");
		return body;
	}

	private static Map<String, Object> member(Map<String, Object> who, String discipline, String debt, String note) {
		Map<String, Object> m = new LinkedHashMap<>(who);
		m.put("discipline", discipline);
		m.put("answers", Map.of("MEANS:DebtBondage", debt, "ACT:Recruitment", "YES"));
		if (note != null) {
			m.put("notes", Map.of("MEANS:DebtBondage", note));
		}
		return m;
	}

	private static Map<String, Object> reflection(long version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", version);
		body.put("startsOn", LocalDate.now(Dates.BANGKOK).toString());
		body.put("endsOn", LocalDate.now(Dates.BANGKOK).plusDays(30).toString());
		body.put("grantedBy", "พมจ.ชลบุรี");
		body.put("note", "พักที่บ้านพักเด็กและครอบครัว");
		return body;
	}

	static JsonNode indicator(JsonNode decision, String key) {
		for (JsonNode i : decision.get("indicators")) {
			if (i.get("indicator").asString().equals(key)) {
				return i;
			}
		}
		throw new AssertionError("no indicator " + key + " in " + decision);
	}

	/** The indicator keys a screening form asks, in its order. */
	static List<String> indicatorsOf(String html) {
		return java.util.regex.Pattern.compile("name=\"indicators\\[\\d+]\" value=\"([^\"]+)\"")
			.matcher(html)
			.results()
			.map(m -> m.group(1))
			.toList();
	}

	/** The form's hidden fields (version, the indicators asked) as request parameters. */
	static org.springframework.util.MultiValueMap<String, String> formOf(String html) {
		var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
		List<String> keys = indicatorsOf(html);
		for (int i = 0; i < keys.size(); i++) {
			params.add("indicators[" + i + "]", keys.get(i));
		}
		var version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		params.add("version", version.find() ? version.group(1) : "0");
		return params;
	}
}
