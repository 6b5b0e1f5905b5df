package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/**
 * Attendance is real: an online join link counts only while the session is on (from 30 minutes
 * before the start until the end), a certificate only for someone who attended once the event has
 * started, and an online ticket is no entry at the door.
 */
@IntegrationTest
class AttendanceIT {

	static final String MEETING = "https://meet.example.org/tip-forum";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;


	@Autowired
	Participants registered;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	TestAccounts.Account organiserAccount;

	Api organiser;

	TestEvents events;

	UUID event;

	String slug;

	@BeforeEach
	void plan() {
		accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiserAccount = accounts.createIn(division, null, "attendance", Role.EVENT_ORGANISER);
		organiser = new Api(port).withToken(accounts.token(organiserAccount));
		events = new TestEvents(port, organiser, division);
		// Starts in two days, lasts three hours.
		Map<String, Object> body = new HashMap<>(events.eventBody("Attendance", 10, 10, List.of(TestEvents.group("NGO", null, null)),
				Duration.ofDays(2)));
		body.put("meetingUrl", MEETING);
		var created = organiser.post("/api/v1/events", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		event = UUID.fromString(created.json().get("id").asString());
		slug = created.json().get("slug").asString();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aJoinLinkOpenedBeforeTheSessionRecordsNothingAndSaysWhenItOpens() {
		String token = events.register(event, TestEvents.email("early"), "NGO", "ONLINE", "th");
		var early = new WebVisitor(port).get("/events/registration/" + token + "/join");
		assertThat(early.statusCode()).isEqualTo(200);
		assertThat(early.body()).contains("ห้องประชุมออนไลน์จะเปิดเวลา").contains("30 นาทีก่อนเริ่มงาน").doesNotContain(MEETING);
		assertThat(registered.byToken(token).checkedInAt()).isNull();

		// 31 minutes before the start: still closed.
		clock.advance(Duration.ofDays(2).minusMinutes(31));
		var english = new WebVisitor(port).speaking("en").get("/events/registration/" + token + "/join");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("The online session opens at").doesNotContain(MEETING);
		assertThat(registered.byToken(token).checkedInAt()).isNull();
		assertThat(joinedOnline(token)).isZero();
	}

	@Test
	void aJoinLinkOpenedDuringTheSessionRecordsAttendanceOnceAndOpensTheMeeting() {
		String token = events.register(event, TestEvents.email("ontime"), "NGO", "ONLINE", "th");
		clock.advance(Duration.ofDays(2).minusMinutes(20));
		var join = new WebVisitor(port).get("/events/registration/" + token + "/join");
		assertThat(join.statusCode()).isEqualTo(302);
		assertThat(join.headers().firstValue("Location").orElse("")).isEqualTo(MEETING);
		var firstTime = registered.byToken(token).checkedInAt();
		assertThat(firstTime).isNotNull();
		clock.advance(Duration.ofHours(1));
		new WebVisitor(port).get("/events/registration/" + token + "/join");
		assertThat(registered.byToken(token).checkedInAt()).isEqualTo(firstTime);
		assertThat(joinedOnline(token)).isEqualTo(1);
		assertThat(organiser.get("/api/v1/events/" + event + "/stats").body()).contains("\"checkedIn\":1");
	}

	@Test
	void aJoinLinkOpenedAfterTheEndRecordsNothingAndGivesNoCertificate() {
		String token = events.register(event, TestEvents.email("late"), "NGO", "ONLINE", "en");
		clock.advance(Duration.ofDays(2).plusHours(3).plusMinutes(1));
		var late = new WebVisitor(port).speaking("en").get("/events/registration/" + token + "/join");
		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(late.body()).contains("The online session ended at").doesNotContain(MEETING);
		assertThat(registered.byToken(token).checkedInAt()).isNull();
		var certificate = new WebVisitor(port).speaking("en").get("/events/registration/" + token + "/certificate.pdf");
		assertThat(certificate.statusCode()).isEqualTo(409);
		assertThat(certificate.body()).contains("A certificate is issued only to those who attended");
		assertThat(new WebVisitor(port).speaking("en").get("/events/registration/" + token).body())
			.doesNotContain("/certificate.pdf");
	}

	@Test
	void noCertificateBeforeTheEventStartsEvenForSomeoneCheckedInAtTheDoor() {
		String token = events.register(event, TestEvents.email("door-early"), "NGO", "ONSITE", "th");
		var checkIn = organiser.post("/api/v1/events/" + event + "/checkins", Map.of("code", registered.byToken(token).ticketCode()));
		assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(200);
		var certificate = new WebVisitor(port).get("/events/registration/" + token + "/certificate.pdf");
		assertThat(certificate.statusCode()).isEqualTo(409);
		assertThat(certificate.body()).contains("เกียรติบัตรจะออกได้เมื่องานเริ่มแล้วเท่านั้น");
		var organisers = organiser.speaking("en").get("/api/v1/events/" + event + "/registrations");
		assertThat(organisers.status()).isEqualTo(200);
		WebVisitor page = new WebVisitor(port).speaking("en");
		page.signIn(organiserAccount.username(), organiserAccount.password());
		var bulk = page.get("/events/" + slug + "/organise/certificates.pdf");
		assertThat(bulk.statusCode()).isEqualTo(409);
		assertThat(bulk.body()).contains("A certificate of attendance can be issued only once the event has started.");
	}

	@Test
	void anOnlineTicketIsRefusedAtTheDoorNamingTheOnlineSession() {
		String token = events.register(event, TestEvents.email("online-door"), "NGO", "ONLINE", "th");
		Registration online = registered.byToken(token);
		var byTicket = organiser.speaking("th").post("/api/v1/events/" + event + "/checkins", Map.of("code", registered.ticketOf(online)));
		assertThat(byTicket.status()).isEqualTo(409);
		assertThat(byTicket.problemFields()).containsExactly("code");
		assertThat(byTicket.json().get("errors").get(0).get("message").asString())
			.contains("บัตรนี้เป็นบัตรสำหรับเข้าร่วมออนไลน์");
		var byCode = organiser.speaking("en").post("/api/v1/events/" + event + "/checkins", Map.of("code", online.ticketCode()));
		assertThat(byCode.status()).isEqualTo(409);
		assertThat(byCode.json().get("errors").get(0).get("message").asString()).contains("This ticket is for the online session");

		// The door scanner's sync says the same, in the scanner's language.
		WebVisitor door = new WebVisitor(port).speaking("en");
		door.signIn(organiserAccount.username(), organiserAccount.password());
		door.get("/events/" + slug + "/organise/scan");
		var sync = door.postJson("/events/" + slug + "/organise/scan/sync", """
				{"scans":[{"id":"a","code":"%s","at":"%s"}]}""".formatted(online.ticketCode(), java.time.Instant.now()));
		var result = JsonMapper.builder().build().readTree(sync.body()).get("results").get(0);
		assertThat(result.get("outcome").asString()).isEqualTo("REFUSED");
		assertThat(result.get("problem").asString()).contains("This ticket is for the online session");
		assertThat(registered.byToken(token).checkedInAt()).isNull();
	}

	private long joinedOnline(String token) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'JOINED_ONLINE' AND entity_id = ?", Long.class,
				registered.byToken(token).id().toString());
	}
}
