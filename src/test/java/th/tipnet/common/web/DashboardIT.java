package th.tipnet.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;

/**
 * The header leads everyone to the directory and the events, and administrators to one
 * administration page; a signed-in person's home page says what needs them, counted for their own
 * organisation only (H2 and PostgreSQL).
 */
@IntegrationTest
class DashboardIT {

	private static final Locale THAI = Locale.forLanguageTag("th");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
	}

	@Test
	void theHeaderLeadsToTheDirectoryAndTheEventsAndAdministrationOnlyForAdministrators() throws Exception {
		String visitor = page("/", null, THAI);
		assertThat(visitor).contains("href=\"/directory\"", "href=\"/events\"").doesNotContain("href=\"/admin\"",
				"สิ่งที่รอคุณดำเนินการ");

		TestAccounts.Account member = accounts.create("dash-member", Role.MEMBER);
		String home = page("/", member, THAI);
		assertThat(home).contains("สิ่งที่รอคุณดำเนินการ", "ขณะนี้ไม่มีเรื่องที่รอคุณดำเนินการ").doesNotContain("href=\"/admin\"");
		assertThat(status("/admin", member)).isEqualTo(403);

		TestAccounts.Account admin = accounts.create("dash-admin", Role.SYSTEM_ADMIN);
		assertThat(page("/", admin, Locale.ENGLISH)).contains("href=\"/admin\"", "Administration");
		String administration = page("/admin", admin, Locale.ENGLISH);
		assertThat(administration).contains("href=\"/admin/users\"", "href=\"/admin/security\"", "href=\"/admin/outbox\"",
				"href=\"/admin/audit\"");
		// The administration features are on that page, not repeated among the home page's cards.
		assertThat(page("/", admin, Locale.ENGLISH)).doesNotContain("href=\"/admin/users\"");
	}

	@Test
	void caseStaffSeeTheReferralsTheirOrganisationMustAnswerAndTheCasesToScreen() throws Exception {
		UUID lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		UUID receiver = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		TestAccounts.Account sender = accounts.createIn(lead, null, "dash-sender", Role.CASE_SUPERVISOR);
		TestAccounts.Account answering = accounts.createIn(receiver, null, "dash-receiver", Role.CASE_WORKER);
		TestAccounts.Account elsewhere = accounts.createIn(directory.organisationByReferenceKey("hug-project").orElseThrow().id(),
				null, "dash-other", Role.CASE_WORKER);
		long incomingBefore = counted(page("/", answering, THAI), "การส่งต่อที่รอคำตอบจากหน่วยงานของคุณ");
		long screeningBefore = counted(page("/", sender, THAI), "รายกรณีที่รอคัดแยก");
		long elsewhereBefore = counted(page("/", elsewhere, THAI), "การส่งต่อที่รอคำตอบจากหน่วยงานของคุณ");

		Api api = new Api(port).withToken(accounts.token(sender));
		Api.Response opened = api.post("/api/v1/cases", intake());
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String caseId = opened.json().get("id").asString();
		String offered = jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? ORDER BY service_code",
				String.class, receiver).get(0);
		Map<String, Object> referral = new LinkedHashMap<>();
		referral.put("receiverOrganisationId", receiver.toString());
		referral.put("purpose", offered);
		referral.put("urgency", "NORMAL");
		referral.put("sections", List.of("PERSON"));
		referral.put("consent", "GIVEN");
		referral.put("consentBy", "คุณสมศรี (นักสังคมสงเคราะห์)");
		assertThat(api.post("/api/v1/cases/" + caseId + "/referrals", referral).status()).isEqualTo(201);

		String answeringHome = page("/", answering, THAI);
		assertThat(counted(answeringHome, "การส่งต่อที่รอคำตอบจากหน่วยงานของคุณ")).isEqualTo(incomingBefore + 1);
		assertThat(answeringHome).contains("href=\"/referrals/incoming\"")
			// Counts only: nothing of the case reaches a home page.
			.doesNotContain("นาย หน้าแรก", "ศรีราชา");
		assertThat(counted(page("/", sender, THAI), "รายกรณีที่รอคัดแยก")).isEqualTo(screeningBefore + 1);
		assertThat(counted(page("/", elsewhere, THAI), "การส่งต่อที่รอคำตอบจากหน่วยงานของคุณ")).isEqualTo(elsewhereBefore);
		assertThat(page("/", answering, Locale.ENGLISH)).contains("Referrals awaiting your organisation&#39;s answer (");
	}

	@Test
	void anOrganiserSeesRegistrationsAwaitingApprovalAndTheirUpcomingEvents() throws Exception {
		// An organisation no other test plans events for: its upcoming events are this test's alone.
		UUID owner = directory.organisationByReferenceKey("unicef-thailand").orElseThrow().id();
		TestAccounts.Account organiser = accounts.createIn(owner, null, "dash-organiser", Role.EVENT_ORGANISER);
		long before = counted(page("/", organiser, THAI), "คำขอเข้าร่วมที่รออนุมัติ");
		Api api = new Api(port).withToken(accounts.token(organiser));
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String slug = "dash-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> event = new HashMap<>();
		event.put("slug", slug);
		event.put("type", "FORUM");
		event.put("titleTh", "เวทีหารือทดสอบหน้าแรก");
		event.put("titleEn", "Home page test forum");
		event.put("startsAt", now.plus(Duration.ofDays(10)).toString());
		event.put("endsAt", now.plus(Duration.ofDays(10)).plus(Duration.ofHours(3)).toString());
		event.put("onsiteCapacity", 20);
		event.put("onlineCapacity", 0);
		event.put("registrationOpensAt", now.minus(Duration.ofHours(1)).toString());
		event.put("registrationClosesAt", now.plus(Duration.ofDays(5)).toString());
		event.put("ownerOrganisationId", owner.toString());
		event.put("organiserIds", Set.of());
		event.put("agenda", List.of(Map.of("startsAt", "09:00", "titleTh", "เปิดงาน", "titleEn", "Opening")));
		Map<String, Object> invited = new HashMap<>();
		invited.put("code", "GUEST");
		invited.put("nameTh", "ผู้ได้รับเชิญ");
		invited.put("nameEn", "Invited guests");
		invited.put("onsiteQuota", 20);
		invited.put("onlineQuota", null);
		invited.put("invitationOnly", true);
		event.put("groups", List.of(invited));
		Api.Response planned = api.post("/api/v1/events", event);
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		String eventId = planned.json().get("id").asString();
		Map<String, Object> applicant = new HashMap<>();
		applicant.put("fullName", "ผู้สมัคร ทดสอบ");
		applicant.put("organisationName", "มูลนิธิทดสอบ");
		applicant.put("groupCode", "GUEST");
		applicant.put("mode", "ONSITE");
		applicant.put("email", "dash-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		applicant.put("language", "th");
		applicant.put("consentPrivacy", true);
		Api.Response registered = new Api(port).post("/api/v1/events/" + eventId + "/registrations", applicant);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");

		String home = page("/", organiser, THAI);
		assertThat(counted(home, "คำขอเข้าร่วมที่รออนุมัติ")).isEqualTo(before + 1);
		assertThat(home).contains("งานที่คุณจัดซึ่งกำลังจะมาถึง", "เวทีหารือทดสอบหน้าแรก", "href=\"/events/" + slug + "/organise\"");
		assertThat(page("/", organiser, Locale.ENGLISH)).contains("Home page test forum");
	}

	private static Map<String, Object> intake() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("channel", "LABOUR_INSPECTION");
		body.put("firstContactAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).withNano(0).toString());
		body.put("provinceCode", "TH-20");
		body.put("district", "ศรีราชา");
		body.put("circumstances", "พบบนเรือประมง");
		body.put("exploitationTypes", List.of("ForcedLabour"));
		body.put("names", List.of(Map.of("name", "นาย หน้าแรก", "kind", "AS_TOLD")));
		body.put("gender", "Masculine");
		body.put("birthYear", 1995);
		body.put("nationalities", List.of("MM"));
		return body;
	}

	/** The count shown after {@code label} on a home page, 0 when the line is not there (nothing waiting). */
	private static long counted(String page, String label) {
		Matcher m = Pattern.compile(Pattern.quote(label) + " \\((\\d+) ").matcher(page);
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	private String page(String path, TestAccounts.Account who, Locale locale) throws Exception {
		var request = MockMvcRequestBuilders.get(path).locale(locale).header("Accept-Language", locale.toLanguageTag());
		if (who != null) {
			request = request.with(authentication(accounts.authentication(who)));
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private int status(String path, TestAccounts.Account who) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(accounts.authentication(who))))
			.andReturn()
			.getResponse()
			.getStatus();
	}
}
