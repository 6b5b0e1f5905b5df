package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/**
 * A single intake answers the possible earlier cases as a group intake does, and an unfinished
 * intake is saved once under an Idempotency-Key as every other create is (H2 and PostgreSQL).
 */
@IntegrationTest
class IntakeRetriesAndMatchesIT {

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

	@Test
	void aSingleIntakeFlagsAnEarlierCaseHeldByAnotherOrganisationNamingOnlyThatOrganisation() {
		TestAccounts accounts = new TestAccounts(context);
		var first = directory.organisationByReferenceKey("stella-maris").orElseThrow();
		UUID second = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		String name = "Ko Match " + UUID.randomUUID().toString().substring(0, 8);
		Api earlier = api(accounts, accounts.createIn(first.id(), null, "im-first", Role.CASE_WORKER));
		Api later = api(accounts, accounts.createIn(second, null, "im-second", Role.CASE_WORKER));
		var none = earlier.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofDays(30)), "TH-20", name));
		assertThat(none.status()).isEqualTo(201);
		assertThat(none.json().get("possibleMatches")).isEmpty();
		String earlierNumber = none.json().get("caseNumber").asString();

		var flagged = later.speaking("en").post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(1)), "TH-10", name));
		assertThat(flagged.status()).isEqualTo(201);
		// The case itself is answered as before, at the top level.
		assertThat(flagged.json().get("caseNumber").asString()).startsWith("NRM-");
		JsonNode matches = flagged.json().get("possibleMatches");
		assertThat(matches).hasSize(1);
		assertThat(matches.get(0).get("organisation").asString()).isEqualTo(first.name(java.util.Locale.ENGLISH));
		JsonNode other = matches.get(0).get("otherCaseId");
		assertThat(other == null || other.isNull()).as("the other case's id is not given").isTrue();
		assertThat(flagged.body()).doesNotContain(earlierNumber).doesNotContain(none.json().get("id").asString());
	}

	@Test
	void anUnfinishedIntakeIsSavedOnceUnderAnIdempotencyKeyAndTheKeyWithAnotherBodyIsRefused() {
		TestAccounts accounts = new TestAccounts(context);
		UUID org = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		Api phone = api(accounts, accounts.createIn(org, null, "im-draft", Role.CASE_WORKER));
		Api colleague = api(accounts, accounts.createIn(org, null, "im-draft2", Role.CASE_WORKER));
		String key = UUID.randomUUID().toString();
		Map<String, String> header = Map.of("Idempotency-Key", key);
		long before = drafts();

		var first = phone.sendJson("/api/v1/intake-drafts", "POST", draft("Min Min"), header);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		var again = phone.sendJson("/api/v1/intake-drafts", "POST", draft("Min Min"), header);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(drafts()).isEqualTo(before + 1);

		var other = phone.speaking("en").sendJson("/api/v1/intake-drafts", "POST", draft("Aung Aung"), header);
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.problemFields()).containsExactly("Idempotency-Key");
		var tooLong = phone.sendJson("/api/v1/intake-drafts", "POST", draft("Min Min"), Map.of("Idempotency-Key", "k".repeat(101)));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.problemFields()).containsExactly("Idempotency-Key");
		// The key is the caller's own: a colleague using the same one saves a draft of their own.
		assertThat(colleague.sendJson("/api/v1/intake-drafts", "POST", draft("Min Min"), header).status()).isEqualTo(201);
		// Without a key every save is a new draft, as before.
		assertThat(phone.post("/api/v1/intake-drafts", Map.of("channel", "HOTLINE_1300")).status()).isEqualTo(201);
		assertThat(drafts()).isEqualTo(before + 3);
	}

	private static String draft(String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("channel", "LABOUR_INSPECTION");
		body.put("persons", List.of(Map.of("names", List.of(Map.of("name", name, "kind", "AS_TOLD")))));
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
	}

	private long drafts() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM nrm_intake_draft", Long.class);
	}

	private Api api(TestAccounts accounts, TestAccounts.Account who) {
		return new Api(port).withToken(accounts.token(who));
	}
}
