package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import th.tipnet.support.Api;

/** Plans events and registers people over the API for the events tests; reads what mail says. */
class TestEvents {

	private final int port;

	private final Api organiser;

	private final UUID owner;

	TestEvents(int port, Api organiser, UUID owner) {
		this.port = port;
		this.organiser = organiser;
		this.owner = owner;
	}

	/** An event in 20 days, open for registration for 10 days, with these capacities and groups. */
	UUID plan(int onsite, int online, List<Map<String, Object>> groups) {
		var r = organiser.post("/api/v1/events", eventBody("Offers", onsite, online, groups));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	Map<String, Object> eventBody(String title, int onsite, int online, List<Map<String, Object>> groups) {
		return eventBody(title, onsite, online, groups, Duration.ofDays(20));
	}

	/** An event starting in {@code startsIn}, open for registration until half-way there. */
	Map<String, Object> eventBody(String title, int onsite, int online, List<Map<String, Object>> groups, Duration startsIn) {
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Map<String, Object> body = new HashMap<>();
		body.put("slug", "test-" + UUID.randomUUID().toString().substring(0, 8));
		body.put("type", "FORUM");
		body.put("titleTh", "งานทดสอบ " + title);
		body.put("titleEn", title);
		body.put("startsAt", now.plus(startsIn).toString());
		body.put("endsAt", now.plus(startsIn).plus(Duration.ofHours(3)).toString());
		body.put("onsiteCapacity", onsite);
		body.put("onlineCapacity", online);
		body.put("registrationOpensAt", now.minus(Duration.ofHours(1)).toString());
		body.put("registrationClosesAt", now.plus(startsIn.dividedBy(2)).toString());
		body.put("ownerOrganisationId", owner.toString());
		body.put("organiserIds", Set.of());
		body.put("agenda", List.of(Map.of("startsAt", "09:00", "titleTh", "เปิดงาน", "titleEn", "Opening")));
		body.put("groups", groups);
		return body;
	}

	static Map<String, Object> group(String code, Integer onsite, Integer online) {
		Map<String, Object> g = new HashMap<>();
		g.put("code", code);
		g.put("nameTh", "กลุ่ม " + code);
		g.put("nameEn", "Group " + code);
		g.put("onsiteQuota", onsite);
		g.put("onlineQuota", online);
		g.put("invitationOnly", false);
		return g;
	}

	/** Registers and answers the registration's private manage token. */
	String register(UUID event, String email, String group, String mode, String language) {
		Map<String, Object> a = new HashMap<>();
		a.put("fullName", "ผู้ทดสอบ " + email.substring(0, email.indexOf('@')));
		a.put("organisationName", "มูลนิธิทดสอบ");
		a.put("groupCode", group);
		a.put("mode", mode);
		a.put("email", email);
		a.put("language", language);
		a.put("consentPrivacy", true);
		var r = new Api(port).post("/api/v1/events/" + event + "/registrations", a);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("manageToken").asString();
	}

	/** A unique address, so GreenMail's inbox of one test is never another's. */
	static String email(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	static MimeMessage awaitMail(String address, String subjectStart) throws Exception {
		return th.tipnet.support.TestMail.awaitSubject(address, subjectStart);
	}

	static String html(MimeMessage message) throws Exception {
		return th.tipnet.support.TestMail.html(message);
	}

	static List<String> partTypes(MimeMessage message) throws Exception {
		return th.tipnet.support.TestMail.partTypes(message);
	}
}
