package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/** The door scanner's server side: the roster it works from offline, and the sync of its queue. */
@IntegrationTest
class DoorScansIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Registrar registrar;

	@Autowired
	Participants registered;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	TestAccounts accounts;

	TestAccounts.Account organiser;

	String slug;

	UUID eventId;

	@BeforeEach
	void plan() {
		accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiser = accounts.createIn(division, null, "scan", Role.EVENT_ORGANISER);
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(organiser));
		try {
			Instant now = Instant.now();
			slug = "scan-" + UUID.randomUUID().toString().substring(0, 8);
			eventId = planning.plan(new EventPlan(slug, EventType.FORUM, "เวที (ทดสอบสแกน)", "Forum (scan test)", null, null,
					now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)), "สถานที่", null, null, null,
					null, null, 3, 0, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(20)), division, Set.of(),
					List.of(), List.of(new ParticipantGroup("NGO", "องค์กรพัฒนาเอกชน", "NGOs", null, null, false)))).id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theRosterListsConfirmedPeopleOnlyAndVoidsEveryOtherTicketAndIsNeverCached() {
		Registration seated = register("ที่นั่ง ยืนยัน");
		Registration gone = register("ยกเลิก แล้ว");
		registrar.cancel(registered.manageTokenOf(gone));
		WebVisitor door = door();
		var roster = door.getJson("/events/" + slug + "/organise/scan/roster");
		assertThat(roster.statusCode()).isEqualTo(200);
		assertThat(roster.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		JsonNode body = json.readTree(roster.body());
		assertThat(body.get("publicKey").asString()).hasSize(43);
		assertThat(body.get("participants")).hasSize(1);
		assertThat(body.get("participants").get(0).get("name").asString()).isEqualTo("ที่นั่ง ยืนยัน");
		assertThat(body.get("participants").get(0).get("group").asString()).isEqualTo("องค์กรพัฒนาเอกชน");
		assertThat(body.get("revoked").get(0).get("id").asString()).isEqualTo(gone.id().toString());
		assertThat(roster.body()).doesNotContain(seated.email());
	}

	@Test
	void aQueuedScanIsRecordedAtTheTimeItWasMadeAndRefusalsDoNotHoldBackTheRest() {
		Registration seated = register("มาก่อน ออฟไลน์");
		Instant scannedAt = Instant.now().minus(Duration.ofMinutes(7)).truncatedTo(ChronoUnit.SECONDS);
		WebVisitor door = door();
		var response = door.postJson("/events/" + slug + "/organise/scan/sync", """
				{"scans":[{"id":"a","code":"T1.forged.ticket","at":"%s"},{"id":"b","code":"%s","at":"%s"}]}"""
			.formatted(scannedAt, registered.ticketOf(seated), scannedAt));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode results = json.readTree(response.body()).get("results");
		assertThat(results.get(0).get("outcome").asString()).isEqualTo("REFUSED");
		assertThat(results.get(0).get("problem").asString()).isEqualTo("บัตรนี้ไม่ถูกต้องหรือถูกแก้ไข");
		assertThat(results.get(1).get("outcome").asString()).isEqualTo("CHECKED_IN");
		assertThat(jdbc.queryForObject("SELECT checked_in_at FROM registration WHERE id = ?", java.time.OffsetDateTime.class,
				seated.id()).toInstant()).isEqualTo(scannedAt);

		// A device clock ahead of the server is not believed: the arrival is recorded as now.
		Registration late = register("นาฬิกา เดินเร็ว");
		var future = door.postJson("/events/" + slug + "/organise/scan/sync", """
				{"scans":[{"id":"c","code":"%s","at":"%s"}]}""".formatted(late.ticketCode(), Instant.now().plus(Duration.ofHours(3))));
		assertThat(json.readTree(future.body()).get("results").get(0).get("outcome").asString()).isEqualTo("CHECKED_IN");
		assertThat(jdbc.queryForObject("SELECT checked_in_at FROM registration WHERE id = ?", java.time.OffsetDateTime.class,
				late.id()).toInstant()).isBefore(Instant.now().plusSeconds(5));
	}

	@Test
	void aMalformedQueueIsRefusedNamingTheFieldAndChangesNothing() {
		Registration seated = register("ไม่ครบ ข้อมูล");
		WebVisitor door = door();
		var response = door.postJson("/events/" + slug + "/organise/scan/sync", """
				{"scans":[{"id":"a","code":"%s"}]}""".formatted(registered.ticketOf(seated)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("scans[0].at");
		assertThat(jdbc.queryForObject("SELECT checked_in_at IS NULL FROM registration WHERE id = ?", Boolean.class, seated.id()))
			.isTrue();
		var noCsrf = new WebVisitor(port);
		noCsrf.signIn(organiser.username(), organiser.password());
		noCsrf.forgetCsrf();
		assertThat(noCsrf.postJson("/events/" + slug + "/organise/scan/sync", "{\"scans\":[]}").statusCode()).isEqualTo(403);
	}

	@Test
	void anOrganiserOfAnotherOrganisationGetsNeitherTheRosterNorTheSync() {
		UUID other = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		var stranger = accounts.createIn(other, null, "stranger", Role.EVENT_ORGANISER);
		WebVisitor visitor = new WebVisitor(port);
		visitor.signIn(stranger.username(), stranger.password());
		assertThat(visitor.getJson("/events/" + slug + "/organise/scan/roster").statusCode()).isIn(403, 404);
		assertThat(visitor.postJson("/events/" + slug + "/organise/scan/sync", "{\"scans\":[]}").statusCode()).isIn(403, 404);
	}

	private WebVisitor door() {
		WebVisitor door = new WebVisitor(port);
		door.signIn(organiser.username(), organiser.password());
		assertThat(door.get("/events/" + slug + "/organise/scan").statusCode()).isEqualTo(200);
		return door;
	}

	private Registration register(String name) {
		return registrar.register(eventId, new Applicant(name, null, null, "NGO", AttendanceMode.ONSITE,
				"scan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", null, null, null, "th", true, false, false),
				null).registration();
	}
}
