package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

import tools.jackson.databind.JsonNode;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/** Group intake under one operation, and possible earlier cases flagged at intake (H2 and PostgreSQL). */
@IntegrationTest
class GroupIntakeIT {

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

	Api worker;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	TestAccounts.Account policeWorker;

	TestAccounts accounts;

	Api shelter;

	Api outsider;

	UUID police;

	/** Makes this run's names its own: the database may hold other tests' and earlier runs' cases. */
	final String tag = UUID.randomUUID().toString().substring(0, 6);

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		police = directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id();
		UUID stella = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		UUID hug = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		policeWorker = accounts.createIn(police, null, "group-worker", Role.CASE_WORKER);
		worker = new Api(port).withToken(accounts.token(policeWorker));
		shelter = new Api(port).withToken(accounts.token(accounts.createIn(stella, null, "group-shelter", Role.CASE_WORKER)));
		outsider = new Api(port).withToken(accounts.token(accounts.createIn(hug, null, "group-outsider", Role.CASE_SUPERVISOR)));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static Map<String, Object> person(String name, Integer birthYear, Integer estimatedAge, String... nationalities) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("names", List.of(Map.of("name", name, "kind", "AS_TOLD")));
		p.put("gender", "Masculine");
		if (birthYear != null) {
			p.put("birthYear", birthYear);
		}
		if (estimatedAge != null) {
			p.put("estimatedAge", estimatedAge);
		}
		p.put("nationalities", List.of(nationalities));
		return p;
	}

	Map<String, Object> group(List<Map<String, Object>> persons) {
		Map<String, Object> body = TestCases.intake(clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS),
				"TH-74");
		body.keySet().removeAll(List.of("names", "gender", "birthYear", "nationalities"));
		body.put("persons", persons);
		return body;
	}

	@Test
	void aGroupMetTogetherGetsOneCaseEachUnderOneOperationWithOwnNumbersAndClocks() {
		List<Map<String, Object>> persons = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			persons.add(person("ลูกเรือ " + tag + " " + i, 1990 + i, null, "MM"));
		}
		persons.add(person("Boy " + tag, null, 15, "KH"));

		var created = worker.post("/api/v1/operations", group(persons));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode op = created.json();
		assertThat(op.get("persons").asInt()).isEqualTo(6);
		JsonNode cases = op.get("cases");
		assertThat(cases).hasSize(6);
		List<Integer> numbers = new ArrayList<>();
		cases.forEach(c -> {
			assertThat(c.get("caseNumber").asString()).matches("NRM-\\d{4}-TH74-\\d{6}");
			assertThat(c.get("screening").get("state").asString()).isEqualTo("ON_TIME");
			numbers.add(Integer.parseInt(c.get("caseNumber").asString().substring(14)));
		});
		for (int i = 1; i < numbers.size(); i++) {
			assertThat(numbers.get(i)).as("gap-free, one number each").isEqualTo(numbers.get(i - 1) + 1);
		}
		assertThat(cases.get(5).get("childProcedure").asBoolean()).isTrue();
		assertThat(created.body()).doesNotContain("ลูกเรือ");
		String operationId = op.get("id").asString();
		Integer linked = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE operation_id = ?", Integer.class,
				UUID.fromString(operationId));
		assertThat(linked).isEqualTo(6);

		var read = worker.get("/api/v1/operations/" + operationId);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("cases")).hasSize(6);
		assertThat(outsider.get("/api/v1/operations/" + operationId).status()).isEqualTo(404);
		assertThat(shelter.get("/api/v1/operations/" + operationId).status()).isEqualTo(404);
	}

	@Test
	void aBadPersonIsRefusedNamingItsRowInTheUsersLanguageAndNothingIsStored() {
		Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case", Integer.class);
		Map<String, Object> bad = person("Ok " + tag, 1990, null, "MM");
		Map<String, Object> noName = person("", 1990, null, "ZZ");
		noName.put("gender", "Robot");
		Map<String, Object> body = group(List.of(bad, noName));
		body.put("provinceCode", "TH-99");

		var refused = worker.speaking("th").post("/api/v1/operations", body);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).contains("provinceCode", "persons[1].names", "persons[1].gender",
				"persons[1].nationalities[0]");
		assertThat(refused.problemFields()).filteredOn("provinceCode"::equals).hasSize(1);
		assertThat(refused.body()).contains("กรุณากรอกชื่อ");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case", Integer.class)).isEqualTo(before);

		var none = worker.post("/api/v1/operations", group(List.of()));
		assertThat(none.status()).isEqualTo(422);
		assertThat(none.problemFields()).containsExactly("persons");

		List<Map<String, Object>> tooMany = new ArrayList<>();
		for (int i = 0; i <= 200; i++) {
			tooMany.add(person("P" + i, 1990, null, "MM"));
		}
		var large = worker.post("/api/v1/operations", group(tooMany));
		assertThat(large.status()).isEqualTo(422);
		assertThat(large.problemFields()).containsExactly("persons");
		assertThat(large.body()).contains("200");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case", Integer.class)).isEqualTo(before);
	}

	@Test
	void anIdempotentRetryFindsTheSameOperation() {
		Map<String, Object> body = group(List.of(person("Retry " + tag, 1990, null, "MM")));
		var first = worker.sendJson("/api/v1/operations", "POST", toJson(body), Map.of("Idempotency-Key", "op-" + tag));
		var again = worker.sendJson("/api/v1/operations", "POST", toJson(body), Map.of("Idempotency-Key", "op-" + tag));
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		body.put("district", "อื่น");
		var other = worker.sendJson("/api/v1/operations", "POST", toJson(body), Map.of("Idempotency-Key", "op-" + tag));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.problemFields()).containsExactly("Idempotency-Key");
	}

	@Test
	void anEarlierCaseOfTheSamePersonIsFlaggedNamingOnlyTheOrganisationThatHoldsIt() {
		// The shelter met him first, his name written in Latin letters with an accent and odd spacing.
		var earlier = shelter.post("/api/v1/cases",
				TestCases.intake(clock.instant().minus(Duration.ofDays(30)), "TH-20", "Jósé  Aung" + tag, "မောင်" + tag));
		assertThat(earlier.status()).isEqualTo(201);
		String earlierNumber = earlier.json().get("caseNumber").asString();
		String earlierId = earlier.json().get("id").asString();
		// Another, born long before: the same name alone is not a match.
		assertThat(shelter.post("/api/v1/cases", withBirthYear(
				TestCases.intake(clock.instant().minus(Duration.ofDays(30)), "TH-20", "Jose Aung" + tag), 1960)).status())
			.isEqualTo(201);

		clock.advance(Duration.ofMinutes(1));
		// The police meet him again: the same name without the accent, and (in Burmese) as told, age estimated.
		var group = worker.speaking("th").post("/api/v1/operations", group(List.of(
				person("jose aung" + tag.toUpperCase(), 1994, null, "MM"),
				person("မောင်" + tag, null, clock.instant().atZone(java.time.ZoneId.of("Asia/Bangkok")).getYear() - 1996, "MM", "TH"),
				person("Someone Else " + tag, 1994, null, "MM"))));

		assertThat(group.status()).as(group.body()).isEqualTo(201);
		JsonNode matches = group.json().get("possibleMatches");
		String stellaName = directory.summaryByReferenceKey("stella-maris")
			.orElseThrow()
			.name(java.util.Locale.forLanguageTag("th"));
		String first = group.json().get("cases").get(0).get("id").asString();
		String second = group.json().get("cases").get(1).get("id").asString();
		assertThat(matches).hasSize(2);
		matches.forEach(m -> {
			assertThat(m.get("organisation").asString()).isEqualTo(stellaName);
			assertThat(m.get("otherCaseNumber").isNull()).isTrue();
			assertThat(m.get("otherCaseId").isNull()).isTrue();
		});
		assertThat(List.of(matches.get(0).get("caseId").asString(), matches.get(1).get("caseId").asString()))
			.containsExactlyInAnyOrder(first, second);
		assertThat(group.body()).doesNotContain(earlierNumber).doesNotContain(earlierId);
		Integer audited = jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'POSSIBLE_MATCH_FLAGGED' AND entity_id = ?", Integer.class,
				first);
		assertThat(audited).isEqualTo(1);

		// The shelter's own worker, meeting him again, may see its own earlier case: its number shows.
		clock.advance(Duration.ofMinutes(1));
		var own = shelter.post("/api/v1/operations", group(List.of(person("JOSE-AUNG" + tag, 1995, null, "MM"))));
		assertThat(own.status()).isEqualTo(201);
		List<String> seen = new ArrayList<>();
		own.json().get("possibleMatches").forEach(m -> seen.add(m.get("otherCaseNumber").isNull() ? m.get("organisation").asString()
				: m.get("otherCaseNumber").asString()));
		assertThat(seen).contains(earlierNumber).hasSize(2);
	}

	@Test
	void aSingleIntakesCasePageFlagsAnEarlierCaseHeldElsewhereByTheOrganisationsNameOnly() throws Exception {
		var earlier = shelter.post("/api/v1/cases",
				TestCases.intake(clock.instant().minus(Duration.ofDays(3)), "TH-20", "Ko Ko " + tag));
		assertThat(earlier.status()).isEqualTo(201);
		clock.advance(Duration.ofMinutes(1));
		var again = worker.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(1)), "TH-74",
				"KO  KO " + tag.toUpperCase()));
		assertThat(again.status()).isEqualTo(201);

		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/cases/" + again.json().get("id").asString())
			.header("Accept-Language", "th")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(accounts.authentication(policeWorker))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String stellaName = directory.summaryByReferenceKey("stella-maris")
			.orElseThrow()
			.name(java.util.Locale.forLanguageTag("th"));
		assertThat(page).contains("อาจเคยพบมาก่อน", "อาจตรงกับคดีที่องค์กร " + stellaName + " ถืออยู่")
			.doesNotContain(earlier.json().get("caseNumber").asString())
			.doesNotContain(earlier.json().get("id").asString());
	}

	static Map<String, Object> withBirthYear(Map<String, Object> intake, int year) {
		intake.put("birthYear", year);
		return intake;
	}

	static String toJson(Object body) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
	}
}
