package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

@IntegrationTest
class ErrorPagesIT {

	@LocalServerPort
	int port;

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
}
