package th.tipnet.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.tipnet.audit.AuditTrail;
import th.tipnet.common.SecretBox;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.IntegrationTest;

/**
 * The outbox that keeps mail when no SMTP server is configured (the test context has one, so the
 * sender is made here as the application makes it then): messages sealed at rest, the newest kept,
 * read by system administrators only, shown in a sandboxed frame with its own CSP, each reading audited.
 */
@IntegrationTest
class OutboxIT {

	private static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@Autowired
	ApplicationContext context;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	Authentication admin;

	Authentication member;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		admin = accounts.authentication(accounts.create("outbox-admin", Role.SYSTEM_ADMIN));
		member = accounts.authentication(accounts.create("outbox-member", Role.MEMBER));
	}

	@Test
	void mailIsKeptSealedAndAdministratorsReadItInASandboxedFrameEachReadingAudited() throws Exception {
		String to = "kept-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		OutboxMailSender sender = new OutboxMailSender(outbox);
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom("TIPNet <no-reply@tipnet.local>");
		helper.setTo(to);
		helper.setSubject("ลิงก์ส่วนตัวของคุณ: งานทดสอบ");
		helper.setText("<p>สวัสดี <a href=\"http://localhost:8080/events/registration/secret-token-1\">ลิงก์</a></p>"
				+ "<img src=\"cid:ticket\" alt=\"QR\"><script>parent.document.title='owned'</script>", true);
		helper.addInline("ticket", new ByteArrayResource(PNG), "image/png");
		helper.addAttachment("event.ics", new ByteArrayResource("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)), "text/calendar");
		sender.send(message);

		// Nothing readable in a copy of the database.
		long id = jdbc.queryForObject("SELECT MAX(id) FROM outbox_mail", Long.class);
		Map<String, Object> row = jdbc.queryForMap("SELECT recipients, subject, message FROM outbox_mail WHERE id = ?", id);
		assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(to).doesNotContain("ลิงก์")
			.doesNotContain("secret-token-1"));

		MvcResult list = mvc.perform(get("/admin/outbox").with(authentication(admin)).header("Accept-Language", "en")).andReturn();
		assertThat(list.getResponse().getStatus()).isEqualTo(200);
		assertThat(list.getResponse().getHeader("X-Frame-Options")).as("every other page stays unframeable").isEqualTo("DENY");
		assertThat(list.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(to, "ลิงก์ส่วนตัวของคุณ: งานทดสอบ",
				"/admin/outbox/" + id);

		MvcResult page = mvc.perform(get("/admin/outbox/" + id).with(authentication(admin))).andReturn();
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(html).contains("sandbox=\"\"").contains("src=\"/admin/outbox/" + id + "/body\"").contains("event.ics")
			.doesNotContain("<script>parent");

		MvcResult body = mvc.perform(get("/admin/outbox/" + id + "/body").with(authentication(admin))).andReturn();
		assertThat(body.getResponse().getStatus()).isEqualTo(200);
		assertThat(body.getResponse().getHeader("Content-Security-Policy")).contains("sandbox").contains("default-src 'none'")
			.contains("img-src data:").contains("frame-ancestors 'self'").doesNotContain("script-src");
		assertThat(body.getResponse().getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
		assertThat(body.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
		assertThat(body.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("data:image/png;base64,")
			.doesNotContain("cid:ticket").contains("secret-token-1");

		// Only system administrators, whatever the path.
		for (String path : List.of("/admin/outbox", "/admin/outbox/" + id, "/admin/outbox/" + id + "/body")) {
			assertThat(mvc.perform(get(path).with(authentication(member))).andReturn().getResponse().getStatus()).isEqualTo(403);
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isIn(302, 401, 403);
		}
		String adminName = admin.getName();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'OUTBOX_LISTED' AND actor_name = ?",
				Integer.class, adminName)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'OUTBOX_MAIL_READ' AND actor_name = ?"
				+ " AND entity_id = ?", Integer.class, adminName, String.valueOf(id))).isEqualTo(2);
		assertThat(mvc.perform(get("/admin/outbox/" + (id + 100_000)).with(authentication(admin))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void onlyTheNewestMessagesAreKept() throws Exception {
		Outbox small = new Outbox(jdbc, context.getBean(SecretBox.class), Clock.systemUTC(), context.getBean(AuditTrail.class), 3);
		OutboxMailSender sender = new OutboxMailSender(small);
		for (int i = 1; i <= 5; i++) {
			MimeMessage m = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(m, false, StandardCharsets.UTF_8.name());
			helper.setFrom("no-reply@tipnet.local");
			helper.setTo("bounded@example.org");
			helper.setSubject("Bounded " + i);
			helper.setText("Message " + i);
			sender.send(m);
		}
		small.prune();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_mail", Integer.class)).isEqualTo(3);
		var subjects = mvc.perform(get("/admin/outbox").with(authentication(admin))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(subjects).contains("Bounded 3", "Bounded 4", "Bounded 5").doesNotContain("Bounded 1<", "Bounded 2<");
		long newest = jdbc.queryForObject("SELECT MAX(id) FROM outbox_mail", Long.class);
		String text = mvc.perform(get("/admin/outbox/" + newest).with(authentication(admin))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).contains("<pre class=\"mail-text\">Message 5</pre>").doesNotContain("<iframe");
	}
}
