package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/** Sign-in over real HTTP, as a browser does it: form, CSRF token, session cookie, redirects. */
@IntegrationTest
class SignInIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
	}

	@Test
	void theFirstAdministratorSignsInWithTheConfiguredPassword() {
		WebVisitor admin = new WebVisitor(port);
		var home = admin.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
		assertThat(home.statusCode()).isEqualTo(200);
		// The header leads to the administration page, which gathers the audit log and the users.
		assertThat(home.body()).contains("admin").contains("href=\"/admin\"");
		assertThat(admin.get("/admin").body()).contains("/admin/audit").contains("/admin/users");
	}

	@Test
	void aWrongPasswordSaysSoInThaiWithoutSayingWhetherTheAccountExists() {
		var member = accounts.create("signin", Role.MEMBER);
		WebVisitor visitor = new WebVisitor(port);
		var wrong = visitor.signIn(member.username(), "wrong-password-123");
		var unknown = new WebVisitor(port).signIn("no-such-user-anywhere", "wrong-password-123");
		assertThat(wrong.body()).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
		assertThat(unknown.body()).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
		assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND actor_name = ?",
				Integer.class, member.username())).isEqualTo(1);
	}

	@Test
	void repeatedFailuresLockTheNameEvenAgainstTheRightPasswordAndEvenForUnknownNames() {
		var member = accounts.create("locked", Role.MEMBER);
		for (int i = 0; i < 6; i++) {
			new WebVisitor(port).signIn(member.username(), "wrong-password-" + i);
			new WebVisitor(port).signIn("ghost-" + member.username(), "wrong-password-" + i);
		}
		var right = new WebVisitor(port).signIn(member.username(), member.password());
		assertThat(right.body()).contains("มีการลองเข้าสู่ระบบผิดหลายครั้ง");
		var ghost = new WebVisitor(port).signIn("ghost-" + member.username(), "whatever-password");
		assertThat(ghost.body()).contains("มีการลองเข้าสู่ระบบผิดหลายครั้ง");
	}

	@Test
	void aTemporaryPasswordMustBeReplacedBeforeAnythingElse() {
		var member = accounts.create("temp", Role.MEMBER);
		accounts.requirePasswordChange(member);
		WebVisitor visitor = new WebVisitor(port).speaking("en");
		var page = visitor.signIn(member.username(), member.password());
		assertThat(page.uri().getPath()).isEqualTo("/account/password/required");
		assertThat(visitor.get("/account").headers().firstValue("Location").orElse("")).endsWith("/account/password/required");

		var tooShort = visitor.post("/account/password/required",
				Map.of("currentPassword", member.password(), "newPassword", "short", "confirmPassword", "short"));
		assertThat(tooShort.statusCode()).isEqualTo(422);
		assertThat(tooShort.body()).contains("Passwords have 12 to 128 characters");

		var done = visitor.followRedirects(visitor.post("/account/password/required", Map.of("currentPassword",
				member.password(), "newPassword", "a much better passphrase", "confirmPassword", "a much better passphrase")));
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
		assertThat(new WebVisitor(port).signIn(member.username(), "a much better passphrase").uri().getPath()).isEqualTo("/");
	}

	@Test
	void anEnrolledUserNeedsTheCurrentCodeAndACodeWorksOnlyOnce() {
		var member = accounts.create("totp", Role.MEMBER);
		String secret = accounts.enrolTotp(member);
		WebVisitor visitor = new WebVisitor(port);
		var step = visitor.signIn(member.username(), member.password());
		assertThat(step.uri().getPath()).isEqualTo("/login/totp");
		assertThat(visitor.get("/account").statusCode()).isEqualTo(302);

		var wrong = visitor.post("/login/totp", Map.of("code", "000000"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		String code = accounts.totpCode(secret);
		var ok = visitor.followRedirects(visitor.post("/login/totp", Map.of("code", code)));
		assertThat(ok.uri().getPath()).isEqualTo("/");
		assertThat(visitor.get("/account").statusCode()).isEqualTo(200);

		WebVisitor replay = new WebVisitor(port);
		replay.signIn(member.username(), member.password());
		assertThat(replay.post("/login/totp", Map.of("code", code)).statusCode()).isEqualTo(400);
	}

	@Test
	void aRoleThatRequiresTwoStepSignInSendsItsUsersToEnrol() {
		var coordinator = accounts.create("must-enrol", Role.NETWORK_COORDINATOR);
		jdbc.update("DELETE FROM role_policy WHERE role = 'NETWORK_COORDINATOR'");
		jdbc.update("INSERT INTO role_policy (role, totp_required, version) VALUES ('NETWORK_COORDINATOR', TRUE, 0)");
		try {
			WebVisitor visitor = new WebVisitor(port);
			var page = visitor.signIn(coordinator.username(), coordinator.password());
			assertThat(page.uri().getPath()).isEqualTo("/account/totp/required");
			assertThat(page.body()).contains("data:image/png;base64,");
			assertThat(visitor.get("/").body()).doesNotContain("/admin/users");
		}
		finally {
			jdbc.update("DELETE FROM role_policy WHERE role = 'NETWORK_COORDINATOR'");
		}
	}

	@Test
	void signingOutEndsTheSession() {
		var member = accounts.create("signout", Role.MEMBER);
		WebVisitor visitor = new WebVisitor(port);
		visitor.signIn(member.username(), member.password());
		assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
		var out = visitor.post("/logout", Map.of());
		assertThat(out.headers().firstValue("Location").orElse("")).contains("/login?signedOut");
		assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGNED_OUT' AND actor_name = ?",
				Integer.class, member.username())).isEqualTo(1);
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() {
		var member = accounts.create("csrf", Role.MEMBER);
		WebVisitor visitor = new WebVisitor(port);
		visitor.signIn(member.username(), member.password());
		var forged = visitor.post("/account/password", Map.of("_csrf", "forged", "currentPassword", member.password(),
				"newPassword", "another long passphrase", "confirmPassword", "another long passphrase"));
		assertThat(forged.statusCode()).isEqualTo(403);
	}
}
