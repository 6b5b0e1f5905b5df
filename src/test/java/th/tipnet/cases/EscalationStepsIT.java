package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import th.tipnet.common.Actor;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * An escalation's step goes on the timeline through the case, as every step does: the case's version
 * moves on, so a user's save right after it works from the case as it now is, and a save begun before
 * it is refused as stale instead of colliding with it on the timeline (H2 and PostgreSQL).
 */
@IntegrationTest
class EscalationStepsIT {

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
	Escalations escalations;

	@Autowired
	Cases cases;

	@Autowired
	PlatformTransactionManager transactions;

	UUID lead;

	Api worker;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		worker = new Api(port).withToken(accounts.token(accounts.createIn(lead, null, "esc-step-worker", Role.CASE_WORKER)));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	String openDueSoon() {
		return worker.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(21)), "TH-20", "นาย เร่งด่วน"))
			.json()
			.get("id")
			.asString();
	}

	@Test
	void aScreeningSavedRightAfterAnEscalationIsKeptAndTheEscalationStaysOnTheTimeline() {
		String caseId = openDueSoon();
		long before = worker.get("/api/v1/cases/" + caseId).json().get("version").asLong();

		escalations.escalateDue();

		Api.Response read = worker.get("/api/v1/cases/" + caseId);
		long now = read.json().get("version").asLong();
		assertThat(now).as("the escalation is a step of the case").isGreaterThan(before);
		assertThat(read.etag()).isEqualTo("\"" + now + "\"");

		Api.Response stale = worker.post("/api/v1/cases/" + caseId + "/screenings", ScreeningIT.identified(before));
		assertThat(stale.status()).as("a save from before the escalation is stale, not an error").isEqualTo(409);

		Api.Response saved = worker.post("/api/v1/cases/" + caseId + "/screenings", ScreeningIT.identified(now));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("status").asString()).isEqualTo("AWAITING_SIGN_OFF");
		assertThat(steps(caseId)).containsExactly("OPENED", "SCREENING_DUE_SOON", "SCREENING_DECIDED");
	}

	@Test
	void aSaveThatReadTheCaseBeforeAnEscalationCommittedIsRefusedAsStaleAndTheEscalationIsKept() throws Exception {
		String caseId = openDueSoon();
		UUID id = UUID.fromString(caseId);
		TransactionTemplate user = new TransactionTemplate(transactions);
		ExecutorService job = Executors.newSingleThreadExecutor();
		try {
			assertThatThrownBy(() -> user.executeWithoutResult(s -> {
				Case c = cases.findByIdAndLeadOrganisationId(id, lead).orElseThrow();
				c.noteReferral("REFERRAL_SENT", new Actor(null, "esc-step-worker", lead, null), clock.instant());
				try {
					// The job commits on its own thread while this save is still open.
					job.submit(escalations::escalateDue).get();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				cases.save(c);
			})).isInstanceOf(OptimisticLockingFailureException.class);
		}
		finally {
			job.shutdown();
		}
		assertThat(steps(caseId)).containsExactly("OPENED", "SCREENING_DUE_SOON");
		long version = worker.get("/api/v1/cases/" + caseId).json().get("version").asLong();
		assertThat(worker.post("/api/v1/cases/" + caseId + "/screenings", ScreeningIT.identified(version)).status()).isEqualTo(200);
		assertThat(steps(caseId)).containsExactly("OPENED", "SCREENING_DUE_SOON", "SCREENING_DECIDED");
	}

	List<String> steps(String caseId) {
		JsonNode timeline = worker.get("/api/v1/cases/" + caseId + "/timeline").json();
		List<String> steps = new java.util.ArrayList<>();
		timeline.forEach(s -> steps.add(s.get("step").asString()));
		return steps;
	}
}
