package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static th.tipnet.events.TestEvents.email;
import static th.tipnet.events.TestEvents.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.TestMail;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/** Organisers edit their event within the seats already taken, and move participants between modes. */
@IntegrationTest
class EventEditingIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	Registrar registrar;

	@Autowired
	Participants registered;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	UUID division;

	TestAccounts.Account organiserAccount;

	Api organiser;

	TestEvents events;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiserAccount = accounts.createIn(division, null, "edit-organiser", Role.EVENT_ORGANISER);
		organiser = new Api(port).withToken(accounts.token(organiserAccount));
		events = new TestEvents(port, organiser, division);
	}

	@Test
	void anOrganiserChangesTheEventWithItsVersionAndEachChangedFieldIsAudited() {
		UUID event = events.plan(10, 10, List.of(group("NGO", 5, null), group("GOV", null, null)));
		var before = organiser.get("/api/v1/events/" + event);
		assertThat(before.etag()).isEqualTo("\"" + before.json().get("version").asLong() + "\"");
		Map<String, Object> change = change(before.json());
		change.put("titleEn", "Let's Talk TIP: revised");
		change.put("venueName", "Royal Thai Police HQ");
		change.put("onsiteCapacity", 12);
		change.put("groups", List.of(Map.of("code", "NGO", "onsiteQuota", 6)));
		var saved = organiser.put("/api/v1/events/" + event, change, Map.of("If-Match", before.etag()));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("titleEn").asString()).isEqualTo("Let's Talk TIP: revised");
		assertThat(saved.json().get("onsiteCapacity").asInt()).isEqualTo(12);
		assertThat(saved.json().get("groups").get(0).get("onsiteQuota").asInt()).isEqualTo(6);
		assertThat(saved.json().get("groups").get(1).get("onsiteQuota").isNull()).isTrue();
		assertThat(saved.etag()).isNotEqualTo(before.etag());
		String audited = jdbc.queryForObject("SELECT changes FROM audit_entry WHERE entity_id = ? AND action = 'EVENT_REVISED'",
				String.class, event.toString());
		assertThat(audited).contains("titleEn").contains("venueName").contains("onsiteCapacity").contains("groups.NGO.onsiteQuota")
			.doesNotContain("titleTh").doesNotContain("onlineCapacity");

		var stale = organiser.put("/api/v1/events/" + event, change(before.json()), Map.of("If-Match", before.etag()));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.problemFields()).containsExactly("version");
		assertThat(organiser.get("/api/v1/events/" + event).json().get("titleEn").asString()).isEqualTo("Let's Talk TIP: revised");
	}

	@Test
	void aCapacityOrQuotaBelowTheSeatsTakenIsRefusedNamingTheFieldAndNothingChanges() {
		UUID event = events.plan(3, 2, List.of(group("NGO", 2, null), group("GOV", null, null)));
		events.register(event, email("ngo1"), "NGO", "ONSITE", "th");
		String ngo2 = events.register(event, email("ngo2"), "NGO", "ONSITE", "th");
		events.register(event, email("gov1"), "GOV", "ONSITE", "th");
		String waiting = events.register(event, email("ngo3"), "NGO", "ONSITE", "th");
		// NGO2 cancels: the seat is offered to NGO3 and held, so it still counts as taken.
		registrar.cancel(ngo2);
		assertThat(registered.byToken(waiting).status()).isEqualTo(RegistrationStatus.OFFERED);
		var current = organiser.get("/api/v1/events/" + event);

		Map<String, Object> tooFew = change(current.json());
		tooFew.put("onsiteCapacity", 2);
		tooFew.put("groups", List.of(Map.of("code", "NGO", "onsiteQuota", 1)));
		var thai = thai().put("/api/v1/events/" + event, tooFew, Map.of("If-Match", current.etag()));
		assertThat(thai.status()).isEqualTo(422);
		assertThat(thai.problemFields()).containsExactlyInAnyOrder("onsiteCapacity", "groups[0].onsiteQuota");
		assertThat(thai.body()).contains("ต้องไม่น้อยกว่า 3 ที่").contains("โควตาต้องไม่น้อยกว่า 2 ที่");
		var english = organiser.put("/api/v1/events/" + event, tooFew, Map.of("If-Match", current.etag()));
		assertThat(english.body()).contains("Cannot be lower than the 3 places already confirmed or offered");

		var after = organiser.get("/api/v1/events/" + event);
		assertThat(after.etag()).isEqualTo(current.etag());
		assertThat(after.json().get("onsiteCapacity").asInt()).isEqualTo(3);
		assertThat(after.json().get("groups").get(0).get("onsiteQuota").asInt()).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'EVENT_REVISED'",
				Integer.class, event.toString())).isZero();
	}

	@Test
	void badValuesAreRefusedNamingEachFieldInTheUsersLanguage() {
		UUID event = events.plan(3, 3, List.of(group("NGO", null, null)));
		var current = organiser.get("/api/v1/events/" + event);
		Map<String, Object> bad = change(current.json());
		bad.put("titleTh", " ");
		bad.put("endsAt", current.json().get("startsAt").asString());
		bad.put("venueMapUrl", "javascript:alert(1)");
		bad.put("onlineCapacity", -1);
		bad.put("onsiteCapacity", null);
		bad.put("groups", List.of(Map.of("code", "MARTIANS", "onsiteQuota", 1)));
		var r = thai().put("/api/v1/events/" + event, bad, Map.of("If-Match", current.etag()));
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.problemFields()).containsExactlyInAnyOrder("titleTh", "endsAt", "venueMapUrl", "onlineCapacity",
				"onsiteCapacity", "groups[0].code");
		assertThat(r.body()).contains("จำนวนที่นั่งต้องอยู่ระหว่าง");
		var wrongType = organiser.sendJson("/api/v1/events/" + event, "PUT", "{\"onsiteCapacity\":\"many\"}",
				Map.of("If-Match", current.etag()));
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.problemFields()).containsExactly("onsiteCapacity");
		var noVersion = organiser.put("/api/v1/events/" + event, change(current.json()), Map.of());
		assertThat(noVersion.status()).isEqualTo(422);
		assertThat(noVersion.problemFields()).containsExactly("version");
		assertThat(organiser.put("/api/v1/events/" + UUID.randomUUID(), change(current.json()), Map.of("If-Match", "\"0\"")).status())
			.isEqualTo(404);
		assertThat(organiser.get("/api/v1/events/" + event).etag()).isEqualTo(current.etag());
	}

	@Test
	void onlyTheEventsManagersMayChangeItOrMoveItsParticipants() {
		UUID event = events.plan(3, 3, List.of(group("NGO", null, null)));
		String token = events.register(event, email("stay"), "NGO", "ONSITE", "th");
		UUID registration = registered.byToken(token).id();
		var current = organiser.get("/api/v1/events/" + event);
		UUID otherOrg = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		Api stranger = new Api(port).withToken(accounts.token(accounts.createIn(otherOrg, null, "edit-stranger", Role.EVENT_ORGANISER)));
		assertThat(stranger.put("/api/v1/events/" + event, change(current.json()), Map.of("If-Match", current.etag())).status())
			.isEqualTo(403);
		assertThat(stranger.post("/api/v1/events/" + event + "/registrations/" + registration + "/mode", Map.of("mode", "ONLINE"))
			.status()).isEqualTo(403);
		Api member = new Api(port).withToken(accounts.token(accounts.create("edit-member", Role.MEMBER)));
		assertThat(member.put("/api/v1/events/" + event, change(current.json()), Map.of("If-Match", current.etag())).status())
			.isEqualTo(403);
		assertThat(new Api(port).put("/api/v1/events/" + event, change(current.json()), Map.of()).status()).isEqualTo(401);
		assertThat(registered.byToken(token).mode()).isEqualTo(AttendanceMode.ONSITE);
		assertThat(organiser.get("/api/v1/events/" + event).etag()).isEqualTo(current.etag());
	}

	@Test
	void openingAModeAfterSomeoneWasRefusedLetsTheNextPersonIn() {
		UUID event = events.plan(1, 0, List.of(group("NGO", null, null)));
		Map<String, Object> online = new HashMap<>(Map.of("fullName", "ออนไลน์ ภายหลัง", "groupCode", "NGO", "mode", "ONLINE",
				"email", email("later"), "language", "th", "consentPrivacy", true));
		var refused = new Api(port).post("/api/v1/events/" + event + "/registrations", online);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactly("mode");
		var current = organiser.get("/api/v1/events/" + event);
		Map<String, Object> opened = change(current.json());
		opened.put("onlineCapacity", 5);
		assertThat(organiser.put("/api/v1/events/" + event, opened, Map.of("If-Match", current.etag())).status()).isEqualTo(200);
		// What registration remembered of the event is not what decides now.
		var accepted = new Api(port).post("/api/v1/events/" + event + "/registrations", online);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		assertThat(accepted.json().get("status").asString()).isEqualTo("CONFIRMED");
	}

	@Test
	void raisingACapacityOffersTheNewSeatsToTheWaitingList() throws Exception {
		UUID event = events.plan(1, 0, List.of(group("NGO", null, null)));
		events.register(event, email("seated"), "NGO", "ONSITE", "th");
		String bEmail = email("raised-b");
		String b = events.register(event, bEmail, "NGO", "ONSITE", "th");
		String c = events.register(event, email("raised-c"), "NGO", "ONSITE", "th");
		String d = events.register(event, email("raised-d"), "NGO", "ONSITE", "th");
		var current = organiser.get("/api/v1/events/" + event);
		Map<String, Object> more = change(current.json());
		more.put("onsiteCapacity", 3);
		assertThat(organiser.put("/api/v1/events/" + event, more, Map.of("If-Match", current.etag())).status()).isEqualTo(200);
		assertThat(registered.byToken(b).status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(registered.byToken(c).status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(registered.byToken(d).status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(registered.position(registered.byToken(d))).isEqualTo(1);
		assertThat(TestEvents.awaitMail(bEmail, "มีที่นั่งว่างสำหรับคุณ: งานทดสอบ Offers")).isNotNull();
	}

	@Test
	void aConfirmedParticipantMovesWithinTheQuotasGetsANewTicketAndTheOldOneIsRefused() throws Exception {
		// Onsite 1; online 2 but the NGO group has one online seat.
		UUID event = events.plan(1, 2, List.of(group("NGO", null, 1), group("GOV", null, null)));
		String aEmail = email("mover");
		String a = events.register(event, aEmail, "NGO", "ONSITE", "en");
		String waiting = events.register(event, email("mover-wait"), "NGO", "ONSITE", "th");
		String online = events.register(event, email("online-ngo"), "NGO", "ONLINE", "th");
		Registration before = registered.byToken(a);
		String oldTicket = registered.ticketOf(before);
		String oldCode = before.ticketCode();
		String path = "/api/v1/events/" + event + "/registrations/" + before.id() + "/mode";

		var full = thai().post(path, Map.of("mode", "ONLINE"));
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.problemFields()).containsExactly("mode");
		assertThat(full.body()).contains("ไม่มีที่นั่งว่างในรูปแบบนี้");
		assertThat(registered.byToken(a).mode()).isEqualTo(AttendanceMode.ONSITE);
		assertThat(registered.byToken(waiting).status()).isEqualTo(RegistrationStatus.WAITLISTED);

		registrar.cancel(online);
		var moved = organiser.post(path, Map.of("mode", "ONLINE"));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("mode").asString()).isEqualTo("ONLINE");
		Registration after = registered.byToken(a);
		assertThat(after.ticketSerial()).isEqualTo(2);
		assertThat(after.ticketCode()).isNotEqualTo(oldCode);
		// The onsite seat A left is offered to the first in line.
		assertThat(registered.byToken(waiting).status()).isEqualTo(RegistrationStatus.OFFERED);

		var oldScan = organiser.post("/api/v1/events/" + event + "/checkins", Map.of("code", oldTicket));
		assertThat(oldScan.status()).isEqualTo(409);
		assertThat(oldScan.json().get("detail").asString()).contains("replaced by a newer one");
		assertThat(organiser.post("/api/v1/events/" + event + "/checkins", Map.of("code", oldCode)).status()).isEqualTo(409);
		var revocations = organiser.get("/api/v1/events/" + event + "/revocations").json().get("items");
		assertThat(revocations.toString()).contains(before.id().toString()).contains(oldCode).contains("REISSUED");
		assertThat(revocations.toString()).doesNotContain(after.ticketCode());
		// The new ticket is valid, and for the online session: the door refuses it for that reason alone.
		var newScan = organiser.post("/api/v1/events/" + event + "/checkins", Map.of("code", registered.ticketOf(after)));
		assertThat(newScan.status()).as(newScan.body()).isEqualTo(409);
		assertThat(newScan.json().get("detail").asString()).contains("online session");

		var reissued = TestEvents.awaitMail(aEmail, "Your new ticket: Offers");
		assertThat(TestEvents.html(reissued)).contains("cid:ticket").contains(after.ticketCode()).contains("Online");

		assertThat(organiser.post(path, Map.of("mode", "ONLINE")).status()).as("already online").isEqualTo(409);
		UUID offeredId = registered.byToken(waiting).id();
		var notConfirmed = organiser.post("/api/v1/events/" + event + "/registrations/" + offeredId + "/mode", Map.of("mode", "ONLINE"));
		assertThat(notConfirmed.status()).isEqualTo(409);
		var badMode = organiser.sendJson(path, "POST", "{\"mode\":\"TELEPATHY\"}", Map.of());
		assertThat(badMode.status()).isEqualTo(400);
		assertThat(badMode.problemFields()).containsExactly("mode");
		assertThat(jdbc.queryForObject("SELECT changes FROM audit_entry WHERE entity_id = ? AND action = 'MODE_CHANGED'", String.class,
				before.id().toString())).contains("ONSITE").contains("ONLINE");
	}

	@Test
	void theOrganiserFindsAParticipantAndMovesThemFromTheOrganisePage() {
		UUID event = events.plan(2, 2, List.of(group("NGO", null, null)));
		String token = events.register(event, email("web-mover"), "NGO", "ONSITE", "th");
		String slug = organiser.get("/api/v1/events/" + event).json().get("slug").asString();
		String name = registered.byToken(token).fullName();
		WebVisitor web = new WebVisitor(port).speaking("en");
		web.signIn(organiserAccount.username(), organiserAccount.password());
		web.get("/events/" + slug + "/organise");
		// The search is posted: what is typed never appears in a URL (or an access log).
		var found = web.post("/events/" + slug + "/organise/find", Map.of("q", "web-mover"));
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains(name).contains("Move online");
		var moveAnswer = web.post("/events/" + slug + "/organise/move/" + registered.byToken(token).id(),
				Map.of("mode", "ONLINE", "q", "web-mover"));
		assertThat(moveAnswer.headers().firstValue("Location").orElseThrow()).doesNotContain("web-mover");
		var moved = web.followRedirects(moveAnswer);
		assertThat(moved.body()).contains(name + " moved: Online").contains(name);
		assertThat(registered.byToken(token).mode()).isEqualTo(AttendanceMode.ONLINE);
		var edit = web.get("/events/" + slug + "/organise/edit");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("Online places").contains("1 places confirmed or offered now");

		// Online is now full: moving another there is refused with a 409 on the page, and nobody moves.
		events.register(event, email("web-online"), "NGO", "ONLINE", "th");
		String stayer = events.register(event, email("web-stayer"), "NGO", "ONSITE", "th");
		var refused = web.post("/events/" + slug + "/organise/move/" + registered.byToken(stayer).id(),
				Map.of("mode", "ONLINE", "q", "web-stayer"));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("No place is free in this mode").contains(registered.byToken(stayer).fullName());
		assertThat(registered.byToken(stayer).mode()).isEqualTo(AttendanceMode.ONSITE);
	}

	@Test
	void anOrganiserCallsAnEventOffThroughTheApiWithItsVersionAndItsRegistrantsAreTold() throws Exception {
		UUID event = events.plan(3, 3, List.of(group("NGO", null, null)));
		String address = email("called-off");
		String token = events.register(event, address, "NGO", "ONSITE", "en");
		var current = organiser.get("/api/v1/events/" + event);
		assertThat(current.json().get("status").asString()).isEqualTo("PUBLISHED");

		var tooLong = thai().post("/api/v1/events/" + event + "/cancel", Map.of("reason", "ก".repeat(501),
				"version", current.json().get("version").asLong()));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.problemFields()).containsExactly("reason");
		var stale = organiser.post("/api/v1/events/" + event + "/cancel", Map.of("version", current.json().get("version").asLong() + 7));
		assertThat(stale.status()).isEqualTo(409);
		UUID otherOrg = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		Api stranger = new Api(port).withToken(accounts.token(accounts.createIn(otherOrg, null, "cancel-stranger", Role.EVENT_ORGANISER)));
		assertThat(stranger.post("/api/v1/events/" + event + "/cancel", Map.of("version", current.json().get("version").asLong()))
			.status()).isEqualTo(403);
		assertThat(organiser.get("/api/v1/events/" + event).etag()).isEqualTo(current.etag());

		var cancelled = organiser.put("/api/v1/events/" + event + "/cancel", Map.of(), Map.of());
		assertThat(cancelled.status()).as("PUT is not the verb").isEqualTo(405);
		var done = organiser.post("/api/v1/events/" + event + "/cancel", Map.of("reason", "Venue flooded",
				"version", current.json().get("version").asLong()));
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(done.json().get("cancellationReason").asString()).isEqualTo("Venue flooded");
		assertThat(TestMail.html(TestEvents.awaitMail(address, "Cancelled:"))).contains("Venue flooded");
		assertThat(registered.byToken(token).id()).isNotNull();
		assertThat(organiser.post("/api/v1/events/" + event + "/cancel", Map.of("version", done.json().get("version").asLong()))
			.status()).isEqualTo(409);
	}

	@Test
	void anEventOfAMergedOrganisationIsStillManagedByItsOrganisersFromTheOrganisationThatStays() {
		var organisations = new th.tipnet.directory.TestOrganisations(context);
		UUID duplicate = organisations.create("หน่วยจัดงานซ้ำ", "Duplicate organiser");
		UUID survivor = organisations.create("หน่วยจัดงานที่คงอยู่", "Surviving organiser");
		var duplicatesOrganiser = accounts.createIn(duplicate, null, "merged-organiser", Role.EVENT_ORGANISER);
		UUID event = new TestEvents(port, new Api(port).withToken(accounts.token(duplicatesOrganiser)), duplicate)
			.plan(3, 3, List.of(group("NGO", null, null)));
		long before = jdbc.queryForObject("SELECT version FROM event WHERE id = ?", Long.class, event);

		organisations.merge(duplicate, survivor);

		assertThat(jdbc.queryForObject("SELECT owner_organisation_id FROM event WHERE id = ?", UUID.class, event)).isEqualTo(survivor);
		assertThat(jdbc.queryForObject("SELECT version FROM event WHERE id = ?", Long.class, event)).isGreaterThan(before);
		// Signed in again (the move ended the old token), the organiser changes the event as before.
		Api moved = new Api(port).withToken(accounts.token(duplicatesOrganiser));
		var current = moved.get("/api/v1/events/" + event);
		Map<String, Object> retitled = change(current.json());
		retitled.put("titleEn", "After the merge");
		var changed = moved.put("/api/v1/events/" + event, retitled, Map.of("If-Match", current.etag()));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class, event.toString()))
			.contains("EVENT_ORGANISATION_MOVED");
	}

	private Api thai() {
		return new Api(port).withToken(organiser.token()).speaking("th");
	}

	/** The editable fields of an event as the API shows it (to its organisers), with nothing changed. */
	private static Map<String, Object> change(JsonNode e) {
		Map<String, Object> body = new HashMap<>();
		for (String field : List.of("titleTh", "titleEn", "descriptionTh", "descriptionEn", "startsAt", "endsAt", "venueName",
				"venueRoom", "venueAddress", "venueMapUrl", "liveStreamUrl", "meetingUrl")) {
			body.put(field, e.get(field) == null || e.get(field).isNull() ? null : e.get(field).asString());
		}
		body.put("onsiteCapacity", e.get("onsiteCapacity").asInt());
		body.put("onlineCapacity", e.get("onlineCapacity").asInt());
		body.put("registrationOpensAt", e.get("registrationOpensAt").asString());
		body.put("registrationClosesAt", e.get("registrationClosesAt").asString());
		return body;
	}
}
