package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestMail;
import th.tipnet.support.WebVisitor;

/**
 * The public registration forms against abuse: registering someone else's address reveals nothing
 * of their registration (the owner gets the link by mail), an Idempotency-Key replays only for its
 * caller and body, absolute links come from the configured address whatever Host a client sends,
 * and a forged X-Forwarded-For from a client that is not a trusted proxy is ignored.
 */
@IntegrationTest
class PublicFormsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

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

	TestEvents events;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		Api organiser = new Api(port).withToken(accounts.token(accounts.createIn(division, null, "pf-organiser", Role.EVENT_ORGANISER)));
		events = new TestEvents(port, organiser, division);
	}

	@Test
	void registeringAgainWithARegisteredEmailShowsNothingOfItAndMailsThePrivateLinkInTheRequestsLanguage() throws Exception {
		UUID event = events.plan(5, 5, List.of(TestEvents.group("NGO", null, null)));
		String owner = TestEvents.email("owner");
		String token = events.register(event, owner, "NGO", "ONSITE", "th");
		TestEvents.awaitMail(owner, "ยืนยันการลงทะเบียน");

		// Someone else types the owner's address, over the API, in English.
		Map<String, Object> body = applicant("Mallory Prying", owner.toUpperCase(java.util.Locale.ROOT), "en");
		var api = new Api(port).speaking("en").post("/api/v1/events/" + event + "/registrations", body);
		assertThat(api.status()).isEqualTo(202);
		assertThat(api.json().get("status").asString()).isEqualTo("CHECK_EMAIL");
		assertThat(api.json().get("detail").asString()).contains("private link");
		assertThat(api.body()).doesNotContain("CONFIRMED", "registrationId", "manageToken", token, "ผู้ทดสอบ", "waitlistPosition");

		// And over the form: a page that says to check the mail, with nothing of the registration.
		var visitor = new WebVisitor(port).speaking("en");
		visitor.get("/events/" + slugOf(event) + "/register");
		var page = visitor.post("/events/" + slugOf(event) + "/register", form("Mallory Prying", owner, "en"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Check your e-mail").doesNotContain(token, "ผู้ทดสอบ", "Confirmed", "/events/registration/");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ?", Integer.class, event)).isEqualTo(1);

		// The owner gets their link twice (once per attempt), in the language of the request, and it works.
		List<MimeMessage> links = new ArrayList<>();
		for (int count = 3; links.size() < 2; count++) {
			links = TestMail.awaitCount(owner, count).stream().filter(PublicFormsIT::isLinkMail).toList();
			assertThat(count).as("link mails to the owner").isLessThan(10);
		}
		String html = TestMail.html(links.get(0));
		assertThat(html).contains("Someone registered for this event again")
			.contains(IntegrationTest.PUBLIC_URL + "/events/registration/" + token);
		var opened = new WebVisitor(port).get("/events/registration/" + token);
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains("ผู้ทดสอบ owner");
		UUID id = UUID.fromString(jdbc.queryForObject("SELECT CAST(id AS VARCHAR(36)) FROM registration WHERE event_id = ?", String.class, event));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRIVATE_LINK_SENT_AGAIN' AND entity_id = ?",
				Integer.class, id.toString())).isEqualTo(2);
	}

	@Test
	void anIdempotencyKeyReplaysOnlyForItsCallerAndTheSameBody() throws Exception {
		UUID event = events.plan(5, 5, List.of(TestEvents.group("NGO", null, null)));
		String first = TestEvents.email("idem-first");
		String json = JSON.writeValueAsString(applicant("สมศรี คีย์เดิม", first, "th"));
		var created = new Api(port).sendJson(path(event), "POST", json, Map.of("Idempotency-Key", "same-key-1"));
		assertThat(created.status()).isEqualTo(201);
		var replay = new Api(port).sendJson(path(event), "POST", json, Map.of("Idempotency-Key", "same-key-1"));
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().get("registrationId").asString()).isEqualTo(created.json().get("registrationId").asString());

		// The same key with another body: refused, naming the header, nothing stored.
		var other = new Api(port).speaking("en").sendJson(path(event), "POST",
				JSON.writeValueAsString(applicant("Someone Else", TestEvents.email("idem-other"), "en")),
				Map.of("Idempotency-Key", "same-key-1"));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.problemFields()).containsExactly("Idempotency-Key");
		assertThat(other.json().get("detail").asString()).isNotBlank();

		// Another caller (a signed-in member) with the same key never gets the first person's registration.
		TestAccounts accounts = new TestAccounts(context);
		Api member = new Api(port).withToken(accounts.token(accounts.create("pf-member", Role.MEMBER)));
		var sameBodyOtherCaller = member.sendJson(path(event), "POST", json, Map.of("Idempotency-Key", "same-key-1"));
		assertThat(sameBodyOtherCaller.status()).isEqualTo(202);
		assertThat(sameBodyOtherCaller.body()).doesNotContain(created.json().get("registrationId").asString(), "สมศรี");
		String mine = TestEvents.email("idem-member");
		var ownBody = member.sendJson(path(event), "POST", JSON.writeValueAsString(applicant("Member Own", mine, "en")),
				Map.of("Idempotency-Key", "same-key-1"));
		assertThat(ownBody.status()).isEqualTo(201);
		assertThat(ownBody.json().get("registrationId").asString()).isNotEqualTo(created.json().get("registrationId").asString());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ?", Integer.class, event)).isEqualTo(2);
	}

	@Test
	void linksInTheMailAndTheCalendarFileStartWithTheConfiguredAddressWhateverTheHostHeaderSays() throws Exception {
		UUID event = events.plan(5, 5, List.of(TestEvents.group("NGO", null, null)));
		String email = TestEvents.email("forged-host");
		MvcResult registered = mvc.perform(post(path(event)).header("Host", "evil.example")
			.header("X-Forwarded-Host", "evil.example")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(applicant("ผู้ทดสอบ โฮสต์ปลอม", email, "th")))).andReturn();
		assertThat(registered.getResponse().getStatus()).as(registered.getResponse().getContentAsString()).isEqualTo(201);

		MimeMessage mail = TestEvents.awaitMail(email, "ยืนยันการลงทะเบียน");
		List<String> links = new ArrayList<>();
		Matcher href = HREF.matcher(TestMail.html(mail));
		while (href.find()) {
			links.add(href.group(1));
		}
		assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith(IntegrationTest.PUBLIC_URL + "/"));
		String attached = calendarPart(mail);
		assertThat(attached).contains("URL:" + IntegrationTest.PUBLIC_URL + "/events/").doesNotContain("evil.example");

		MvcResult ics = mvc.perform(get("/events/" + slugOf(event) + "/calendar.ics").header("Host", "evil.example")).andReturn();
		String calendar = ics.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(calendar).contains("URL:" + IntegrationTest.PUBLIC_URL + "/events/" + slugOf(event)).doesNotContain("evil.example");
	}

	@Test
	void aForgedForwardedForFromAClientThatIsNoTrustedProxyIsIgnored() throws Exception {
		UUID event = events.plan(5, 5, List.of(TestEvents.group("NGO", null, null)));
		var r = new Api(port).sendJson(path(event), "POST",
				JSON.writeValueAsString(applicant("ผู้ทดสอบ ที่อยู่ปลอม", TestEvents.email("xff"), "th")),
				Map.of("X-Forwarded-For", "203.0.113.77"));
		assertThat(r.status()).isEqualTo(201);
		String address = jdbc.queryForObject("SELECT client_address FROM audit_entry WHERE action = 'REGISTERED' AND entity_id = ?",
				String.class, r.json().get("registrationId").asString());
		assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}

	private static boolean isLinkMail(MimeMessage m) {
		try {
			return m.getSubject() != null && m.getSubject().startsWith("Your private link");
		}
		catch (jakarta.mail.MessagingException e) {
			return false;
		}
	}

	private static String calendarPart(Part part) throws Exception {
		if (part.isMimeType("text/calendar")) {
			return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		if (part.getContent() instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = calendarPart(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private String slugOf(UUID event) {
		return jdbc.queryForObject("SELECT slug FROM event WHERE id = ?", String.class, event);
	}

	private static String path(UUID event) {
		return "/api/v1/events/" + event + "/registrations";
	}

	static Map<String, Object> applicant(String name, String email, String language) {
		Map<String, Object> a = new HashMap<>();
		a.put("fullName", name);
		a.put("groupCode", "NGO");
		a.put("mode", "ONSITE");
		a.put("email", email);
		a.put("language", language);
		a.put("consentPrivacy", true);
		return a;
	}

	static Map<String, String> form(String name, String email, String language) {
		Map<String, String> f = new HashMap<>();
		f.put("fullName", name);
		f.put("groupCode", "NGO");
		f.put("mode", "ONSITE");
		f.put("email", email);
		f.put("language", language);
		f.put("consentPrivacy", "true");
		return f;
	}
}
