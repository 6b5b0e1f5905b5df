package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import th.tipnet.support.WebVisitor;

/**
 * A coordinator merges a duplicate organisation that has victims' cases: its case workers keep
 * working on them from the organisation that stays, the organisations it referred to still answer,
 * and a referral between the two merged organisations is withdrawn, since it would now go from an
 * organisation to itself.
 */
@IntegrationTest
class CasesFollowMergesIT {

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
	void aMergedOrganisationsCasesReferralsAndDraftsMoveToTheOrganisationThatStays() {
		TestAccounts accounts = new TestAccounts(context);
		var coordinatorAccount = accounts.create("cases-merge-coord", Role.NETWORK_COORDINATOR);
		Api coordinator = new Api(port).withToken(accounts.token(coordinatorAccount));
		String tag = String.valueOf(System.nanoTime() % 1_000_000);
		UUID survivor = organisation(coordinator, "มูลนิธิที่คงอยู่ " + tag, "Surviving shelter " + tag);
		UUID duplicate = organisation(coordinator, "มูลนิธิซ้ำ " + tag, "Duplicate shelter " + tag);
		UUID third = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		String thirdOffers = jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? ORDER BY service_code",
				String.class, third).get(0);

		var duplicateWorker = accounts.createIn(duplicate, null, "dup-worker", Role.CASE_WORKER);
		Api fromDuplicate = new Api(port).withToken(accounts.token(duplicateWorker));
		Api fromSurvivor = new Api(port).withToken(accounts.token(accounts.createIn(survivor, null, "surv-worker", Role.CASE_WORKER)));
		Api atThird = new Api(port).withToken(accounts.token(accounts.createIn(third, null, "third-worker", Role.CASE_WORKER)));

		String duplicatesCase = opened(fromDuplicate, "นาย ย้ายตาม " + tag);
		String toThird = referred(fromDuplicate, duplicatesCase, third, thirdOffers);
		String survivorsCase = opened(fromSurvivor, "นาง ส่งหากัน " + tag);
		String between = referred(fromSurvivor, survivorsCase, duplicate, "SHELTER");
		var draft = fromDuplicate.post("/api/v1/intake-drafts", Map.of("channel", "HOTLINE_1300", "persons",
				List.of(Map.of("names", List.of(Map.of("name", "ร่าง " + tag, "kind", "AS_TOLD"))))));
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);
		String draftId = draft.json().get("id").asString();

		WebVisitor web = new WebVisitor(port);
		web.signIn(coordinatorAccount.username(), coordinatorAccount.password());
		web.get("/directory/organisations/" + duplicate);
		long version = coordinator.get("/api/v1/organizations/" + duplicate).json().get("version").asLong();
		var merged = web.post("/directory/organisations/" + duplicate + "/merge",
				Map.of("version", String.valueOf(version), "intoId", survivor.toString()));
		assertThat(merged.headers().firstValue("Location").orElse("")).endsWith("/directory/organisations/" + survivor);

		// The duplicate's case worker, now of the organisation that stays (signed in again: the move ended the token).
		Api movedWorker = new Api(port).withToken(accounts.token(duplicateWorker));
		var theCase = movedWorker.get("/api/v1/cases/" + duplicatesCase);
		assertThat(theCase.status()).as(theCase.body()).isEqualTo(200);
		assertThat(movedWorker.get("/api/v1/cases/" + duplicatesCase + "/timeline").body()).contains("CASE_MOVED");
		assertThat(fromSurvivor.get("/api/v1/cases/" + duplicatesCase).status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT lead_org_id FROM nrm_case WHERE id = ?", UUID.class, UUID.fromString(duplicatesCase)))
			.isEqualTo(survivor);

		// The organisation it referred to still sees the referral, now from the organisation that stays, and answers it.
		assertThat(jdbc.queryForObject("SELECT sender_org_id FROM nrm_referral WHERE id = ?", UUID.class, UUID.fromString(toThird)))
			.isEqualTo(survivor);
		assertThat(atThird.get("/api/v1/referrals?incoming=true").body()).contains(toThird);
		assertThat(atThird.get("/api/v1/referrals/" + toThird).status()).isEqualTo(200);
		assertThat(movedWorker.get("/api/v1/cases/" + duplicatesCase + "/referrals").body()).contains(toThird);

		// Survivor to duplicate is now an organisation to itself: withdrawn, and the case says so.
		assertThat(jdbc.queryForObject("SELECT state FROM nrm_referral WHERE id = ?", String.class, UUID.fromString(between)))
			.isEqualTo("WITHDRAWN");
		assertThat(fromSurvivor.get("/api/v1/cases/" + survivorsCase + "/timeline").body()).contains("REFERRAL_WITHDRAWN");

		assertThat(movedWorker.get("/api/v1/intake-drafts").body()).contains(draftId);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE lead_org_id = ?", Integer.class, duplicate)).isZero();

		Api admin = new Api(port).withToken(accounts.token(accounts.create("cases-merge-admin", Role.SYSTEM_ADMIN)));
		String audit = admin.get("/api/v1/audit?entityType=NrmCase&action=CASE_MOVED").body();
		assertThat(audit).contains(duplicatesCase).doesNotContain(survivorsCase);
		assertThat(admin.get("/api/v1/audit?entityType=NrmReferral&action=REFERRAL_MOVED").body()).contains(toThird);
		assertThat(admin.get("/api/v1/audit?entityType=NrmIntakeDraft&action=INTAKE_DRAFT_MOVED").body()).contains(draftId);

		// On the case's page, in Thai, the timeline says why the case changed hands (case workers sign in with a second step).
		String secret = accounts.enrolTotp(duplicateWorker);
		WebVisitor page = new WebVisitor(port).speaking("th");
		page.signIn(duplicateWorker.username(), duplicateWorker.password());
		page.post("/login/totp", Map.of("code", accounts.totpCode(secret)));
		var casePage = page.get("/cases/" + duplicatesCase);
		assertThat(casePage.statusCode()).isEqualTo(200);
		assertThat(casePage.body()).contains("ย้ายไปหน่วยงานที่คงอยู่หลังการรวมองค์กร");
	}

	private UUID organisation(Api coordinator, String th, String en) {
		Map<String, Object> body = new HashMap<>();
		body.put("nameTh", th);
		body.put("nameEn", en);
		body.put("sector", "NGO");
		body.put("provinces", List.of("TH-10"));
		body.put("services", List.of(Map.of("code", "SHELTER", "languages", List.of("th"))));
		var r = coordinator.post("/api/v1/organizations", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	private String opened(Api worker, String name) {
		var r = worker.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(1)), "TH-10", name));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private String referred(Api worker, String caseId, UUID to, String purpose) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receiverOrganisationId", to.toString());
		body.put("purpose", purpose);
		body.put("urgency", "URGENT");
		body.put("sections", List.of("PERSON"));
		body.put("consent", "GIVEN");
		body.put("consentBy", "คุณสมศรี (นักสังคมสงเคราะห์)");
		var r = worker.post("/api/v1/cases/" + caseId + "/referrals", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}
}
