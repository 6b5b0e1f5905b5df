package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.directory.Directory;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/**
 * Open sessions and API tokens follow what an account may do now: a change to its roles,
 * organisation or password, or disabling it, ends them at once, on every instance.
 */
@IntegrationTest
class SessionsFollowAccountChangesIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	Api adminA;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		adminA = new Api(port).withToken(accounts.token(accounts.create("admin-a", Role.SYSTEM_ADMIN)));
	}

	@Test
	void aDemotedAdministratorsOpenSessionCannotCreateAnAdministrator() {
		var b = accounts.create("admin-b", Role.SYSTEM_ADMIN);
		WebVisitor sessionOfB = new WebVisitor(port).speaking("en");
		sessionOfB.signIn(b.username(), b.password());
		assertThat(sessionOfB.get("/admin/users/new").statusCode()).isEqualTo(200);

		assertThat(demote(b).status()).isEqualTo(200);

		String username = "made-by-demoted-" + System.nanoTime() % 100000;
		var attempt = sessionOfB.post("/admin/users/new", Map.of("username", username, "displayName", "Escalation",
				"organisationId", b.organisationId().toString(), "roles", "SYSTEM_ADMIN", "version", "0"));
		assertThat(attempt.statusCode()).as(attempt.body()).isIn(302, 401, 403);
		if (attempt.statusCode() == 302) {
			assertThat(attempt.headers().firstValue("Location").orElse("")).contains("/login");
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username))
			.isZero();
		assertThat(sessionOfB.get("/account").headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(adminA.get("/api/v1/audit?action=USER_UPDATED&entityType=User").body()).contains(b.id().toString())
			.contains("sessionsEnded");
	}

	@Test
	void aDemotedAdministratorsTokenIsRevoked() {
		var b = accounts.create("admin-b-token", Role.SYSTEM_ADMIN);
		Api apiOfB = new Api(port).withToken(accounts.token(b));
		assertThat(apiOfB.get("/api/v1/users?size=1").status()).isEqualTo(200);
		demote(b);
		assertThat(apiOfB.get("/api/v1/users?size=1").status()).isEqualTo(401);
	}

	@Test
	void movingAnAccountToAnotherOrganisationEndsItsTokenAndSessions() {
		var member = accounts.create("moved", Role.MEMBER);
		String token = accounts.token(member);
		WebVisitor session = new WebVisitor(port);
		session.signIn(member.username(), member.password());
		var mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		long version = adminA.get("/api/v1/users/" + member.id()).json().get("version").asLong();
		assertThat(adminA.put("/api/v1/users/" + member.id(), Map.of("displayName", "Moved", "organisationId",
				mirror.toString(), "roles", List.of("MEMBER"), "version", version), Map.of()).status()).isEqualTo(200);
		assertThat(new Api(port).withToken(token).get("/api/v1/provinces").status()).isEqualTo(401);
		assertThat(session.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void aChangedDisplayNameLeavesSessionsAlone() {
		var member = accounts.create("renamed", Role.MEMBER);
		String token = accounts.token(member);
		WebVisitor session = new WebVisitor(port);
		session.signIn(member.username(), member.password());
		long version = adminA.get("/api/v1/users/" + member.id()).json().get("version").asLong();
		adminA.put("/api/v1/users/" + member.id(), Map.of("displayName", "Renamed only", "organisationId",
				member.organisationId().toString(), "roles", List.of("MEMBER"), "version", version), Map.of());
		assertThat(session.get("/account").statusCode()).isEqualTo(200);
		assertThat(new Api(port).withToken(token).get("/api/v1/provinces").status()).isEqualTo(200);
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionButEndsTheOthersAndTheTokens() {
		var member = accounts.create("own-password", Role.MEMBER);
		String token = accounts.token(member);
		WebVisitor here = new WebVisitor(port);
		here.signIn(member.username(), member.password());
		WebVisitor elsewhere = new WebVisitor(port);
		elsewhere.signIn(member.username(), member.password());
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

		here.get("/account/password");
		var changed = here.post("/account/password", Map.of("currentPassword", member.password(), "newPassword",
				"a new and longer passphrase", "confirmPassword", "a new and longer passphrase"));
		assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/account?passwordChanged");

		assertThat(here.get("/account").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
		assertThat(new Api(port).withToken(token).get("/api/v1/provinces").status()).isEqualTo(401);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class,
				member.username())).isEqualTo(1);
	}

	@Test
	void disablingAnAccountEndsItsSessions() {
		var member = accounts.create("disabled-web", Role.MEMBER);
		WebVisitor session = new WebVisitor(port);
		session.signIn(member.username(), member.password());
		long version = accounts.version(member);
		var r = adminA.put("/api/v1/users/" + member.id(), Map.of("displayName", "Test disabled-web", "organisationId",
				member.organisationId().toString(), "roles", List.of("MEMBER"), "enabled", false, "version", version), Map.of());
		assertThat(r.status()).isEqualTo(200);
		assertThat(session.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void aSessionSignedInBeforeAnyChangeEndsEvenIfItsStoredRowSurvived() {
		// Another instance may hold the session, or its row may be written back after the change:
		// the stamp alone must end it.
		var member = accounts.create("stamped", Role.MEMBER);
		WebVisitor session = new WebVisitor(port);
		session.signIn(member.username(), member.password());
		assertThat(session.get("/account").statusCode()).isEqualTo(200);
		jdbc.update("UPDATE app_user SET security_stamp = security_stamp + 1 WHERE id = ?", member.id());
		assertThat(session.get("/account").statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class,
				member.username())).isZero();
	}

	/**
	 * One administrator disables an account on its page while another changes its roles through the
	 * API: one change is saved, the other is told someone else changed the account. Each revokes the
	 * account's tokens; before they took the account's lock first, PostgreSQL found a deadlock here
	 * and one of them answered 500.
	 */
	@Test
	void twoAdministratorsChangingOneAccountAtOnceGetOneSaveAndOneConflict() throws Exception {
		var other = accounts.create("admin-race", Role.SYSTEM_ADMIN);
		WebVisitor page = new WebVisitor(port).speaking("en");
		page.signIn(other.username(), other.password());
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 12; round++) {
				var member = accounts.create("raced-" + round, Role.MEMBER);
				accounts.token(member);
				String version = String.valueOf(accounts.version(member));
				page.get("/admin/users/" + member.id());
				var start = new java.util.concurrent.CountDownLatch(1);
				var disable = pool.submit(() -> {
					start.await();
					var r = page.post("/admin/users/" + member.id() + "/disable", Map.of("version", version));
					return r.statusCode() == 409 && r.body().contains("Someone else changed this record after you opened it")
							? "stale" : String.valueOf(r.statusCode());
				});
				var promote = pool.submit(() -> {
					start.await();
					var r = adminA.put("/api/v1/users/" + member.id(), Map.of("displayName", "Raced", "organisationId",
							member.organisationId().toString(), "roles", List.of("CASE_WORKER"), "version", version), Map.of());
					return r.status() == 409 && r.problemFields().contains("version") ? "stale" : String.valueOf(r.status());
				});
				start.countDown();
				String disabled = disable.get(1, java.util.concurrent.TimeUnit.MINUTES);
				String promoted = promote.get(1, java.util.concurrent.TimeUnit.MINUTES);
				// Never a deadlock refused as "try again" (409 without the field), let alone a 500.
				assertThat(List.of(disabled, promoted)).as("round " + round + ": disable, then role change")
					.containsExactlyInAnyOrder(disabled.equals("302") ? "302" : "stale", disabled.equals("302") ? "stale" : "200");
				assertThat(accounts.isEnabled(member)).isEqualTo(!disabled.equals("302"));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Api.Response demote(TestAccounts.Account account) {
		long version = adminA.get("/api/v1/users/" + account.id()).json().get("version").asLong();
		return adminA.put("/api/v1/users/" + account.id(), Map.of("displayName", "Demoted", "organisationId",
				account.organisationId().toString(), "roles", List.of("MEMBER"), "version", version), Map.of());
	}
}
