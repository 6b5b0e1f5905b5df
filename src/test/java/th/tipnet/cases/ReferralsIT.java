package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

import tools.jackson.databind.JsonNode;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/** Referrals between organisations over the API: consent, the receiver's decision view, the state table, need-to-know (H2 and PostgreSQL). */
@IntegrationTest
class ReferralsIT {

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

	UUID lead;

	UUID receiver;

	Api sender;

	Api receiving;

	Api unrelated;

	String caseId;

	String offered;

	String notOffered;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		receiver = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		UUID other = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		sender = new Api(port).withToken(accounts.token(accounts.createIn(lead, null, "ref-sender", Role.CASE_WORKER)));
		receiving = new Api(port).withToken(accounts.token(accounts.createIn(receiver, null, "ref-receiver", Role.CASE_WORKER)));
		unrelated = new Api(port).withToken(accounts.token(accounts.createIn(other, null, "ref-other", Role.CASE_SUPERVISOR)));
		caseId = sender.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(3)), "TH-20", "นาย ส่งต่อ"))
			.json()
			.get("id")
			.asString();
		offered = jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? ORDER BY service_code",
				String.class, receiver).get(0);
		notOffered = jdbc.queryForList("SELECT code FROM service_type WHERE code NOT IN (SELECT service_code FROM "
				+ "organisation_service WHERE organisation_id = ?) ORDER BY code", String.class, receiver).get(0);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Map<String, Object> referral(UUID to, String purpose, String consent, String overrideReason) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receiverOrganisationId", to.toString());
		body.put("purpose", purpose);
		body.put("urgency", "URGENT");
		body.put("sections", List.of("PERSON", "SCREENING"));
		body.put("consent", consent);
		body.put("consentBy", "คุณสมศรี (นักสังคมสงเคราะห์)");
		body.put("interpreter", "Ma Thida");
		if (overrideReason != null) {
			body.put("overrideReason", overrideReason);
		}
		return body;
	}

	JsonNode sent() {
		Api.Response r = sender.post("/api/v1/cases/" + caseId + "/referrals", referral(receiver, offered, "GIVEN", null));
		assertThat(r.status()).isEqualTo(201);
		return r.json();
	}

	@Test
	void referWithConsentTheReceiverDecidesOnLittleThenSeesTheSharedSectionsAndCompletes() {
		Instant now = clock.instant();
		JsonNode r = sent();
		String id = r.get("id").asString();
		assertThat(r.get("state").asString()).isEqualTo("IN_PROGRESS");
		assertThat(Instant.parse(r.get("answerDueAt").asString())).isBetween(now.plus(Duration.ofHours(2)),
				clock.instant().plus(Duration.ofHours(2)));

		// Awaiting an answer: the decision view only, and the case itself stays closed.
		Api.Response incoming = receiving.get("/api/v1/referrals?incoming=true");
		assertThat(incoming.status()).isEqualTo(200);
		JsonNode view = null;
		for (JsonNode each : incoming.json()) {
			if (each.get("id").asString().equals(id)) {
				view = each;
			}
		}
		assertThat(view).isNotNull();
		assertThat(view.get("purpose").asString()).isEqualTo(offered);
		assertThat(view.get("provinceCode").asString()).isEqualTo("TH-20");
		assertThat(view.get("consent").asString()).isEqualTo("GIVEN");
		assertThat(view.get("exploitationTypes").toString()).contains("ForcedLabour");
		assertThat(view.toString()).doesNotContain("ส่งต่อ", "ศรีราชา", "ประมง", "สมศรี", "Ma Thida");
		assertThat(incoming.body()).doesNotContain("ศรีราชา", "ประมง", "สมศรี", "Ma Thida");
		assertThat(receiving.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);

		Api.Response accepted = receiving.post("/api/v1/referrals/" + id + "/accept", Map.of("version", 0));
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");

		Api.Response shared = receiving.get("/api/v1/cases/" + caseId);
		assertThat(shared.status()).isEqualTo(200);
		assertThat(shared.body()).contains("นาย ส่งต่อ").doesNotContain("ประมง", "ศรีราชา");
		assertThat(shared.json().get("circumstances").isNull()).isTrue();

		Api.Response done = receiving.post("/api/v1/referrals/" + id + "/complete",
				Map.of("version", accepted.json().get("version").asLong(), "successful", true));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("state").asString()).isEqualTo("DONE");

		List<String> steps = new ArrayList<>();
		sender.get("/api/v1/cases/" + caseId + "/timeline").json().forEach(s -> steps.add(s.get("step").asString()));
		assertThat(steps).containsSubsequence("OPENED", "REFERRAL_SENT", "REFERRAL_ACCEPTED", "REFERRAL_COMPLETED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'CASE_READ' AND changes LIKE ?",
				Integer.class, caseId, "%api-referral%")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'REFERRAL_ACCEPTED'",
				Integer.class, id)).isEqualTo(1);
	}

	@Test
	void aRetryWithTheSameKeyFindsTheReferralSentFirst() {
		Map<String, Object> body = referral(receiver, offered, "GIVEN", null);
		Map<String, String> key = Map.of("Idempotency-Key", "ref-retry-1");
		Api.Response first = sender.sendJson("/api/v1/cases/" + caseId + "/referrals", "POST", json(body), key);
		Api.Response again = sender.sendJson("/api/v1/cases/" + caseId + "/referrals", "POST", json(body), key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
	}

	@Test
	void declineNeedsAReasonFromTheListAndThenGivesNothing() {
		String id = sent().get("id").asString();
		Api.Response noReason = receiving.post("/api/v1/referrals/" + id + "/decline", Map.of("version", 0));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.problemFields()).containsExactly("reason");
		assertThat(receiving.post("/api/v1/referrals/" + id + "/decline", Map.of("version", 0, "reason", "BUSY")).problemFields())
			.containsExactly("reason");
		assertThat(receiving.post("/api/v1/referrals/" + id + "/decline", Map.of("version", 0, "reason", "OTHER")).problemFields())
			.containsExactly("note");

		Api.Response declined = receiving.post("/api/v1/referrals/" + id + "/decline",
				Map.of("version", 0, "reason", "NO_CAPACITY"));
		assertThat(declined.status()).isEqualTo(200);
		assertThat(declined.json().get("declineReason").asString()).isEqualTo("NO_CAPACITY");
		assertThat(receiving.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
		assertThat(sender.get("/api/v1/cases/" + caseId + "/referrals").json().get(0).get("state").asString())
			.isEqualTo("DECLINED");
	}

	@Test
	void refusesTheOwnOrganisationAServiceNotOfferedAndMissingConsentWithoutAnOverride() {
		Api.Response own = sender.post("/api/v1/cases/" + caseId + "/referrals", referral(lead, offered, "GIVEN", null));
		assertThat(own.status()).isEqualTo(422);
		assertThat(own.problemFields()).contains("receiver");

		Api.Response purpose = sender.post("/api/v1/cases/" + caseId + "/referrals", referral(receiver, notOffered, "GIVEN", null));
		assertThat(purpose.status()).isEqualTo(422);
		assertThat(purpose.problemFields()).containsExactly("purpose");

		Api.Response noConsent = sender.post("/api/v1/cases/" + caseId + "/referrals", referral(receiver, offered, "REFUSED", null));
		assertThat(noConsent.status()).isEqualTo(422);
		assertThat(noConsent.problemFields()).containsExactly("consent");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_referral WHERE case_id = ?", Integer.class,
				UUID.fromString(caseId))).isZero();

		Api.Response overridden = sender.post("/api/v1/cases/" + caseId + "/referrals",
				referral(receiver, offered, "COULD_NOT_ASK", "หมดสติ ต้องส่งโรงพยาบาลทันที"));
		assertThat(overridden.status()).isEqualTo(201);
		assertThat(receiving.get("/api/v1/referrals?incoming=true").body()).contains("หมดสติ ต้องส่งโรงพยาบาลทันที");
	}

	@Test
	void acceptTwiceAndAcceptAfterWithdrawAreConflicts() {
		String id = sent().get("id").asString();
		assertThat(receiving.post("/api/v1/referrals/" + id + "/accept", Map.of("version", 0)).status()).isEqualTo(200);
		assertThat(receiving.post("/api/v1/referrals/" + id + "/accept", Map.of("version", 1)).status()).isEqualTo(409);
		assertThat(receiving.post("/api/v1/referrals/" + id + "/accept", Map.of("version", 0)).status()).isEqualTo(409);

		String second = sent().get("id").asString();
		assertThat(sender.post("/api/v1/referrals/" + second + "/withdraw", Map.of("version", 0)).status()).isEqualTo(200);
		assertThat(receiving.post("/api/v1/referrals/" + second + "/accept", Map.of("version", 1)).status()).isEqualTo(409);
		assertThat(receiving.get("/api/v1/cases/" + caseId).status()).isEqualTo(200); // through the first, accepted
	}

	@Test
	void anUnrelatedOrganisationGetsNotFoundEverywhere() {
		String id = sent().get("id").asString();
		assertThat(unrelated.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
		assertThat(unrelated.get("/api/v1/cases/" + caseId + "/referrals").status()).isEqualTo(404);
		assertThat(unrelated.post("/api/v1/cases/" + caseId + "/referrals", referral(receiver, offered, "GIVEN", null)).status())
			.isEqualTo(404);
		assertThat(unrelated.get("/api/v1/referrals/" + id).status()).isEqualTo(404);
		for (String verb : List.of("accept", "decline", "withdraw", "complete")) {
			assertThat(unrelated.post("/api/v1/referrals/" + id + "/" + verb, Map.of("version", 0)).status()).as(verb)
				.isEqualTo(404);
		}
		assertThat(unrelated.get("/api/v1/referrals?incoming=true").json()).isEmpty();
		// The sender cannot answer its own referral, nor the receiver withdraw it.
		assertThat(sender.post("/api/v1/referrals/" + id + "/accept", Map.of("version", 0)).status()).isEqualTo(404);
		assertThat(receiving.post("/api/v1/referrals/" + id + "/withdraw", Map.of("version", 0)).status()).isEqualTo(404);
	}

	@Test
	void acceptedAndWithdrawnAtOnceExactlyOneWins() throws Exception {
		String id = sent().get("id").asString();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> calls = List.of(() -> {
			start.await();
			return receiving.post("/api/v1/referrals/" + id + "/accept", Map.of("version", 0)).status();
		}, () -> {
			start.await();
			return sender.post("/api/v1/referrals/" + id + "/withdraw", Map.of("version", 0)).status();
		});
		List<Future<Integer>> results = new ArrayList<>();
		calls.forEach(c -> results.add(pool.submit(c)));
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : results) {
			statuses.add(f.get());
		}
		pool.shutdown();

		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(jdbc.queryForObject("SELECT state FROM nrm_referral WHERE id = ?", String.class, UUID.fromString(id)))
			.isIn("ACCEPTED", "WITHDRAWN");
	}

	private static String json(Object body) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
	}
}
