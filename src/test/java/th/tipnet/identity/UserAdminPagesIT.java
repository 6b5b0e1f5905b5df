package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.directory.Directory;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/** An administrator's account pages over real HTTP: create with a temporary password, reset, disable. */
@IntegrationTest
class UserAdminPagesIT {

	private static final Pattern TEMPORARY = Pattern.compile("data-testid=\"temporary-password\">([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	WebVisitor admin;

	@BeforeEach
	void signIn() {
		TestAccounts accounts = new TestAccounts(context);
		var account = accounts.create("pages-admin", Role.SYSTEM_ADMIN);
		admin = new WebVisitor(port).speaking("en");
		admin.signIn(account.username(), account.password());
	}

	@Test
	void anAdministratorCreatesAnAccountWhoseOwnerMustChooseAPassword() {
		String username = "created-" + System.nanoTime() % 100000;
		String temporary = create(username);
		var owner = new WebVisitor(port);
		var landing = owner.signIn(username, temporary);
		assertThat(landing.uri().getPath()).isEqualTo("/account/password/required");
		assertThat(admin.get("/admin/users?q=" + username).body()).contains(username);
	}

	@Test
	void aBadFormIsShownAgainWithTheFieldMarkedAndNothingCreated() {
		admin.get("/admin/users/new");
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class);
		var page = admin.post("/admin/users/new", Map.of("username", "no spaces please", "displayName", "", "email", "nope",
				"organisationId", directory.organisationByReferenceKey("dof").orElseThrow().id().toString(), "roles", "MEMBER",
				"version", "0"));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Please correct the fields marked below").contains("Not a valid e-mail address");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isEqualTo(before);
	}

	@Test
	void resettingGivesANewTemporaryPasswordAndDisablingStopsSignIn() {
		String username = "reset-" + System.nanoTime() % 100000;
		String first = create(username);
		String id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", String.class, username);
		long version = jdbc.queryForObject("SELECT version FROM app_user WHERE id = ?", Long.class, java.util.UUID.fromString(id));
		admin.get("/admin/users/" + id);
		var reset = admin.post("/admin/users/" + id + "/reset-password", Map.of("version", String.valueOf(version)));
		String second = temporary(reset.body());
		assertThat(second).isNotEqualTo(first);
		assertThat(new WebVisitor(port).signIn(username, first).uri().getPath()).isEqualTo("/login");
		assertThat(new WebVisitor(port).signIn(username, second).uri().getPath()).isEqualTo("/account/password/required");

		version = jdbc.queryForObject("SELECT version FROM app_user WHERE id = ?", Long.class, java.util.UUID.fromString(id));
		admin.get("/admin/users/" + id);
		var disabled = admin.post("/admin/users/" + id + "/disable", Map.of("version", String.valueOf(version)));
		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(new WebVisitor(port).signIn(username, second).uri().getPath()).isEqualTo("/login");
		var stale = admin.post("/admin/users/" + id + "/enable", Map.of("version", String.valueOf(version)));
		assertThat(stale.statusCode()).isEqualTo(409);
	}

	private String create(String username) {
		admin.get("/admin/users/new");
		var page = admin.post("/admin/users/new", Map.of("username", username, "displayName", "สมศักดิ์ ทดสอบ", "email",
				username + "@example.org", "organisationId",
				directory.organisationByReferenceKey("dof").orElseThrow().id().toString(), "roles", "MEMBER", "version", "0"));
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return temporary(page.body());
	}

	private static String temporary(String body) {
		Matcher m = TEMPORARY.matcher(body);
		assertThat(m.find()).as("temporary password shown").isTrue();
		return m.group(1);
	}
}
