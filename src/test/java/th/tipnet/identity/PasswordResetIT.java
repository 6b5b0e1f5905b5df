package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.TestMail;
import th.tipnet.support.WebVisitor;

/** "Forgot password?" end to end: the request, the mail (GreenMail), the link used once, the limits. */
@IntegrationTest
class PasswordResetIT {

	private static final Pattern LINK = Pattern.compile("href=\"([^\"]*/password-reset#t=([A-Za-z0-9_-]+))\"");

	private static final Pattern CODE = Pattern.compile("data-testid=\"reset-code\"[^>]*>([A-Za-z0-9_-]+)<");

	private static final String NEW_PASSWORD = "a fresh passphrase for the test";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aMailedLinkSetsANewPasswordOnceAndEndsEverySessionAndToken() throws Exception {
		var member = accounts.create("forgetful", Role.MEMBER);
		WebVisitor oldSession = new WebVisitor(port);
		oldSession.signIn(member.username(), member.password());
		String oldToken = accounts.token(member);

		WebVisitor visitor = new WebVisitor(port);
		assertThat(visitor.get("/login").body()).contains("href=\"/forgot-password\"").contains("ลืมรหัสผ่าน?");
		var answer = ask(visitor, member.username());
		assertThat(answer.body()).contains("หากมีบัญชีที่ใช้ชื่อผู้ใช้หรืออีเมลนี้").contains("ภายใน 30 นาที");

		String token = tokenFromMail(email(member), "ตั้งรหัสผ่าน TIPNet ใหม่");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_reset WHERE user_id = ? AND token_hash = ?",
				Integer.class, member.id(), RecoveryCodes.hash(token))).isEqualTo(1);

		var done = reset(visitor, token, NEW_PASSWORD);
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/login?passwordReset");
		assertThat(visitor.followRedirects(done).body()).contains("ตั้งรหัสผ่านใหม่แล้ว");

		assertThat(oldSession.get("/account").statusCode()).as("the old session ended").isEqualTo(302);
		assertThat(new Api(port).withToken(oldToken).get("/api/v1/provinces").status()).isEqualTo(401);
		assertThat(new WebVisitor(port).signIn(member.username(), member.password()).uri().getPath()).isEqualTo("/login");
		assertThat(new WebVisitor(port).signIn(member.username(), NEW_PASSWORD).uri().getPath()).isEqualTo("/");

		var again = reset(new WebVisitor(port), token, "yet another passphrase here");
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.body()).contains("รหัสนี้ใช้ไม่ได้").contains("href=\"/forgot-password\"");
		assertThat(new WebVisitor(port).signIn(member.username(), NEW_PASSWORD).uri().getPath()).isEqualTo("/");

		assertThat(actions(member)).contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET_COMPLETED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE ?", Integer.class,
				"%" + token + "%")).as("the token is never audited").isZero();
	}

	@Test
	void aLinkUsedAfterItsHalfHourIsRefusedAndChangesNothing() throws Exception {
		var member = accounts.create("too-late", Role.MEMBER);
		WebVisitor visitor = new WebVisitor(port).speaking("en");
		ask(visitor, email(member));
		String token = tokenFromMail(email(member), "Reset your TIPNet password");
		clock.advance(Duration.ofMinutes(31));
		var late = reset(visitor, token, NEW_PASSWORD);
		assertThat(late.statusCode()).isEqualTo(422);
		assertThat(late.body()).contains("This code is not valid");
		assertThat(new WebVisitor(port).signIn(member.username(), member.password()).uri().getPath()).isEqualTo("/");
	}

	@Test
	void anUnknownAccountGetsTheSameAnswerAndNoMail() throws Exception {
		String nobody = "nobody-" + System.nanoTime() + "@example.org";
		var member = accounts.create("known", Role.MEMBER);
		WebVisitor visitor = new WebVisitor(port).speaking("en");
		var forNobody = ask(visitor, nobody);
		var forMember = ask(visitor, member.username().toUpperCase(java.util.Locale.ROOT));
		assertThat(forNobody.statusCode()).isEqualTo(forMember.statusCode()).isEqualTo(200);
		assertThat(withoutCsrf(forNobody.body())).isEqualTo(withoutCsrf(forMember.body()))
			.contains("If an account with this user name or address exists");
		tokenFromMail(email(member), "Reset your TIPNet password");
		assertThat(TestMail.received(nobody)).isEmpty();
	}

	@Test
	void aWeakPasswordIsRefusedAndTheLinkStillWorks() throws Exception {
		var member = accounts.create("weak-choice", Role.MEMBER);
		WebVisitor visitor = new WebVisitor(port).speaking("en");
		ask(visitor, member.username());
		String token = tokenFromMail(email(member), "Reset your TIPNet password");
		var weak = reset(visitor, token, "short");
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(weak.body()).contains("Passwords have 12 to 128 characters");
		var mismatch = visitor.post("/password-reset",
				Map.of("token", token, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD + "!"));
		assertThat(mismatch.body()).contains("The two new passwords differ");
		assertThat(reset(visitor, token, NEW_PASSWORD).statusCode()).isEqualTo(302);
		var empty = visitor.post("/forgot-password", Map.of("account", ""));
		assertThat(empty.statusCode()).isEqualTo(400);
	}

	@Test
	void anAccountIsSentOnlyAFewLinksInARow() throws Exception {
		var member = accounts.create("flooded", Role.MEMBER);
		WebVisitor visitor = new WebVisitor(port).speaking("en");
		for (int i = 0; i < 4; i++) {
			var answer = ask(visitor, member.username());
			assertThat(answer.body()).contains("If an account with this user name or address exists");
		}
		assertThat(TestMail.awaitCount(email(member), 3)).hasSize(3);
		assertThat(actions(member)).containsOnlyOnce("PASSWORD_RESET_HELD_BACK");
		clock.advance(Duration.ofMinutes(1));
		ask(visitor, member.username());
		assertThat(TestMail.awaitCount(email(member), 4)).hasSize(4);
	}

	@Test
	void aMemberSetsTheirOwnAddressWithTheirPasswordAndTheLinkGoesThere() throws Exception {
		var member = accounts.create("moving-mail", Role.MEMBER);
		String newAddress = "new-" + member.username() + "@example.net";
		WebVisitor session = new WebVisitor(port).speaking("en");
		session.signIn(member.username(), member.password());
		session.get("/account");
		var wrong = session.post("/account/email", Map.of("email", newAddress, "currentPassword", "not my password"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("The current password is wrong");
		var bad = session.post("/account/email", Map.of("email", "not an address", "currentPassword", member.password()));
		assertThat(bad.statusCode()).isEqualTo(400);
		var saved = session.post("/account/email", Map.of("email", newAddress, "currentPassword", member.password()));
		assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/account?emailChanged");
		assertThat(session.get("/account?emailChanged").body()).contains("Your e-mail address has been saved")
			.contains(newAddress);
		assertThat(actions(member)).contains("EMAIL_CHANGED");

		ask(new WebVisitor(port).speaking("en"), newAddress.toUpperCase(java.util.Locale.ROOT));
		tokenFromMail(newAddress, "Reset your TIPNet password");
		assertThat(TestMail.received(email(member))).isEmpty();
	}

	private HttpResponse<String> ask(WebVisitor visitor, String account) {
		visitor.get("/forgot-password");
		var posted = visitor.post("/forgot-password", Map.of("account", account));
		assertThat(posted.headers().firstValue("Location").orElse("")).endsWith("/forgot-password?sent");
		return visitor.followRedirects(posted);
	}

	private HttpResponse<String> reset(WebVisitor visitor, String token, String password) {
		visitor.get("/password-reset");
		return visitor.post("/password-reset", Map.of("token", token, "newPassword", password, "confirmPassword", password));
	}

	/** Waits for the mail and returns its token, checking the link and the code to paste carry the same. */
	private static String tokenFromMail(String address, String subject) throws Exception {
		String html = TestMail.html(TestMail.awaitSubject(address, subject));
		Matcher link = LINK.matcher(html);
		assertThat(link.find()).as(html).isTrue();
		Matcher code = CODE.matcher(html);
		assertThat(code.find()).as(html).isTrue();
		assertThat(code.group(1)).isEqualTo(link.group(2));
		return link.group(2);
	}

	/** The CSRF token is masked afresh on every page; all else must be the same. */
	private static String withoutCsrf(String page) {
		return page.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "");
	}

	private java.util.List<String> actions(TestAccounts.Account member) {
		return jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class,
				member.id().toString());
	}

	private static String email(TestAccounts.Account account) {
		return account.username() + "@example.org";
	}
}
