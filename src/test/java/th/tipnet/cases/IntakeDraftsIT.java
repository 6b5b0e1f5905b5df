package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/** Intakes saved unfinished, resumed by a colleague elsewhere, submitted, and lapsing (H2 and PostgreSQL). */
@IntegrationTest
class IntakeDraftsIT {

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
	ExpiredIntakeDrafts cleanUp;

	Api phone;

	Api office;

	Api outsider;

	final String tag = UUID.randomUUID().toString().substring(0, 6);

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		UUID police = directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id();
		UUID hug = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		phone = new Api(port).withToken(accounts.token(accounts.createIn(police, null, "draft-phone", Role.CASE_WORKER)));
		office = new Api(port).withToken(accounts.token(accounts.createIn(police, null, "draft-office", Role.CASE_SUPERVISOR)))
			.speaking("th");
		outsider = new Api(port).withToken(accounts.token(accounts.createIn(hug, null, "draft-outsider", Role.CASE_WORKER)));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** What a worker on a boat had time to type: the channel and two names, nothing else. */
	Map<String, Object> unfinished() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("channel", "PIPO_FISHERIES_INSPECTION");
		List<Map<String, Object>> persons = new ArrayList<>();
		persons.add(new LinkedHashMap<>(Map.of("names", List.of(Map.of("name", "สมชาย " + tag, "kind", "AS_TOLD")))));
		persons.add(new LinkedHashMap<>(Map.of("names", List.of(Map.of("name", "Min Min " + tag, "kind", "AS_TOLD")),
				"gender", "Masculine")));
		body.put("persons", persons);
		return body;
	}

	@Test
	void anUnfinishedIntakeIsSavedSealedResumedByAColleagueWithItsChecklistAndSubmittedOnce() {
		var saved = phone.post("/api/v1/intake-drafts", unfinished());
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		assertThat(saved.etag()).isEqualTo("\"0\"");
		String id = saved.json().get("id").asString();
		List<String> missing = new ArrayList<>();
		saved.json().get("missing").forEach(m -> missing.add(m.get("field").asString()));
		assertThat(missing).containsExactlyInAnyOrder("firstContactAt", "provinceCode", "persons[0].gender");
		String content = jdbc.queryForObject("SELECT content FROM nrm_intake_draft WHERE id = ?", String.class, UUID.fromString(id));
		assertThat(content).doesNotContain(tag).startsWith("k1:");

		// A colleague at the office resumes it: the list holds no content, the draft says what is missing in Thai.
		var list = office.get("/api/v1/intake-drafts");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(id).doesNotContain(tag);
		var resumed = office.get("/api/v1/intake-drafts/" + id);
		assertThat(resumed.status()).isEqualTo(200);
		assertThat(resumed.json().get("content").get("persons").get(1).get("names").get(0).get("name").asString())
			.isEqualTo("Min Min " + tag);
		assertThat(resumed.body()).contains("ต้องระบุ");
		assertThat(outsider.get("/api/v1/intake-drafts/" + id).status()).isEqualTo(404);
		assertThat(outsider.get("/api/v1/intake-drafts").body()).doesNotContain(id);

		// Still incomplete: submitting names what is missing and keeps the draft.
		var early = office.sendJson("/api/v1/intake-drafts/" + id + "/submit", "POST", "", Map.of("If-Match", "\"0\""));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.problemFields()).contains("firstContactAt", "provinceCode", "persons[0].gender");

		Map<String, Object> complete = unfinished();
		complete.put("firstContactAt", java.time.OffsetDateTime
			.ofInstant(clock.instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS), java.time.ZoneOffset.ofHours(7))
			.toString());
		complete.put("provinceCode", "TH-85");
		@SuppressWarnings("unchecked")
		Map<String, Object> first = ((List<Map<String, Object>>) complete.get("persons")).get(0);
		first.put("gender", "Feminine");
		var completed = office.put("/api/v1/intake-drafts/" + id, complete, Map.of("If-Match", "\"0\""));
		assertThat(completed.status()).isEqualTo(200);
		assertThat(completed.json().get("missing")).isEmpty();
		// The phone still holds version 0: its save is stale.
		var stale = phone.put("/api/v1/intake-drafts/" + id, unfinished(), Map.of("If-Match", "\"0\""));
		assertThat(stale.status()).isEqualTo(409);
		var staleSubmit = phone.sendJson("/api/v1/intake-drafts/" + id + "/submit", "POST", "", Map.of("If-Match", "\"0\""));
		assertThat(staleSubmit.status()).isEqualTo(409);
		Integer casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case", Integer.class);
		assertThat(casesBefore).isNotNull();

		var submitted = office.sendJson("/api/v1/intake-drafts/" + id + "/submit", "POST", "", Map.of("If-Match", completed.etag()));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
		assertThat(submitted.json().get("cases")).hasSize(2);
		assertThat(submitted.json().get("cases").get(0).get("caseNumber").asString()).contains("-TH85-");
		assertThat(office.get("/api/v1/intake-drafts/" + id).status()).isEqualTo(404);
		var again = office.sendJson("/api/v1/intake-drafts/" + id + "/submit", "POST", "", Map.of("If-Match", completed.etag()));
		assertThat(again.status()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case", Integer.class)).isEqualTo(casesBefore + 2);
	}

	@Test
	void badDraftsAreRefusedNamingTheField() {
		List<Map<String, Object>> persons = new ArrayList<>();
		for (int i = 0; i <= 200; i++) {
			persons.add(Map.of("gender", "Masculine"));
		}
		Map<String, Object> tooLarge = unfinished();
		tooLarge.put("persons", persons);
		var refused = phone.post("/api/v1/intake-drafts", tooLarge);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactly("persons");

		var saved = phone.post("/api/v1/intake-drafts", unfinished());
		String id = saved.json().get("id").asString();
		var noVersion = phone.put("/api/v1/intake-drafts/" + id, unfinished(), Map.of());
		assertThat(noVersion.status()).isEqualTo(422);
		assertThat(noVersion.problemFields()).containsExactly("If-Match");
		var malformed = phone.sendJson("/api/v1/intake-drafts/" + id, "PUT", "{\"persons\": 3}", Map.of("If-Match", "\"0\""));
		assertThat(malformed.status()).isBetween(400, 422);
		assertThat(outsider.sendJson("/api/v1/intake-drafts/" + id, "DELETE", "", Map.of("If-Match", "\"0\"")).status())
			.isEqualTo(404);
		assertThat(phone.sendJson("/api/v1/intake-drafts/" + id, "DELETE", "", Map.of("If-Match", "\"0\"")).status())
			.isEqualTo(204);
		assertThat(phone.get("/api/v1/intake-drafts/" + id).status()).isEqualTo(404);
	}

	@Test
	void aDraftLapsesThirtyDaysAfterItsLastSaveAndTheCleanUpRemovesIt() {
		String id = phone.post("/api/v1/intake-drafts", unfinished()).json().get("id").asString();
		clock.advance(Duration.ofDays(29));
		assertThat(phone.get("/api/v1/intake-drafts/" + id).status()).isEqualTo(200);
		clock.advance(Duration.ofDays(2));
		assertThat(phone.get("/api/v1/intake-drafts/" + id).status()).isEqualTo(404);
		assertThat(phone.get("/api/v1/intake-drafts").body()).doesNotContain(id);

		// The job holds its lock for at least a minute after each run, on every instance: when its hourly
		// run (or an earlier test's) has just ended, this run would be skipped. Release it, as a minute's wait would.
		jdbc.update("DELETE FROM shedlock WHERE name = 'expired-intake-drafts'");
		cleanUp.run();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_intake_draft WHERE id = ?", Integer.class, UUID.fromString(id)))
			.isZero();
	}
}
