package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * The screening and referral pages (H2 and PostgreSQL): the same checks as the API with the message
 * beside the field and nothing stored, CSRF on every form, 404 for every organisation that may not
 * see the case or the referral, and every read in the audit log.
 */
@IntegrationTest
class ReferralPagesIT {

	static final Locale THAI = Locale.forLanguageTag("th");

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

	@Autowired
	MessageSource messages;

	TestAccounts accounts;

	UUID receiverOrg;

	TestAccounts.Account sender;

	TestAccounts.Account receiver;

	TestAccounts.Account outsider;

	String caseId;

	String caseNumber;

	String offered;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		UUID lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		receiverOrg = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		UUID other = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		sender = accounts.createIn(lead, null, "pages-sender", Role.CASE_WORKER);
		receiver = accounts.createIn(receiverOrg, null, "pages-receiver", Role.CASE_WORKER);
		outsider = accounts.createIn(other, null, "pages-outsider", Role.CASE_WORKER, Role.CASE_SUPERVISOR);
		var created = new Api(port).withToken(accounts.token(sender))
			.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(1)), "TH-20", "นาย หน้าจอ"));
		assertThat(created.status()).isEqualTo(201);
		caseId = created.json().get("id").asString();
		caseNumber = created.json().get("caseNumber").asString();
		offered = jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? ORDER BY service_code",
				String.class, receiverOrg).get(0);
	}

	@Test
	void theScreeningFormRefusesWhatTheApiRefusesBesideTheFieldAndStoresNothing() throws Exception {
		MvcResult form = page(get("/cases/" + caseId + "/screening"), sender);
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(form.getResponse().getContentAsString()).contains("members[0].answers[" + (Indicator.ALL.size() - 1) + "]");

		MvcResult refused = page(screening("NOT_A_VICTIM").param("route", ""), sender);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains(thai("cases.error.routeRequired"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_screening WHERE case_id = ?", Integer.class, UUID.fromString(caseId)))
			.isZero();

		MvcResult decided = page(screening("NOT_A_VICTIM").param("route", "LABOUR_PROTECTION"), sender);
		assertThat(decided.getResponse().getStatus()).isEqualTo(302);
		assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + caseId);
		assertThat(jdbc.queryForObject("SELECT status FROM nrm_case WHERE id = ?", String.class, UUID.fromString(caseId)))
			.isEqualTo("AWAITING_SIGN_OFF");
		assertThat(jdbc.queryForList("SELECT a.answer FROM nrm_screening_answer a JOIN nrm_screening s ON s.id = a.screening_id "
				+ "WHERE s.case_id = ? AND a.indicator = 'ACT:Recruitment' ORDER BY a.member", String.class, UUID.fromString(caseId)))
			.containsExactly("YES", "NO");

		// Recorded once: the same form again is a conflict shown on the form, not a second decision.
		MvcResult again = page(screening("NOT_A_VICTIM").param("route", "LABOUR_PROTECTION"), sender);
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void everyFormNeedsItsCsrfToken() throws Exception {
		String referral = referral();
		for (var post : List.of(
				MockMvcRequestBuilders.post("/cases/" + caseId + "/screening").param("version", "0"),
				MockMvcRequestBuilders.post("/cases/" + caseId + "/refer").param("receiver", receiverOrg.toString()),
				MockMvcRequestBuilders.post("/referrals/" + referral + "/withdraw").param("version", "0"))) {
			assertThat(mvc.perform(post.with(authentication(auth(sender)))).andReturn().getResponse().getStatus()).isEqualTo(403);
		}
		for (String verb : List.of("accept", "decline", "complete")) {
			assertThat(mvc.perform(MockMvcRequestBuilders.post("/referrals/" + referral + "/" + verb).param("version", "0")
				.param("reason", "NO_CAPACITY").with(authentication(auth(receiver)))).andReturn().getResponse().getStatus())
				.as(verb).isEqualTo(403);
		}
		assertThat(state(referral)).isEqualTo("IN_PROGRESS");
	}

	@Test
	void anotherOrganisationFindsNoPageOfTheCaseOrTheReferral() throws Exception {
		String referral = referral();
		List<String> failures = new ArrayList<>();
		Map<String, MockHttpServletRequestBuilder> tries = new LinkedHashMap<>();
		tries.put("screening form", get("/cases/" + caseId + "/screening"));
		tries.put("screening", screening("IDENTIFIED_VICTIM"));
		tries.put("refer form", get("/cases/" + caseId + "/refer?purpose=" + offered));
		tries.put("refer", refer("GIVEN", null));
		tries.put("referral page", get("/referrals/" + referral));
		for (String verb : List.of("accept", "decline", "complete", "withdraw")) {
			tries.put(verb, MockMvcRequestBuilders.post("/referrals/" + referral + "/" + verb).param("version", "0")
				.param("reason", "NO_CAPACITY").param("successful", "true").with(csrf()));
		}
		for (var t : tries.entrySet()) {
			MvcResult r = page(t.getValue(), outsider);
			if (r.getResponse().getStatus() != 404 || r.getResponse().getContentAsString().contains(caseNumber)) {
				failures.add(t.getKey() + " answered " + r.getResponse().getStatus());
			}
		}
		assertThat(failures).isEmpty();
		assertThat(state(referral)).isEqualTo("IN_PROGRESS");
		assertThat(page(get("/referrals/incoming"), outsider).getResponse().getContentAsString()).doesNotContain(referral);
		// The receiver may not refer, screen or withdraw the case it was sent; the sender has no receiver's page.
		assertThat(page(get("/cases/" + caseId + "/refer"), receiver).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(screening("IDENTIFIED_VICTIM"), receiver).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(MockMvcRequestBuilders.post("/referrals/" + referral + "/withdraw").param("version", "0").with(csrf()), receiver)
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(page(get("/referrals/" + referral), sender).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theReceiverDecidesOnADecisionViewWithoutNamesAndReadsTheSharedSectionsOnlyAfterAccepting() throws Exception {
		String referral = referral();
		long listed = audited("REFERRALS_INCOMING_LISTED", null);
		MvcResult incoming = page(get("/referrals/incoming"), receiver);
		assertThat(incoming.getResponse().getContentAsString()).contains("/referrals/" + referral);
		assertThat(audited("REFERRALS_INCOMING_LISTED", null)).isEqualTo(listed + 1);

		String decision = page(get("/referrals/" + referral), receiver).getResponse().getContentAsString();
		assertThat(decision).doesNotContain("นาย หน้าจอ").doesNotContain("พบบนเรือประมง").doesNotContain(caseNumber);
		assertThat(audited("REFERRAL_READ", referral)).isEqualTo(1);

		MvcResult accepted = page(MockMvcRequestBuilders.post("/referrals/" + referral + "/accept").param("version", "0").with(csrf()),
				receiver);
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/referrals/" + referral);
		String shared = page(get("/referrals/" + referral), receiver).getResponse().getContentAsString();
		assertThat(shared).contains("นาย หน้าจอ").contains(caseNumber).doesNotContain("พบบนเรือประมง");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'CASE_READ' AND changes LIKE ?",
				Integer.class, caseId, "%referral-page-referral%")).isEqualTo(1);

		MvcResult noWhy = page(MockMvcRequestBuilders.post("/referrals/" + referral + "/complete").param("version", "1")
			.param("successful", "false").with(csrf()), receiver);
		assertThat(noWhy.getResponse().getStatus()).isEqualTo(422);
		assertThat(noWhy.getResponse().getContentAsString()).contains(thai("cases.error.completionNote"));
		assertThat(state(referral)).isEqualTo("ACCEPTED");
	}

	@Test
	void declineOnThePageNeedsAReasonAndANoteForOther() throws Exception {
		String referral = referral();
		MvcResult noNote = page(decline(referral, "OTHER", ""), receiver);
		assertThat(noNote.getResponse().getStatus()).isEqualTo(422);
		assertThat(noNote.getResponse().getContentAsString()).contains(thai("cases.error.declineNote").replace("\"", "&quot;"));
		MvcResult noReason = page(decline(referral, "", "เต็ม"), receiver);
		assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(state(referral)).isEqualTo("IN_PROGRESS");

		MvcResult declined = page(decline(referral, "LANGUAGE", ""), receiver);
		assertThat(declined.getResponse().getRedirectedUrl()).isEqualTo("/referrals/incoming");
		assertThat(state(referral)).isEqualTo("DECLINED");
		String casePage = page(get("/cases/" + caseId), sender).getResponse().getContentAsString();
		assertThat(casePage).contains(thai("cases.referralState.DECLINED")).contains(thai("cases.declineReason.LANGUAGE"));
	}

	@Test
	void theReferFormNeedsConsentOrAWrittenReasonAndADoubleSubmitRefersOnce() throws Exception {
		MvcResult search = page(get("/cases/" + caseId + "/refer?purpose=" + offered + "&province=TH-20"), sender);
		assertThat(search.getResponse().getContentAsString()).contains(receiverOrg.toString());
		MvcResult unknownService = page(get("/cases/" + caseId + "/refer?purpose=NO_SUCH_SERVICE"), sender);
		assertThat(unknownService.getResponse().getStatus()).isEqualTo(422);

		MvcResult refused = page(refer("REFUSED", null), sender);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains(thai("cases.error.referralConsent"));
		assertThat(referrals()).isZero();

		String key = UUID.randomUUID().toString();
		assertThat(page(refer("GIVEN", key), sender).getResponse().getRedirectedUrl()).startsWith("/cases/" + caseId);
		assertThat(page(refer("GIVEN", key), sender).getResponse().getRedirectedUrl()).startsWith("/cases/" + caseId);
		assertThat(referrals()).isEqualTo(1);
	}

	private MockHttpServletRequestBuilder screening(String outcome) {
		return MockMvcRequestBuilders.post("/cases/" + caseId + "/screening")
			.param("version", "0")
			.param("members[0].name", "ร.ต.อ. สมชาย")
			.param("members[0].discipline", "POLICE")
			.param("members[0].answers[0]", "YES")
			.param("members[1].name", "Ms Ohn")
			.param("members[1].organisation", "Mirror")
			.param("members[1].discipline", "INTERPRETER")
			.param("members[1].answers[0]", "NO")
			.param("members[2].name", "")
			.param("outcome", outcome)
			.param("reasons", "ทำงานตามสัญญา ไม่มีการบังคับ")
			.with(csrf());
	}

	private MockHttpServletRequestBuilder refer(String consent, String key) {
		var post = MockMvcRequestBuilders.post("/cases/" + caseId + "/refer")
			.param("province", "TH-20")
			.param("purpose", offered)
			.param("receiver", receiverOrg.toString())
			.param("urgency", "NORMAL")
			.param("sections", "PERSON")
			.param("consent", consent)
			.param("consentBy", "คุณสมศรี")
			.param("consentAt", "")
			.with(csrf());
		return key == null ? post : post.param("requestKey", key);
	}

	private MockHttpServletRequestBuilder decline(String referral, String reason, String note) {
		return MockMvcRequestBuilders.post("/referrals/" + referral + "/decline")
			.param("version", "0")
			.param("reason", reason)
			.param("note", note)
			.with(csrf());
	}

	/** A referral of the case to the receiver, sharing the person, sent over the API. */
	private String referral() {
		var sent = new Api(port).withToken(accounts.token(sender)).post("/api/v1/cases/" + caseId + "/referrals",
				Map.of("receiverOrganisationId", receiverOrg.toString(), "purpose", offered, "urgency", "NORMAL", "sections",
						List.of("PERSON"), "consent", "GIVEN", "consentBy", "คุณสมศรี"));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		return sent.json().get("id").asString();
	}

	private static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(path).accept("text/html");
	}

	private MvcResult page(MockHttpServletRequestBuilder request, TestAccounts.Account who) throws Exception {
		return mvc.perform(request.with(authentication(auth(who))).locale(THAI)).andReturn();
	}

	private Authentication auth(TestAccounts.Account who) {
		return accounts.authentication(who);
	}

	private String thai(String key) {
		return messages.getMessage(key, null, THAI);
	}

	private String state(String referral) {
		return jdbc.queryForObject("SELECT state FROM nrm_referral WHERE id = ?", String.class, UUID.fromString(referral));
	}

	private int referrals() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM nrm_referral WHERE case_id = ?", Integer.class, UUID.fromString(caseId));
	}

	private long audited(String action, String entityId) {
		return entityId == null
				? jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ?", Long.class, action)
				: jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND entity_id = ?", Long.class, action,
						entityId);
	}
}
