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
 * After a referral (issue 13, item 5): the person revokes their consent and the receiver's access to
 * those sections ends at once, also onward; a revoked referral cannot be accepted; a receiver refers
 * onward sharing at most what it received, and the lead organisation sees it (H2 and PostgreSQL).
 */
@IntegrationTest
class ReferralFollowUpsIT {

	static final String NAME = "นาย ยินยอม";

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

	UUID lead;

	UUID receiver;

	UUID third;

	Api sender;

	Api receiving;

	Api thirdParty;

	String caseId;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		receiver = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		third = directory.organisationByReferenceKey("oag-htlo").orElseThrow().id();
		sender = new Api(port).withToken(accounts.token(accounts.createIn(lead, null, "fu-sender", Role.CASE_WORKER)));
		receiving = new Api(port).withToken(accounts.token(accounts.createIn(receiver, null, "fu-receiver", Role.CASE_WORKER)));
		thirdParty = new Api(port).withToken(accounts.token(accounts.createIn(third, null, "fu-third", Role.CASE_WORKER)));
		caseId = sender.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(2)), "TH-20", NAME))
			.json()
			.get("id")
			.asString();
	}

	Map<String, Object> referral(UUID to, List<String> sections) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receiverOrganisationId", to.toString());
		body.put("purpose", offeredBy(to));
		body.put("urgency", "NORMAL");
		body.put("sections", sections);
		body.put("consent", "GIVEN");
		body.put("consentBy", "คุณสมศรี (นักสังคมสงเคราะห์)");
		return body;
	}

	/** A service the organisation offers (any service code for one that offers none: the receiver is refused first). */
	String offeredBy(UUID organisation) {
		List<String> codes = jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? "
				+ "ORDER BY service_code", String.class, organisation);
		return codes.isEmpty() ? "PROSECUTION" : codes.get(0);
	}

	JsonNode sent(List<String> sections) {
		Api.Response r = sender.post("/api/v1/cases/" + caseId + "/referrals", referral(receiver, sections));
		assertThat(r.status()).isEqualTo(201);
		return r.json();
	}

	JsonNode accepted(List<String> sections) {
		JsonNode r = sent(sections);
		Api.Response accepted = receiving.post("/api/v1/referrals/" + r.get("id").asString() + "/accept", Map.of("version", 0));
		assertThat(accepted.status()).isEqualTo(200);
		return accepted.json();
	}

	@Test
	void revokingConsentEndsTheReceiversAccessToThoseSectionsAtOnce() {
		JsonNode r = accepted(List.of("PERSON", "SCREENING"));
		String id = r.get("id").asString();
		assertThat(receiving.get("/api/v1/cases/" + caseId).body()).contains(NAME);

		Api.Response revoked = sender.post("/api/v1/referrals/" + id + "/revoke-consent",
				Map.of("version", r.get("version").asLong(), "sections", List.of("PERSON")));
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().get("sections").toString()).isEqualTo("[\"SCREENING\"]");

		Api.Response shared = receiving.get("/api/v1/cases/" + caseId);
		assertThat(shared.status()).isEqualTo(200);
		assertThat(shared.body()).doesNotContain(NAME);
		assertThat(shared.json().get("person").isNull()).isTrue();
		JsonNode told = receiving.get("/api/v1/referrals/" + id).json();
		assertThat(told.get("consentRevoked").get(0).get("section").asString()).isEqualTo("PERSON");
		assertThat(told.get("sections").toString()).isEqualTo("[\"SCREENING\"]");
		// The receiver is told in the application, with the case number and a link to the referral only.
		assertThat(receiving.get("/api/v1/notices").body()).contains("cases.notice.REFERRAL_CONSENT_REVOKED", "/referrals/" + id)
			.doesNotContain(NAME);

		// The rest, without naming sections: the case is closed to the receiver.
		Api.Response all = sender.post("/api/v1/referrals/" + id + "/revoke-consent",
				Map.of("version", revoked.json().get("version").asLong()));
		assertThat(all.status()).isEqualTo(200);
		assertThat(receiving.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
		assertThat(sender.post("/api/v1/referrals/" + id + "/revoke-consent", Map.of("version", all.json().get("version").asLong()))
			.status()).isEqualTo(409);

		List<String> steps = new ArrayList<>();
		sender.get("/api/v1/cases/" + caseId + "/timeline").json().forEach(s -> steps.add(s.get("step").asString()));
		assertThat(steps).containsSubsequence("REFERRAL_ACCEPTED", "CONSENT_REVOKED", "CONSENT_REVOKED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'REFERRAL_CONSENT_REVOKED'",
				Integer.class, id)).isEqualTo(2);
	}

	@Test
	void theLeadOrganisationRecordsARevocationOnTheCasePage() throws Exception {
		JsonNode r = accepted(List.of("PERSON", "SCREENING"));
		var worker = accounts.createIn(lead, null, "fu-page", Role.CASE_WORKER);
		var who = accounts.authentication(worker);
		MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseId).accept("text/html").with(authentication(who)))
			.andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentAsString()).contains("consent-panel", "revoke-consent");

		MvcResult posted = mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/referrals/" + r.get("id").asString()
				+ "/revoke-consent")
			.with(authentication(who))
			.with(csrf())
			.param("version", r.get("version").asString())
			.param("sections", "PERSON")).andReturn();
		assertThat(posted.getResponse().getStatus()).isEqualTo(302);
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + caseId);
		assertThat(receiving.get("/api/v1/cases/" + caseId).body()).doesNotContain(NAME);
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseId).accept("text/html").with(authentication(who)))
			.andReturn().getResponse().getContentAsString()).contains("consent-panel");
	}

	@Test
	void aReferralWhoseConsentWasRevokedCannotBeAccepted() {
		String id = sent(List.of("PERSON")).get("id").asString();
		assertThat(sender.post("/api/v1/referrals/" + id + "/revoke-consent", Map.of("version", 0)).status()).isEqualTo(200);

		Api.Response accept = receiving.speaking("en").post("/api/v1/referrals/" + id + "/accept", Map.of("version", 1));
		assertThat(accept.status()).isEqualTo(409);
		assertThat(accept.body()).contains("revoked their consent");
		assertThat(jdbc.queryForObject("SELECT state FROM nrm_referral WHERE id = ?", String.class, UUID.fromString(id)))
			.isEqualTo("IN_PROGRESS");
	}

	@Test
	void badRevocationsAreRefusedNamingTheProblemAndChangeNothing() {
		JsonNode r = accepted(List.of("PERSON"));
		String id = r.get("id").asString();
		long version = r.get("version").asLong();

		Api.Response unknown = sender.post("/api/v1/referrals/" + id + "/revoke-consent",
				Map.of("version", version, "sections", List.of("EVERYTHING")));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.problemFields()).containsExactly("sections[0]");
		Api.Response notShared = sender.post("/api/v1/referrals/" + id + "/revoke-consent",
				Map.of("version", version, "sections", List.of("INTAKE")));
		assertThat(notShared.status()).isEqualTo(422);
		assertThat(notShared.problemFields()).containsExactly("sections");
		assertThat(sender.post("/api/v1/referrals/" + id + "/revoke-consent", Map.of()).problemFields()).containsExactly("version");
		assertThat(sender.post("/api/v1/referrals/" + id + "/revoke-consent", Map.of("version", version + 5)).status())
			.isEqualTo(409);
		// Only the sender records the person's revocation; the receiver and anyone else find nothing.
		assertThat(receiving.post("/api/v1/referrals/" + id + "/revoke-consent", Map.of("version", version)).status())
			.isEqualTo(404);
		assertThat(thirdParty.post("/api/v1/referrals/" + id + "/revoke-consent", Map.of("version", version)).status())
			.isEqualTo(404);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_referral_revoked_section WHERE referral_id = ?", Integer.class,
				UUID.fromString(id))).isZero();
		assertThat(receiving.get("/api/v1/cases/" + caseId).body()).contains(NAME);
	}

	@Test
	void theReceiverRefersOnwardSharingAtMostWhatItReceivedAndTheLeadSeesIt() {
		JsonNode first = accepted(List.of("PERSON", "SCREENING"));
		String firstId = first.get("id").asString();

		Api.Response more = receiving.post("/api/v1/referrals/" + firstId + "/onward", referral(third, List.of("PERSON", "INTAKE")));
		assertThat(more.status()).isEqualTo(422);
		assertThat(more.problemFields()).containsExactly("sections");
		Api.Response back = receiving.post("/api/v1/referrals/" + firstId + "/onward", referral(lead, List.of("PERSON")));
		assertThat(back.status()).isEqualTo(422);
		assertThat(back.problemFields()).containsExactly("receiver");
		Api.Response self = receiving.post("/api/v1/referrals/" + firstId + "/onward", referral(receiver, List.of("PERSON")));
		assertThat(self.status()).isEqualTo(422);
		assertThat(self.problemFields()).containsExactly("receiver");
		assertThat(sender.post("/api/v1/referrals/" + firstId + "/onward", referral(third, List.of("PERSON"))).status())
			.isEqualTo(404);

		Api.Response onward = receiving.post("/api/v1/referrals/" + firstId + "/onward", referral(third, List.of("PERSON")));
		assertThat(onward.status()).isEqualTo(201);
		String onwardId = onward.json().get("id").asString();
		assertThat(onward.json().get("onwardFrom").asString()).isEqualTo(firstId);
		assertThat(onward.json().get("senderOrganisationId").asString()).isEqualTo(receiver.toString());

		assertThat(thirdParty.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
		assertThat(thirdParty.post("/api/v1/referrals/" + onwardId + "/accept", Map.of("version", 0)).status()).isEqualTo(200);
		Api.Response thirdSees = thirdParty.get("/api/v1/cases/" + caseId);
		assertThat(thirdSees.body()).contains(NAME);
		assertThat(thirdSees.body()).doesNotContain("ประมง"); // INTAKE was not passed on

		Api.Response leadSees = sender.get("/api/v1/cases/" + caseId + "/referrals");
		assertThat(leadSees.body()).contains(onwardId, third.toString());
		List<String> steps = new ArrayList<>();
		sender.get("/api/v1/cases/" + caseId + "/timeline").json().forEach(s -> steps.add(s.get("step").asString()));
		assertThat(steps).containsSubsequence("REFERRAL_SENT", "REFERRAL_ACCEPTED", "REFERRAL_SENT_ONWARD", "REFERRAL_ACCEPTED");

		// The person's revocation on the first referral reaches the onward one too.
		assertThat(sender.post("/api/v1/referrals/" + firstId + "/revoke-consent",
				Map.of("version", first.get("version").asLong(), "sections", List.of("PERSON"))).status()).isEqualTo(200);
		assertThat(thirdParty.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
		assertThat(receiving.get("/api/v1/cases/" + caseId).body()).doesNotContain(NAME);
		assertThat(thirdParty.get("/api/v1/referrals/" + onwardId).json().get("consentRevoked").get(0).get("section").asString())
			.isEqualTo("PERSON");
	}

	@Test
	void onlyAnAcceptedReferralCanBeReferredOnward() {
		String id = sent(List.of("PERSON")).get("id").asString();
		Api.Response early = receiving.post("/api/v1/referrals/" + id + "/onward", referral(third, List.of("PERSON")));
		assertThat(early.status()).isEqualTo(409);
		assertThat(thirdParty.post("/api/v1/referrals/" + id + "/onward", referral(third, List.of("PERSON"))).status())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_referral WHERE case_id = ?", Integer.class,
				UUID.fromString(caseId))).isEqualTo(1);
	}
}
