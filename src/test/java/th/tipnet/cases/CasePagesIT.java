package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * The person's page, the attachments page and the onward referral page (H2 and PostgreSQL): what the
 * API allows and refuses, with the message beside the field in Thai, the form kept and nothing
 * changed; CSRF on every form; "not found" for every organisation the API would not answer.
 */
@IntegrationTest
class CasePagesIT {

	static final Locale THAI = Locale.forLanguageTag("th");

	static final String NAME = "นาย หน้าบุคคล";

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

	UUID lead;

	UUID receiverOrg;

	UUID thirdOrg;

	UUID onwardOrg;

	TestAccounts.Account worker;

	TestAccounts.Account receiver;

	TestAccounts.Account outsider;

	String caseId;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		lead = org("stella-maris");
		receiverOrg = org("mirror-foundation");
		thirdOrg = org("hug-project");
		onwardOrg = org("oag-htlo");
		worker = accounts.createIn(lead, null, "pp-worker", Role.CASE_WORKER);
		receiver = accounts.createIn(receiverOrg, null, "pp-receiver", Role.CASE_WORKER);
		outsider = accounts.createIn(thirdOrg, null, "pp-outsider", Role.CASE_WORKER, Role.CASE_SUPERVISOR);
		caseId = api(worker).post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(1)), "TH-20", NAME))
			.json().get("id").asString();
	}

	// --- the person's page ---

	@Test
	void theLeadOrganisationEditsTheNamesAndDocumentsOnThePersonPage() throws Exception {
		String page = body(page(get("/cases/" + caseId + "/person"), worker));
		assertThat(page).contains(NAME).contains(thai("cases.script.THAI")).contains("/cases/" + caseId + "/person/edit");
		String form = body(page(get("/cases/" + caseId + "/person/edit"), worker));
		assertThat(form).contains("names[0].name").contains("documents[0].number").contains("contacts[0].value");

		MvcResult saved = page(person("0").param("names[1].name", "မောင်မောင်").param("names[1].kind", "LEGAL")
			.param("documents[0].kind", "PASSPORT").param("documents[0].number", "MB123456")
			.param("documents[0].issuingCountry", "MM").param("contacts[0].kind", "PHONE").param("contacts[0].value", "+66 81 234 5678")
			.param("languages", "my").param("otherLanguage", "kar").param("sex", "MALE").param("specialNeeds", "ต้องการล่ามภาษาพม่า"),
				worker);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + caseId + "/person");
		String shown = body(page(get("/cases/" + caseId + "/person"), worker));
		assertThat(shown).contains("မောင်မောင်").contains(thai("cases.script.MYANMAR")).contains("MB123456")
			.contains(thai("cases.documentKind.PASSPORT")).contains("+66 81 234 5678").contains(thai("cases.sex.MALE"));
		var person = api(worker).get("/api/v1/cases/" + caseId + "/persons").json().get(0);
		assertThat(person.get("languages").toString()).contains("my").contains("kar");
		assertThat(person.get("version").asLong()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'PERSON_DESCRIBED'",
				Integer.class, caseId)).isEqualTo(1);
	}

	@Test
	void aRefusedPersonFormNamesTheRowInThaiKeepsWhatWasTypedAndChangesNothing() throws Exception {
		// The first contact row left empty: the message belongs beside the second, where the bad e-mail was typed.
		MvcResult refused = page(person("0").param("contacts[0].kind", "PHONE").param("contacts[0].value", "")
			.param("contacts[1].kind", "EMAIL").param("contacts[1].value", "ไม่ใช่อีเมล")
			.param("documents[0].kind", "NOT_A_KIND").param("documents[0].number", "X1"), worker);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String html = body(refused);
		assertThat(html).contains(HtmlUtils.htmlEscape(thai("cases.error.documentKind")))
			.contains("ไม่ใช่อีเมล").contains("X1")
			.containsPattern("id=\"contacts1\\.value\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"contacts1\\.value\"");
		assertThat(version()).isZero();

		MvcResult noGender = page(person("0").param("gender", ""), worker);
		assertThat(noGender.getResponse().getStatus()).isEqualTo(422);
		MvcResult stale = page(person("7"), worker);
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(version()).isZero();
		assertThat(described()).isZero();
		assertThat(page(person("0"), worker).getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void aChildsPageShowsTheChildProcedure() throws Exception {
		String banner = HtmlUtils.htmlEscape(thai("cases.person.childBanner"));
		assertThat(body(page(get("/cases/" + caseId + "/person"), worker))).doesNotContain(banner);
		int year = clock.instant().atZone(th.tipnet.common.Dates.BANGKOK).getYear() - 15;
		assertThat(page(person("0").param("birthYear", String.valueOf(year + 543)), worker).getResponse().getStatus()).isEqualTo(302);
		assertThat(body(page(get("/cases/" + caseId + "/person"), worker))).contains(banner);
		assertThat(jdbc.queryForObject("SELECT child_procedure FROM nrm_case WHERE id = ?", Boolean.class, UUID.fromString(caseId)))
			.isTrue();
	}

	@Test
	void aReceiverReadsThePersonOnlyOnceItAcceptedAReferralSharingItAndNeverEdits() throws Exception {
		String referral = refer(receiverOrg, List.of("PERSON"));
		assertThat(page(get("/cases/" + caseId + "/person"), receiver).getResponse().getStatus()).isEqualTo(404);
		api(receiver).post("/api/v1/referrals/" + referral + "/accept", Map.of("version", 0));
		String shared = body(page(get("/cases/" + caseId + "/person"), receiver));
		assertThat(shared).contains(NAME).doesNotContain("/person/edit");
		assertThat(page(get("/cases/" + caseId + "/person/edit"), receiver).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(person("0"), receiver).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(get("/cases/" + caseId + "/person"), outsider).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(get("/cases/" + caseId + "/person/edit"), outsider).getResponse().getStatus()).isEqualTo(404);

		// A referral that shares only the first contact opens no person.
		TestAccounts.Account third = accounts.createIn(onwardOrg, null, "pp-third", Role.CASE_WORKER);
		String intakeOnly = refer(onwardOrg, List.of("INTAKE"));
		api(third).post("/api/v1/referrals/" + intakeOnly + "/accept", Map.of("version", 0));
		assertThat(page(get("/cases/" + caseId + "/person"), third).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(get("/cases/" + caseId + "/attachments"), third).getResponse().getStatus()).isEqualTo(404);
		assertThat(described()).isZero();
	}

	@Test
	void everyNewFormNeedsItsCsrfToken() throws Exception {
		String referral = refer(receiverOrg, List.of("PERSON"));
		for (var post : List.of(
				MockMvcRequestBuilders.post("/cases/" + caseId + "/person").param("version", "0").param("gender", "Masculine"),
				MockMvcRequestBuilders.multipart("/cases/" + caseId + "/attachments")
					.file(new MockMultipartFile("file", "a.pdf", "application/pdf", AttachmentsIT.PDF)))) {
			assertThat(mvc.perform(post.with(authentication(accounts.authentication(worker)))).andReturn().getResponse().getStatus())
				.isEqualTo(403);
		}
		for (String path : List.of("/referrals/" + referral + "/onward", "/referrals/" + referral + "/case-worker")) {
			assertThat(mvc.perform(MockMvcRequestBuilders.post(path).param("version", "0")
				.with(authentication(accounts.authentication(receiver)))).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
		}
		assertThat(described()).isZero();
		assertThat(files()).isZero();
	}

	// --- attachments ---

	@Test
	void theLeadAttachesAndDownloadsAFileOnThePageAndTheWrongTypeOrSizeIsRefusedBesideTheField() throws Exception {
		MvcResult attached = page(upload("ใบรับรองแพทย์.pdf", AttachmentsIT.PDF).with(csrf()), worker);
		assertThat(attached.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + caseId + "/attachments");
		String list = body(page(get("/cases/" + caseId + "/attachments"), worker));
		assertThat(list).contains("ใบรับรองแพทย์.pdf").contains("data-testid=\"attach-form\"");
		String attachmentId = jdbc.queryForObject("SELECT id FROM nrm_case_attachment WHERE case_id = ?", String.class,
				UUID.fromString(caseId));
		MvcResult download = page(get("/cases/" + caseId + "/attachments/" + attachmentId), worker);
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(AttachmentsIT.PDF);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'ATTACHMENT_DOWNLOADED'",
				Integer.class, caseId)).isEqualTo(1);

		MvcResult text = page(upload("note.pdf", "just text, not a PDF".getBytes(StandardCharsets.UTF_8)).with(csrf()), worker);
		assertThat(text.getResponse().getStatus()).isEqualTo(415);
		assertThat(body(text)).contains(HtmlUtils.htmlEscape(thai("cases.error.attachmentType"))).contains("aria-invalid=\"true\"");
		byte[] large = Arrays.copyOf(AttachmentsIT.PDF, CaseAttachments.MAX_BYTES + 1);
		MvcResult tooLarge = page(upload("big.pdf", large).with(csrf()), worker);
		assertThat(tooLarge.getResponse().getStatus()).isEqualTo(413);
		assertThat(body(tooLarge)).contains("20 MB");
		MvcResult none = page(MockMvcRequestBuilders.multipart("/cases/" + caseId + "/attachments").with(csrf()).accept("text/html"),
				worker);
		assertThat(none.getResponse().getStatus()).isEqualTo(422);
		assertThat(files()).isEqualTo(1);
	}

	@Test
	void aReceiverSharingThePersonListsAndDownloadsButNeverAttachesAndOthersFindNothing() throws Exception {
		page(upload("scan.png", AttachmentsIT.image("png")).with(csrf()), worker);
		String referral = refer(receiverOrg, List.of("PERSON"));
		assertThat(page(get("/cases/" + caseId + "/attachments"), receiver).getResponse().getStatus()).isEqualTo(404);
		api(receiver).post("/api/v1/referrals/" + referral + "/accept", Map.of("version", 0));
		String list = body(page(get("/cases/" + caseId + "/attachments"), receiver));
		assertThat(list).contains("scan.png").doesNotContain("data-testid=\"attach-form\"");
		String attachmentId = jdbc.queryForObject("SELECT id FROM nrm_case_attachment WHERE case_id = ?", String.class,
				UUID.fromString(caseId));
		assertThat(page(get("/cases/" + caseId + "/attachments/" + attachmentId), receiver).getResponse().getStatus()).isEqualTo(200);
		assertThat(page(upload("more.pdf", AttachmentsIT.PDF).with(csrf()), receiver).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(get("/cases/" + caseId + "/attachments"), outsider).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(get("/cases/" + caseId + "/attachments/" + attachmentId), outsider).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(upload("more.pdf", AttachmentsIT.PDF).with(csrf()), outsider).getResponse().getStatus()).isEqualTo(404);
		assertThat(files()).isEqualTo(1);
	}

	// --- onward referral ---

	@Test
	void anAcceptingReceiverRefersOnwardOnTheReferFormSharingAtMostWhatItWasGiven() throws Exception {
		String referral = refer(receiverOrg, List.of("PERSON"));
		String offered = offeredBy(onwardOrg);
		assertThat(page(get("/referrals/" + referral + "/onward?purpose=" + offered), receiver).getResponse().getStatus())
			.isEqualTo(409);
		api(receiver).post("/api/v1/referrals/" + referral + "/accept", Map.of("version", 0));
		String form = body(page(get("/referrals/" + referral + "/onward?province=TH-20&purpose=" + offered), receiver));
		assertThat(form).contains(onwardOrg.toString()).doesNotContain("value=\"" + receiverOrg + "\"")
			.doesNotContain("value=\"" + lead + "\"").contains("value=\"PERSON\"").doesNotContain("value=\"INTAKE\"")
			.contains("action=\"/referrals/" + referral + "/onward\"");

		MvcResult refused = page(onward(referral, offered, "REFUSED"), receiver);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(refused)).contains(thai("cases.error.referralConsent")).contains("คุณสมหญิง");
		assertThat(onwardReferrals()).isZero();

		MvcResult sent = page(onward(referral, offered, "GIVEN"), receiver);
		assertThat(sent.getResponse().getRedirectedUrl()).as(body(sent)).isEqualTo("/referrals/" + referral);
		assertThat(onwardReferrals()).isEqualTo(1);
		assertThat(page(get("/referrals/" + referral + "/onward"), outsider).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(onward(referral, offered, "GIVEN"), worker).getResponse().getStatus()).isEqualTo(404);
	}

	private MockHttpServletRequestBuilder onward(String referral, String purpose, String consent) {
		return MockMvcRequestBuilders.post("/referrals/" + referral + "/onward")
			.param("province", "TH-20")
			.param("purpose", purpose)
			.param("receiver", onwardOrg.toString())
			.param("urgency", "NORMAL")
			.param("sections", "PERSON")
			.param("consent", consent)
			.param("consentBy", "คุณสมหญิง")
			.param("requestKey", UUID.randomUUID().toString())
			.with(csrf());
	}

	// --- helpers ---

	private MockHttpServletRequestBuilder person(String version) {
		return MockMvcRequestBuilders.post("/cases/" + caseId + "/person")
			.param("version", version)
			.param("names[0].name", NAME)
			.param("names[0].kind", "AS_TOLD")
			.param("gender", "Masculine")
			.param("nationalities", "MM")
			.with(csrf());
	}

	private MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
		return MockMvcRequestBuilders.multipart("/cases/" + caseId + "/attachments")
			.part(new MockPart("file", name, content))
			.accept("text/html");
	}

	String refer(UUID to, List<String> sections) {
		Api.Response r = api(worker).post("/api/v1/cases/" + caseId + "/referrals", Map.of("receiverOrganisationId", to.toString(),
				"purpose", offeredBy(to), "urgency", "NORMAL", "sections", sections, "consent", "GIVEN", "consentBy", "คุณสมศรี"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	String offeredBy(UUID organisation) {
		return jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? ORDER BY service_code",
				String.class, organisation).get(0);
	}

	private Api api(TestAccounts.Account who) {
		return new Api(port).withToken(accounts.token(who));
	}

	private UUID org(String key) {
		return directory.organisationByReferenceKey(key).orElseThrow().id();
	}

	private static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(path).accept("text/html");
	}

	private MvcResult page(AbstractMockHttpServletRequestBuilder<?> request, TestAccounts.Account who) throws Exception {
		return mvc.perform(request.with(authentication(accounts.authentication(who))).locale(THAI)).andReturn();
	}

	private static String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String thai(String key) {
		return messages.getMessage(key, null, THAI);
	}

	private long version() {
		return jdbc.queryForObject("SELECT version FROM nrm_case WHERE id = ?", Long.class, UUID.fromString(caseId));
	}

	private int described() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'PERSON_DESCRIBED'",
				Integer.class, caseId);
	}

	private int files() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case_attachment WHERE case_id = ?", Integer.class, UUID.fromString(caseId));
	}

	private int onwardReferrals() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM nrm_referral WHERE case_id = ? AND parent_referral_id IS NOT NULL",
				Integer.class, UUID.fromString(caseId));
	}
}
