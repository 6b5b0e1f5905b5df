package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;

@IntegrationTest
class AuthApiIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
	}

	@Test
	void exchangesAPasswordForAnExpiringBearerToken() {
		var member = accounts.create("api", Role.MEMBER);
		var r = new Api(port).post("/api/v1/auth/token", Map.of("username", member.username(), "password", member.password()));
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("token_type").asString()).isEqualTo("Bearer");
		assertThat(r.json().get("expires_in").asLong()).isPositive();
		String token = r.json().get("access_token").asString();
		assertThat(new Api(port).withToken(token).get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(new Api(port).withToken(token).get("/api/v1/users").status()).isEqualTo(403);
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownUserTheSameWay() {
		var member = accounts.create("api", Role.MEMBER);
		var wrong = new Api(port).post("/api/v1/auth/token", Map.of("username", member.username(), "password", "nope-nope-nope"));
		var unknown = new Api(port).post("/api/v1/auth/token", Map.of("username", "nobody-here", "password", "nope-nope-nope"));
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
	}

	@Test
	void aHeldBackTokenRequestSaysWhenToTryAgain() throws Exception {
		var member = accounts.create("api-held-back", Role.MEMBER);
		for (int i = 0; i < 7; i++) {
			new Api(port).post("/api/v1/auth/token", Map.of("username", member.username(), "password", "wrong-password-" + i));
		}
		var held = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"" + member.username()
					+ "\",\"password\":\"" + member.password() + "\"}"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(held.statusCode()).isEqualTo(429);
		assertThat(held.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(held.body()).contains("Please wait a few minutes");
		// Seven failures hold the account back for about a minute, in whole seconds.
		assertThat(held.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
				seconds -> assertThat(seconds).isBetween(1L, 300L));
	}

	@Test
	void namesMissingFieldsAndRefusesMalformedJson() {
		var missing = new Api(port).post("/api/v1/auth/token", Map.of("username", ""));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.problemFields()).containsExactlyInAnyOrder("username", "password");
		var malformed = new Api(port).sendJson("/api/v1/auth/token", "POST", "{\"username\": ", Map.of());
		assertThat(malformed.status()).isEqualTo(400);
		var wrongType = new Api(port).sendJson("/api/v1/auth/token", "POST", "{\"username\": [1], \"password\": \"x\"}", Map.of());
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.problemFields()).containsExactly("username");
	}

	@Test
	void aRevokedTokenNoLongerWorks() {
		var admin = accounts.create("api-admin", Role.SYSTEM_ADMIN);
		Api api = new Api(port).signIn(admin.username(), admin.password());
		assertThat(api.get("/api/v1/audit/verify").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/auth/revoke", Map.of()).status()).isEqualTo(204);
		var after = api.get("/api/v1/audit/verify");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.contentType()).startsWith("application/problem+json");
	}

	@Test
	void anEnrolledUserMustSendATotpCode() {
		var member = accounts.create("api-totp", Role.MEMBER);
		String secret = accounts.enrolTotp(member);
		var without = new Api(port).post("/api/v1/auth/token", Map.of("username", member.username(), "password", member.password()));
		assertThat(without.status()).isEqualTo(401);
		assertThat(without.problemFields()).containsExactly("totp");
		var with = new Api(port).post("/api/v1/auth/token",
				Map.of("username", member.username(), "password", member.password(), "totp", accounts.totpCode(secret)));
		assertThat(with.status()).isEqualTo(200);
	}

	@Test
	void aTemporaryPasswordCannotBeUsedForATokenBeforeItIsChanged() {
		var member = accounts.create("api-temp", Role.MEMBER);
		accounts.requirePasswordChange(member);
		var r = new Api(port).post("/api/v1/auth/token", Map.of("username", member.username(), "password", member.password()));
		assertThat(r.status()).isEqualTo(403);
	}

	@Test
	void healthIsPublicButMetricsAreForAdministratorsOnly() {
		var health = new Api(port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("UP").doesNotContain("components");
		assertThat(new Api(port).get("/actuator/prometheus").status()).isEqualTo(401);
		var member = accounts.create("metrics", Role.MEMBER);
		assertThat(new Api(port).withToken(accounts.token(member)).get("/actuator/prometheus").status()).isEqualTo(403);
		var admin = accounts.create("metrics-admin", Role.SYSTEM_ADMIN);
		var metrics = new Api(port).withToken(accounts.token(admin)).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}
}
