package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
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

/** Intake, case numbers, bad input and the screening clock, as case workers meet them (H2 and PostgreSQL). */
@IntegrationTest
class CasesIT {

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

	UUID police;

	Api api;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		police = directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id();
		worker = accounts.createIn(police, null, "case-worker", Role.CASE_WORKER);
		api = new Api(port).withToken(accounts.token(worker));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCaseWorkerOpensACaseWithItsNumberAndTheScreeningClockRunning() {
		Instant firstContact = clock.instant().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

		var created = api.post("/api/v1/cases", TestCases.intake(firstContact, "TH-20", "อ่อง โก", "Aung Ko", "အောင်ကို"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.etag()).isEqualTo("\"0\"");
		JsonNode c = created.json();
		int yearBe = clock.instant().atZone(ZoneId.of("Asia/Bangkok")).getYear() + 543;
		assertThat(c.get("caseNumber").asString()).matches("NRM-" + yearBe + "-TH20-\\d{6}");
		assertThat(c.get("status").asString()).isEqualTo("AWAITING_SCREENING");
		assertThat(Instant.parse(c.get("firstContactAt").asString())).isEqualTo(firstContact);
		assertThat(Instant.parse(c.get("screening").get("dueAt").asString())).isEqualTo(firstContact.plus(Duration.ofHours(24)));
		assertThat(c.get("screening").get("state").asString()).isEqualTo("ON_TIME");
		assertThat(c.get("screening").get("hours").asLong()).isEqualTo(22);
		assertThat(c.get("leadOrganisationId").asString()).isEqualTo(police.toString());
		assertThat(c.get("exploitationTypes").toString()).contains("ForcedLabour", "ForcedCriminality");
		assertThat(c.get("person").get("names").get(2).get("name").asString()).isEqualTo("အောင်ကို");
		assertThat(c.get("person").get("nationalities").get(0).asString()).isEqualTo("MM");
		assertThat(c.get("childProcedure").asBoolean()).isFalse();
		String id = c.get("id").asString();

		var read = api.get("/api/v1/cases/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).isEqualTo("\"0\"");
		assertThat(read.json().get("circumstances").asString()).contains("ยึดเอกสาร");

		var timeline = api.get("/api/v1/cases/" + id + "/timeline");
		assertThat(timeline.status()).isEqualTo(200);
		assertThat(timeline.json().get(0).get("step").asString()).isEqualTo("OPENED");
		assertThat(timeline.json().get(0).get("actorName").asString()).isEqualTo(worker.username());

		var list = api.get("/api/v1/cases?size=100");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(id).doesNotContain("อ่อง");

		// Every change and every read is in the audit log, without the person's names.
		List<String> actions = jdbc.queryForList(
				"SELECT action FROM audit_entry WHERE entity_type = 'NrmCase' AND entity_id = ? ORDER BY id", String.class, id);
		assertThat(actions).containsExactly("CASE_OPENED", "CASE_READ", "CASE_READ");
		assertThat(jdbc.queryForList("SELECT changes FROM audit_entry WHERE entity_id = ?", String.class, id).toString())
			.doesNotContain("อ่อง", "Aung");
	}

	@Test
	void namesAndCircumstancesAreSealedAtRest() {
		var created = api.post("/api/v1/cases", TestCases.intake(clock.instant(), "TH-20", "มะ เอ", "Ma Aye"));
		String id = created.json().get("id").asString();

		List<String> names = jdbc.queryForList("SELECT name FROM nrm_person_name WHERE case_id = ?", String.class,
				UUID.fromString(id));
		String circumstances = jdbc.queryForObject("SELECT circumstances FROM nrm_case WHERE id = ?", String.class,
				UUID.fromString(id));

		assertThat(names).hasSize(2).noneMatch(n -> n.contains("มะ") || n.contains("Aye"));
		assertThat(circumstances).doesNotContain("ยึดเอกสาร");
		assertThat(api.get("/api/v1/cases/" + id).json().get("person").get("names").get(1).get("name").asString())
			.isEqualTo("Ma Aye");
		// Names are found by their blind index: the same name, spaced or cased differently, has the same key.
		List<String> keys = jdbc.queryForList("SELECT name_key FROM nrm_person_name WHERE case_id = ? ORDER BY position",
				String.class, UUID.fromString(id));
		assertThat(keys.get(1)).isEqualTo(context.getBean(th.tipnet.common.SecretBox.class).blindIndex(Caseload.nameKey("  ma   AYE ")));
	}

	@Test
	void aPersonWhoMayBeUnder18AtFirstContactIsMarkedForTheChildProcedure() {
		Instant now = clock.instant();
		int year = now.atZone(ZoneId.of("Asia/Bangkok")).getYear();
		Map<String, Object> child = TestCases.intake(now, "TH-20", "เด็กชาย ก");
		child.put("birthYear", year - 17 + 543); // a Buddhist-Era year, as Thai papers write it
		Map<String, Object> adult = TestCases.intake(now, "TH-20", "นาย ข");
		adult.put("birthYear", null);
		adult.put("estimatedAge", 30);

		JsonNode c = api.post("/api/v1/cases", child).json();
		JsonNode a = api.post("/api/v1/cases", adult).json();

		assertThat(c.get("childProcedure").asBoolean()).isTrue();
		assertThat(c.get("person").get("birth").get("year").asInt()).isEqualTo(year - 17);
		assertThat(a.get("childProcedure").asBoolean()).isFalse();
		assertThat(a.get("person").get("birth").get("precision").asString()).isEqualTo("ESTIMATED");
	}

	@Test
	void concurrentIntakesInOneProvinceAreNumberedWithoutGaps() throws Exception {
		// Narathiwat: no other test opens cases there, so its numbers are this test's alone.
		String province = "TH-96";
		int intakes = 40;
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < intakes; i++) {
			String name = "Worker " + i;
			calls.add(() -> {
				var r = api.post("/api/v1/cases", TestCases.intake(clock.instant(), province, name));
				return r.status() == 201 ? r.json().get("caseNumber").asString() : "refused " + r.status() + " " + r.body();
			});
		}
		List<String> numbers = new ArrayList<>();
		for (Future<String> f : pool.invokeAll(calls)) {
			numbers.add(f.get());
		}
		pool.shutdown();

		assertThat(numbers).allMatch(n -> n.matches("NRM-\\d{4}-TH96-\\d{6}"), "numbered");
		List<Integer> sequence = new ArrayList<>(numbers.stream().map(n -> Integer.parseInt(n.substring(n.length() - 6))).toList());
		Collections.sort(sequence);
		assertThat(sequence).doesNotHaveDuplicates();
		assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).isEqualTo(intakes - 1);
		int yearBe = Integer.parseInt(numbers.get(0).substring(4, 8));
		assertThat(jdbc.queryForObject("SELECT last_number FROM nrm_case_counter WHERE year_be = ? AND province_code = ?",
				Integer.class, yearBe, province)).isEqualTo(sequence.get(sequence.size() - 1));
	}

	@Test
	void badInputIsRefusedNamingEachFieldInTheUsersLanguageAndNothingIsStored() {
		Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE lead_org_id = ?", Integer.class, police);
		Map<String, Object> body = TestCases.intake(clock.instant().plus(Duration.ofHours(2)), "TH-99");
		body.put("exploitationTypes", List.of("ForcedLabour", "Slavery"));
		body.put("nationalities", List.of("XX"));

		var refused = api.speaking("th").post("/api/v1/cases", body);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactlyInAnyOrder("firstContactAt", "provinceCode",
				"exploitationTypes[1]", "names", "nationalities[0]");
		assertThat(refused.body()).contains("วันและเวลาที่พบครั้งแรกต้องไม่อยู่ในอนาคต", "ไม่พบจังหวัดนี้");
		assertThat(api.speaking("en").post("/api/v1/cases", body).body())
			.contains("The date and time of first contact cannot be in the future");

		Map<String, Object> badBirth = TestCases.intake(clock.instant(), "TH-20", "ก");
		badBirth.put("birthMonth", 2);
		badBirth.put("birthDay", 30);
		badBirth.put("gender", "Male");
		badBirth.put("channel", "CARRIER_PIGEON");
		assertThat(api.post("/api/v1/cases", badBirth).problemFields()).containsExactlyInAnyOrder("birthDay", "gender",
				"channel");

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE lead_org_id = ?", Integer.class, police))
			.isEqualTo(before);
	}

	@Test
	void theScreeningClockShowsTheTimeLeftStandsOutUnderFourHoursAndMarksOverdue() throws Exception {
		Instant firstContact = clock.instant().minus(Duration.ofMinutes(30));
		String id = api.post("/api/v1/cases", TestCases.intake(firstContact, "TH-20", "นาง ค")).json().get("id").asString();

		clock.advance(Duration.ofHours(21));
		JsonNode soon = api.get("/api/v1/cases/" + id).json().get("screening");
		assertThat(soon.get("state").asString()).isEqualTo("DUE_SOON");
		assertThat(soon.get("hours").asLong()).isEqualTo(2);

		clock.advance(Duration.ofHours(3));
		JsonNode late = api.get("/api/v1/cases/" + id).json().get("screening");
		assertThat(late.get("state").asString()).isEqualTo("OVERDUE");
		assertThat(late.get("minutesLeft").asLong()).isBetween(-31L, -29L);

		String page = page("/cases?page=0", "th");
		assertThat(page).contains("เกินกำหนด 0 ชม. 30 นาที").contains("case-card overdue");
		assertThat(page("/cases/" + id, "en")).contains("Overdue by 0 h 30 min");
	}

	@Test
	void anIdempotentRetryFindsTheSameCaseOnlyForTheSameCallerAndBody() {
		Map<String, Object> body = TestCases.intake(clock.instant(), "TH-20", "นาย ง");
		String key = UUID.randomUUID().toString();
		Map<String, String> headers = Map.of("Idempotency-Key", key);

		var first = api.sendJson("/api/v1/cases", "POST", json(body), headers);
		var again = api.sendJson("/api/v1/cases", "POST", json(body), headers);
		Map<String, Object> other = new HashMap<>(body);
		other.put("district", "บางละมุง");
		var otherBody = api.sendJson("/api/v1/cases", "POST", json(other), headers);
		var colleague = new Api(port).withToken(accounts.token(accounts.createIn(police, null, "case-colleague", Role.CASE_WORKER)))
			.sendJson("/api/v1/cases", "POST", json(body), headers);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(otherBody.status()).isEqualTo(422);
		assertThat(otherBody.problemFields()).containsExactly("Idempotency-Key");
		assertThat(colleague.status()).isEqualTo(201);
		assertThat(colleague.json().get("id").asString()).isNotEqualTo(first.json().get("id").asString());
	}

	@Test
	void aCaseWorkerRecordsAnIntakeThroughTheThaiFormAndSeesTheCase() throws Exception {
		MvcResult form = mvc.perform(MockMvcRequestBuilders.get("/cases/new").header("Accept-Language", "th")
			.with(authentication(accounts.authentication(worker)))).andReturn();
		assertThat(form.getResponse().getContentAsString()).contains("บันทึกการรับเรื่อง", "ปีเกิด (พ.ศ.)", "สายด่วน 1300");

		MvcResult refused = post(Map.of("channel", "HOTLINE_1300", "firstContactAt", "05/06/2567", "provinceCode", "TH-20",
				"gender", "Feminine"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("กรุณากรอกเวลาที่พบครั้งแรกด้วย",
				"กรุณากรอกชื่อของบุคคลอย่างน้อยหนึ่งชื่อ");

		String typed = context.getBean(th.tipnet.common.Dates.class).typed(clock.instant().minus(Duration.ofHours(2)),
				java.util.Locale.forLanguageTag("th"));
		String bornBe = String.valueOf(clock.instant().atZone(ZoneId.of("Asia/Bangkok")).getYear() + 543 - 16);
		Map<String, String> fields = new HashMap<>(Map.of("channel", "HOTLINE_1300", "firstContactAt", typed, "provinceCode",
				"TH-20", "gender", "Feminine", "names[0].name", "นางสาว จ", "names[0].kind", "AS_TOLD", "birthYear",
				bornBe, "exploitationTypes", "SexualExploitation", "nationalities", "LA"));
		MvcResult opened = post(fields);
		assertThat(opened.getResponse().getStatus()).isEqualTo(302);
		String location = opened.getResponse().getRedirectedUrl();
		String page = page(location, "th");
		assertThat(page).contains("นางสาว จ", "ชื่อตามที่บอก", "สายด่วน 1300", "แสวงประโยชน์ทางเพศ", bornBe, "ลาว",
				"กระบวนการสำหรับเด็ก", "รับเรื่องและเปิดรายกรณี", "เหลือ 21 ชม.");
	}

	private MvcResult post(Map<String, String> fields) throws Exception {
		var request = MockMvcRequestBuilders.post("/cases/new").header("Accept-Language", "th")
			.with(authentication(accounts.authentication(worker)))
			.with(csrf());
		fields.forEach(request::param);
		return mvc.perform(request).andReturn();
	}

	private String page(String path, String language) throws Exception {
		MvcResult r = mvc.perform(MockMvcRequestBuilders.get(path).header("Accept-Language", language)
			.with(authentication(accounts.authentication(worker)))).andReturn();
		assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
		r.getResponse().setCharacterEncoding("UTF-8");
		return r.getResponse().getContentAsString();
	}

	private static String json(Object body) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
	}
}
