package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * The registration limits with small numbers (2 a minute from one address, 4 for one event) and one
 * trusted proxy, 10.0.0.1: its own context, since every other test client shares 127.0.0.1. Requests
 * "through the proxy" come from MockMvc with that remote address; the others over real HTTP from
 * loopback, which is not a trusted proxy here.
 */
@IntegrationTest
@TestPropertySource(properties = { "tipnet.events.registration-limit.per-address=2", "tipnet.events.registration-limit.per-event=4",
		"tipnet.trusted-proxies=10.0.0.1" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublicFormsLimitsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PROXY = "10.0.0.1";

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

	@Autowired
	TestClock clock;

	TestEvents events;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		Api organiser = new Api(port).withToken(accounts.token(accounts.createIn(division, null, "limits-organiser", Role.EVENT_ORGANISER)));
		events = new TestEvents(port, organiser, division);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aClientThatIsNoTrustedProxyIsLimitedAsOneWhateverForwardedForItSends() throws Exception {
		UUID event = events.plan(50, 50, List.of(TestEvents.group("NGO", null, null)));
		HttpClient http = HttpClient.newHttpClient();
		assertThat(sendFromLoopback(http, event, "203.0.113.1").statusCode()).isEqualTo(201);
		assertThat(sendFromLoopback(http, event, "203.0.113.2").statusCode()).isEqualTo(201);
		HttpResponse<String> refused = sendFromLoopback(http, event, "203.0.113.3");
		assertThat(refused.statusCode()).isEqualTo(429);
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 60L);
		assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("โปรดลองอีกครั้งใน " + retryAfter + " วินาที");
		assertThat(registrations(event)).isEqualTo(2);

		// A minute later the address has its allowance again.
		clock.advance(Duration.ofMinutes(1));
		assertThat(sendFromLoopback(http, event, "203.0.113.4").statusCode()).isEqualTo(201);
	}

	@Test
	void clientsBehindTheTrustedProxyAreLimitedEachByTheirAddressAndTheEventByItsTotal() throws Exception {
		UUID event = events.plan(50, 50, List.of(TestEvents.group("NGO", null, null)));
		assertThat(throughProxy(event, "198.51.100.1").getResponse().getStatus()).isEqualTo(201);
		assertThat(throughProxy(event, "198.51.100.1").getResponse().getStatus()).isEqualTo(201);
		MvcResult third = throughProxy(event, "198.51.100.1");
		assertThat(third.getResponse().getStatus()).isEqualTo(429);
		assertThat(third.getResponse().getHeader("Retry-After")).isNotBlank();
		// Another client behind the same proxy has its own allowance, until the event's is used up.
		assertThat(throughProxy(event, "198.51.100.2").getResponse().getStatus()).isEqualTo(201);
		assertThat(throughProxy(event, "198.51.100.2").getResponse().getStatus()).isEqualTo(201);
		MvcResult eventFull = throughProxy(event, "198.51.100.3");
		assertThat(eventFull.getResponse().getStatus()).isEqualTo(429);
		assertThat(registrations(event)).isEqualTo(4);
		// Other events are not held back by this one.
		UUID other = events.plan(50, 50, List.of(TestEvents.group("NGO", null, null)));
		assertThat(throughProxy(other, "198.51.100.3").getResponse().getStatus()).isEqualTo(201);
	}

	@Test
	void theFormSaysWhenToTryAgainInTheReadersLanguageAndRecordsNothing() throws Exception {
		UUID event = events.plan(50, 50, List.of(TestEvents.group("NGO", null, null)));
		String slug = jdbc.queryForObject("SELECT slug FROM event WHERE id = ?", String.class, event);
		for (int i = 0; i < 2; i++) {
			assertThat(form(slug, "192.0.2.50").getResponse().getStatus()).isEqualTo(302);
		}
		MvcResult refused = form(slug, "192.0.2.50");
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		String retryAfter = refused.getResponse().getHeader("Retry-After");
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Please try again in " + retryAfter + " seconds");
		assertThat(registrations(event)).isEqualTo(2);
	}

	@Test
	void anIdempotencyKeyFromAnotherAnonymousClientNeverReturnsTheFirstPersonsRegistration() throws Exception {
		UUID event = events.plan(50, 50, List.of(TestEvents.group("NGO", null, null)));
		String first = JSON.writeValueAsString(PublicFormsIT.applicant("สมชาย คนแรก", TestEvents.email("first"), "th"));
		MvcResult created = throughProxy(event, "192.0.2.70", first, "shared-key");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String id = JSON.readTree(created.getResponse().getContentAsString()).get("registrationId").asString();

		MvcResult sameBody = throughProxy(event, "192.0.2.71", first, "shared-key");
		assertThat(sameBody.getResponse().getStatus()).isEqualTo(202);
		assertThat(sameBody.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(id, "สมชาย", "manageToken");
		MvcResult ownBody = throughProxy(event, "192.0.2.71",
				JSON.writeValueAsString(PublicFormsIT.applicant("Second Person", TestEvents.email("second"), "en")), "shared-key");
		assertThat(ownBody.getResponse().getStatus()).isEqualTo(201);
		assertThat(ownBody.getResponse().getContentAsString()).doesNotContain(id);
		// The first client's retry still replays theirs.
		MvcResult replay = throughProxy(event, "192.0.2.70", first, "shared-key");
		assertThat(replay.getResponse().getStatus()).isEqualTo(200);
		assertThat(replay.getResponse().getContentAsString()).contains(id);
	}

	private HttpResponse<String> sendFromLoopback(HttpClient http, UUID event, String forwardedFor) throws Exception {
		String body = JSON.writeValueAsString(PublicFormsIT.applicant("ผู้ทดสอบ ลิมิต", TestEvents.email("loop"), "th"));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events/" + event + "/registrations"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Accept-Language", "th")
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private MvcResult throughProxy(UUID event, String client) throws Exception {
		return throughProxy(event, client, JSON.writeValueAsString(PublicFormsIT.applicant("ผู้ทดสอบ พร็อกซี", TestEvents.email("proxy"), "th")),
				null);
	}

	private MvcResult throughProxy(UUID event, String client, String json, String idempotencyKey) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/events/" + event + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return mvc.perform(fromProxy(request, client)).andReturn();
	}

	private MvcResult form(String slug, String client) throws Exception {
		Map<String, String> fields = PublicFormsIT.form("Form Person", TestEvents.email("form"), "en");
		MockHttpServletRequestBuilder request = post("/events/" + slug + "/register").with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Accept-Language", "en")
			.accept(MediaType.TEXT_HTML);
		fields.forEach(request::param);
		return mvc.perform(fromProxy(request, client)).andReturn();
	}

	private static MockHttpServletRequestBuilder fromProxy(MockHttpServletRequestBuilder request, String client) {
		return request.header("X-Forwarded-For", client).with(r -> {
			r.setRemoteAddr(PROXY);
			return r;
		});
	}

	private int registrations(UUID event) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ?", Integer.class, event);
	}
}
