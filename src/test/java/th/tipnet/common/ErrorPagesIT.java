package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationContext context;

	@Test
	void anUnknownPageIsA404InThaiByDefault() {
		var page = new WebVisitor(port).get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("ไม่พบหน้าที่คุณต้องการ").contains("lang=\"th\"");
		assertThat(page.body()).contains(page.headers().firstValue("X-Request-Id").orElseThrow());
	}

	@Test
	void anUnknownPageIsA404InEnglishForAnEnglishBrowser() {
		var page = new WebVisitor(port).speaking("en-GB,en;q=0.8").get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("The page you asked for does not exist");
	}

	@Test
	void theLanguageSwitchIsRemembered() {
		WebVisitor visitor = new WebVisitor(port);
		assertThat(visitor.get("/?lang=en").body()).contains("lang=\"en\"").contains("What TIPNet is".isEmpty() ? "" : "TIPNet is the platform");
		assertThat(visitor.get("/").body()).contains("lang=\"en\"");
		assertThat(visitor.get("/?lang=th").body()).contains("lang=\"th\"");
		assertThat(visitor.get("/?lang=fr").body()).contains("lang=\"th\"");
	}

	@Test
	void theHomePageShowsTodayInTheBuddhistEraInThai() {
		int buddhistYear = java.time.LocalDate.now(Dates.BANGKOK).getYear() + 543;
		assertThat(new WebVisitor(port).get("/").body()).contains(String.valueOf(buddhistYear));
		int year = java.time.LocalDate.now(Dates.BANGKOK).getYear();
		assertThat(new WebVisitor(port).get("/?lang=en").body()).contains(String.valueOf(year));
	}

	@Test
	void anUnknownApiPathIsAProblemNotAPage() {
		var r = new Api(port).get("/api/v1/no-such-thing");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("requestId").asString()).isNotBlank();
	}

	@Test
	void aWrongMethodIsA405() {
		var r = new Api(port).sendJson("/api/v1/provinces", "DELETE", "", Map.of());
		assertThat(r.status()).isEqualTo(405);
		assertThat(r.contentType()).startsWith("application/problem+json");
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndHardeningHeaders() {
		var page = new WebVisitor(port).get("/login");
		var h = page.headers();
		assertThat(h.firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(h.firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(h.firstValue("Referrer-Policy")).contains("same-origin");
		assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() {
		WebVisitor visitor = new WebVisitor(port);
		var login = visitor.get("/login");
		String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void theApiIsDescribedByOpenApi() {
		var docs = new Api(port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/auth/token").contains("/api/v1/organizations").contains("/api/v1/audit/verify");
	}

	@Test
	void theApiDocumentStatesEveryInputRuleTheServerEnforces() {
		JsonNode docs = new Api(port).get("/v3/api-docs").json();
		assertThat(docs.path("info").path("description").asString()).contains("control characters")
			.contains("1900").contains("2200").contains("2 MB").contains("415").contains("429").contains("Retry-After");
		List<String> unstated = new ArrayList<>();
		int[] checked = new int[3];
		docs.path("components").path("schemas").properties().forEach(s -> schemaRules(s.getKey(), s.getValue(), unstated, checked));
		docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			String name = op.getKey().toUpperCase() + " " + path.getKey();
			JsonNode responses = op.getValue().path("responses");
			op.getValue().path("parameters").forEach(p -> {
				if (!"header".equals(p.path("in").asString())) {
					schemaRules(name + " " + p.path("name").asString(), p.path("schema"), unstated, checked);
				}
			});
			if (op.getValue().has("requestBody")) {
				checked[2]++;
				if (!op.getValue().path("requestBody").path("description").asString().contains("MB")
						|| !responses.has("413") || !responses.has("415") || !responses.has("400")) {
					unstated.add(name + ": body size, 400, 413 or 415");
				}
				op.getValue().path("requestBody").path("content").properties()
					.forEach(media -> schemaRules(name + " body", media.getValue().path("schema"), unstated, checked));
			}
			for (String status : List.of("429", "503")) {
				if (responses.has(status) && !responses.path(status).path("headers").has("Retry-After")) {
					unstated.add(name + ": " + status + " without Retry-After");
				}
			}
		}));
		assertThat(unstated).isEmpty();
		assertThat(checked[0]).as("text fields checked").isGreaterThan(50);
		assertThat(checked[1]).as("date fields checked").isGreaterThan(5);
		assertThat(checked[2]).as("request bodies checked").isGreaterThan(10);
		JsonNode token = docs.path("paths").path("/api/v1/auth/token").path("post");
		assertThat(token.path("requestBody").path("description").asString()).contains("At most 2 MB");
		assertThat(token.path("responses").path("429").path("headers").path("Retry-After").path("schema").path("type").asString())
			.isEqualTo("integer");
		assertThat(docs.path("paths").path("/api/v1/events/{id}/registrations").path("post").path("responses").path("429")
			.path("headers").has("Retry-After")).isTrue();
	}

	/** Each free-text string refuses what the server refuses (by its pattern); each date states the accepted years. */
	private static void schemaRules(String where, JsonNode schema, List<String> unstated, int[] checked) {
		String type = schema.path("type").isArray() ? schema.path("type").get(0).asString() : schema.path("type").asString();
		String format = schema.path("format").asString();
		if ("string".equals(type) && !schema.has("enum") && (format.equals("date") || format.equals("date-time"))) {
			checked[1]++;
			if (!schema.path("description").asString().contains("1900 and 2200")) {
				unstated.add(where + ": date range");
			}
			if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.path("pattern").asString()).matcher("2024-06-05").find()) {
				unstated.add(where + ": date pattern refuses a good date");
			}
		}
		else if ("string".equals(type) && !schema.has("enum") && !Set.of("uuid", "binary", "byte").contains(format)) {
			checked[0]++;
			String pattern = schema.path("pattern").asString("");
			if (pattern.isEmpty() || java.util.regex.Pattern.compile(pattern).matcher("a\u0000b").find()) {
				unstated.add(where + ": control characters");
			}
		}
		schema.path("properties").properties().forEach(p -> schemaRules(where + "." + p.getKey(), p.getValue(), unstated, checked));
		if (schema.has("items")) {
			schemaRules(where + "[]", schema.path("items"), unstated, checked);
		}
	}

	@Test
	void theApiDocumentsServerIsThePublicUrlWhateverHostTheClientNames() throws Exception {
		RawAnswer answer = raw("GET /v3/api-docs HTTP/1.0\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
				+ "Accept: application/json\r\n\r\n");
		assertThat(answer.status()).isEqualTo(200);
		JsonNode servers = tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body()).path("servers");
		assertThat(servers.size()).isEqualTo(1);
		assertThat(servers.get(0).path("url").asString()).isEqualTo(IntegrationTest.PUBLIC_URL);
		assertThat(servers.get(0).path("description").asString()).doesNotContain("Generated");
		assertThat(answer.body()).contains("\"title\":\"TIPNet API\"");
		assertThat(answer.body()).doesNotContain("evil.example");
	}

	@Test
	void anErrorPageSwitchesLanguageThroughTheApplicationsOwnPathNeverTheRequestedOne() {
		var page = new WebVisitor(port).get("/no-such-page%22%3E%3Cscript%3Ex?lang=th");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("href=\"/?lang=en\"").doesNotContain("no-such-page").doesNotContain("<script>");
		var crafted = new WebVisitor(port).get("//evil.example/no-such-page");
		assertThat(crafted.body()).doesNotContain("evil.example");
	}

	@Test
	void everyErrorAnswerCarriesTheSecurityHeaders() throws Exception {
		WebVisitor visitor = new WebVisitor(port);
		hardened(visitor.get("/no-such-page").headers(), "404");
		HttpClient http = HttpClient.newHttpClient();
		var notAllowed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/provinces"))
			.method("DELETE", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notAllowed.statusCode()).isEqualTo(405);
		hardened(notAllowed.headers(), "405 problem");
		var notAllowedPage = signedIn().get("/account/totp/start");
		assertThat(notAllowedPage.statusCode()).isEqualTo(405);
		hardened(notAllowedPage.headers(), "405 page");
		var tooLarge = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/registrations/cancel"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + "x".repeat(2_999_989) + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		hardened(tooLarge.headers(), "413");
		failing("/test-failures/render", () -> (model, request, response) -> {
			response.getWriter().write("<html><body>half a page");
			throw new IllegalStateException("boom");
		}, () -> hardened(signedIn().get("/test-failures/render").headers(), "500"));
	}

	@Test
	void aRequestTheServerCannotReadIsRefusedWithTheSecurityHeadersAndAPageWithoutServerDetails(CapturedOutput output)
			throws Exception {
		for (String target : new String[] { "/%zz", "/events/%zz?token=private-link-token", "/a{b}", "/a%00b", "/a\u0001b" }) {
			RawAnswer answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(answer.status()).as(target).isEqualTo(400);
			assertThat(answer.header("Content-Security-Policy")).as(target + " CSP").contains("frame-ancestors 'none'");
			assertThat(answer.header("X-Frame-Options")).as(target).isEqualTo("DENY");
			assertThat(answer.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
			assertThat(answer.header("Content-Type")).as(target).startsWith("text/html").containsIgnoringCase("charset=utf-8");
			String id = answer.header("X-Request-Id");
			assertThat(id).as(target + " request id").isNotBlank();
			assertThat(answer.body()).as(target)
				.contains("ข้อมูลไม่ถูกต้อง")
				.contains("Invalid input")
				.contains(id)
				.containsIgnoringCase("href=\"/?lang=en\"")
				.doesNotContainIgnoringCase("tomcat")
				.doesNotContain("private-link-token")
				.doesNotContain("zz");
			assertThat(output.getAll()).contains("[" + id + "]").doesNotContain("private-link-token");
		}
	}

	/** The answer to bytes sent as they are: an HTTP client would correct (encode) a malformed path first. */
	private RawAnswer raw(String request) throws java.io.IOException {
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			int end = answer.indexOf("\r\n\r\n");
			String[] head = answer.substring(0, end).split("\r\n");
			Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				headers.put(head[i].substring(0, colon).strip(), head[i].substring(colon + 1).strip());
			}
			return new RawAnswer(Integer.parseInt(head[0].split(" ")[1]), headers, answer.substring(end + 4));
		}
	}

	private record RawAnswer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return headers.get(name);
		}
	}

	@Test
	void aFailureHalfWayThroughAPageIsLoggedWithTheRequestIdAndWithoutPersonalData(CapturedOutput output) {
		failing("/test-failures/render", () -> (model, request, response) -> {
			response.getWriter().write("<html><body>half a page");
			throw new IllegalStateException("Template failed for somchai.personal@example.org");
		}, () -> {
			var page = signedIn().get("/test-failures/render");
			assertThat(page.statusCode()).isEqualTo(500);
			String id = page.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(page.body()).contains(id).doesNotContain("somchai");
			assertThat(output.getAll()).contains("[" + id + "]").contains("IllegalStateException").doesNotContain("somchai");
		});
	}

	@Test
	void aDatabaseRefusalIsLoggedByItsStateNotByTheValuesItQuotes(CapturedOutput output) {
		failing("/test-failures/duplicate", () -> {
			throw new DataIntegrityViolationException("could not execute statement [Unique index or primary key violation: "
					+ "\"PUBLIC.UK ON PUBLIC.APP_USER(EMAIL) VALUES ( /* 3 */ 'somchai.personal@example.org' )\"]",
					new SQLException("ERROR: duplicate key value violates unique constraint \"app_user_email_key\"\n"
							+ "  Detail: Key (email)=(somchai.personal@example.org) already exists.", "23505"));
		}, () -> {
			var page = signedIn().get("/test-failures/duplicate");
			assertThat(page.statusCode()).isEqualTo(409);
			String id = page.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(output.getAll()).contains("[" + id + "]").contains("23505").doesNotContain("somchai");
		});
	}

	@Test
	void aDeadlockTheDatabaseRolledBackIsAConflictToSendAgainNotAServerError(CapturedOutput output) {
		failing("/test-failures/deadlock", () -> {
			throw new org.springframework.dao.CannotAcquireLockException("could not execute statement [deadlock detected]",
					new SQLException("ERROR: deadlock detected\n  Detail: Process 1 waits for ShareLock on transaction 2", "40P01"));
		}, () -> {
			var page = signedIn().get("/test-failures/deadlock?lang=en");
			assertThat(page.statusCode()).isEqualTo(409);
			assertThat(page.headers().firstValue("Retry-After")).contains("1");
			assertThat(page.body()).contains("Someone else changed this at the same moment");
			String id = page.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(output.getAll()).contains("[" + id + "]").contains("40P01").doesNotContain("Process 1 waits");
		});
	}

	/** Maps a handler that fails as given for the length of one check, as if a page of the application failed. */
	private void failing(String path, Supplier<View> failure, Runnable check) {
		RequestMappingInfo info = RequestMappingInfo.paths(path)
			.methods(RequestMethod.GET)
			.options(mappings.getBuilderConfiguration())
			.build();
		try {
			mappings.registerMapping(info, new FailingPage(failure), FailingPage.class.getMethod("show"));
			check.run();
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException(e);
		}
		finally {
			mappings.unregisterMapping(info);
		}
	}

	/** A page whose view is the failure (a handler that throws instead never gets to a view). */
	public static final class FailingPage {

		private final Supplier<View> failure;

		FailingPage(Supplier<View> failure) {
			this.failure = failure;
		}

		public View show() {
			return failure.get();
		}
	}

	private WebVisitor signedIn() {
		TestAccounts accounts = new TestAccounts(context);
		var member = accounts.create("errors-member", Role.MEMBER);
		WebVisitor visitor = new WebVisitor(port);
		visitor.signIn(member.username(), member.password());
		return visitor;
	}

	private static void hardened(HttpHeaders headers, String what) {
		assertThat(headers.firstValue("Content-Security-Policy")).as(what + " CSP").hasValueSatisfying(
				csp -> assertThat(csp).contains("frame-ancestors 'none'"));
		assertThat(headers.firstValue("X-Frame-Options")).as(what + " X-Frame-Options").contains("DENY");
		assertThat(headers.firstValue("X-Content-Type-Options")).as(what + " nosniff").contains("nosniff");
	}
}
