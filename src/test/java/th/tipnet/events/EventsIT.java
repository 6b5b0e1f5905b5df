package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

@IntegrationTest
class EventsIT {

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

	@Autowired
	th.tipnet.support.TestClock clock;

	TestAccounts accounts;

	Api organiser;

	UUID division;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiser = new Api(port).withToken(accounts.token(accounts.createIn(division, null, "ev-organiser", Role.EVENT_ORGANISER)));
	}

	@Test
	void aFreshInstallShowsAntiHumanTraffickingDay2567() {
		var page = new WebVisitor(port).get("/events/" + DemoEvents.SLUG);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("วันรณรงค์ต่อต้านการค้ามนุษย์ ประจำปี 2567").contains("พุธ 5 มิถุนายน 2567")
			.contains("08:30").contains("12:00").contains("ห้องฟีนิกซ์ บอลรูม").contains("สถานเอกอัครราชทูต")
			.contains("ปิดรับลงทะเบียน");
		var english = new WebVisitor(port).speaking("en").get("/events/" + DemoEvents.SLUG);
		assertThat(english.body()).contains("Anti-Human Trafficking Day 2024").contains("Wednesday 5 June 2024");
		var ics = new WebVisitor(port).get("/events/" + DemoEvents.SLUG + "/calendar.ics");
		assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		assertThat(ics.body()).contains("BEGIN:VEVENT").contains("DTSTART:20240605T013000Z").contains("DTEND:20240605T050000Z")
			.contains("\r\n");
		var api = new Api(port).get("/api/v1/events");
		assertThat(api.body()).contains(DemoEvents.SLUG);
		UUID id = null;
		for (var item : api.json().get("items")) {
			if (DemoEvents.SLUG.equals(item.get("slug").asString())) {
				id = UUID.fromString(item.get("id").asString());
			}
		}
		assertThat(id).isNotNull();
		assertThat(new Api(port).post("/api/v1/events/" + id + "/registrations", applicant("late@example.org", "NGO", "ONSITE")).status())
			.isEqualTo(422);
	}

	@Test
	void registersConfirmsThenWaitlistsAndOffersTheFreedSeatOnCancellation() {
		UUID event = plan(2, 2, List.of(group("NGO", 1, null, false), group("GOV", null, null, false)));
		var first = register(event, "first@example.org", "NGO", "ONSITE");
		assertThat(first.json().get("status").asString()).isEqualTo("CONFIRMED");
		var second = register(event, "second@example.org", "NGO", "ONSITE");
		assertThat(second.json().get("status").asString()).isEqualTo("WAITLISTED");
		assertThat(second.json().get("waitlistPosition").asInt()).isEqualTo(1);
		assertThat(register(event, "third@example.org", "GOV", "ONSITE").json().get("status").asString()).isEqualTo("CONFIRMED");

		var cancel = new Api(port).post("/api/v1/registrations/cancel", Map.of("token", first.json().get("manageToken").asString()));
		assertThat(cancel.json().get("status").asString()).isEqualTo("CANCELLED");
		var offered = registered.byToken(second.json().get("manageToken").asString());
		assertThat(offered.status()).isEqualTo(RegistrationStatus.OFFERED);
		var accepted = new Api(port).post("/api/v1/registrations/offer/accept",
				Map.of("token", second.json().get("manageToken").asString()));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(registered.byToken(second.json().get("manageToken").asString()).status()).isEqualTo(RegistrationStatus.CONFIRMED);

		// The list moved up: the next two to wait are told places 1 and 2, and when the first of them
		// leaves, the one behind is told 1 and a newcomer 2.
		var fourth = register(event, "fourth@example.org", "NGO", "ONSITE");
		var fifth = register(event, "fifth@example.org", "NGO", "ONSITE");
		assertThat(fourth.json().get("waitlistPosition").asInt()).isEqualTo(1);
		assertThat(fifth.json().get("waitlistPosition").asInt()).isEqualTo(2);
		new Api(port).post("/api/v1/registrations/cancel", Map.of("token", fourth.json().get("manageToken").asString()));
		assertThat(registered.position(registered.byToken(fifth.json().get("manageToken").asString()))).isEqualTo(1);
		assertThat(register(event, "sixth@example.org", "NGO", "ONSITE").json().get("waitlistPosition").asInt()).isEqualTo(2);
	}

	@Test
	void refusesBadInputNamingTheFieldAndChangesNothing() {
		UUID event = plan(10, 10, List.of(group("NGO", null, null, false), group("VIP", null, null, true)));
		register(event, "dup@example.org", "NGO", "ONLINE");
		var dup = new Api(port).speaking("th").post("/api/v1/events/" + event + "/registrations", applicant("DUP@example.org", "NGO", "ONSITE"));
		// Already registered: the same address gets its link by e-mail, the caller learns nothing of it.
		assertThat(dup.status()).isEqualTo(202);
		assertThat(dup.json().get("status").asString()).isEqualTo("CHECK_EMAIL");
		assertThat(dup.json().get("detail").asString()).contains("ลิงก์ส่วนตัว");
		assertThat(dup.json().has("registrationId")).isFalse();
		Map<String, Object> bad = new HashMap<>(applicant("not-an-email", "MARTIANS", null));
		bad.put("consentPrivacy", false);
		var r = new Api(port).post("/api/v1/events/" + event + "/registrations", bad);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.problemFields()).containsExactlyInAnyOrder("email", "groupCode", "mode", "consentPrivacy");
		var wrongMode = new Api(port).sendJson("/api/v1/events/" + event + "/registrations", "POST",
				"{\"fullName\":\"x\",\"mode\":\"TELEPATHY\"}", Map.of());
		assertThat(wrongMode.status()).isEqualTo(400);
		assertThat(wrongMode.problemFields()).containsExactly("mode");
		Map<String, Object> longName = new HashMap<>(applicant("long@example.org", "NGO", "ONSITE"));
		longName.put("fullName", "ก".repeat(201));
		var tooLong = new Api(port).speaking("en").post("/api/v1/events/" + event + "/registrations", longName);
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.problemFields()).containsExactly("fullName");
		var longKey = new Api(port).speaking("th").sendJson("/api/v1/events/" + event + "/registrations", "POST",
				tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(applicant("key@example.org", "NGO", "ONSITE")),
				Map.of("Idempotency-Key", "k".repeat(101)));
		assertThat(longKey.status()).isEqualTo(422);
		assertThat(longKey.problemFields()).containsExactly("Idempotency-Key");
		assertThat(longKey.json().get("detail").asString()).contains("ไม่เกิน 100");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ?", Integer.class, event)).isEqualTo(1);
		var invited = register(event, "vip@example.org", "VIP", "ONSITE");
		assertThat(invited.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
	}

	@Test
	void contactDetailsAndNeedsAreSealedAtRestAndThoseStoredBeforeAreSealedAtStartUp() {
		UUID event = plan(5, 5, List.of(group("NGO", null, null, false)));
		Map<String, Object> body = new HashMap<>(applicant("Sealed@Example.org", "NGO", "ONSITE"));
		body.put("phone", "081-234-5678");
		body.put("dietaryNeeds", "อาหารฮาลาล");
		body.put("accessibilityNeeds", "ใช้รถเข็น");
		UUID id = UUID.fromString(new Api(port).post("/api/v1/events/" + event + "/registrations", body).json()
			.get("registrationId").asString());

		// A copy of the database shows none of it, and no e-mail in the duplicate key either.
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT email, email_key, phone, dietary_needs, accessibility_needs FROM registration WHERE id = ?", id);
		assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v))
			.doesNotContainIgnoringCase("sealed@").doesNotContain("5678").doesNotContain("ฮาลาล").doesNotContain("รถเข็น"));
		// The organiser (and the mail) still see them as given.
		var listed = organiser.get("/api/v1/events/" + event + "/registrations");
		assertThat(listed.body()).contains("Sealed@Example.org", "081-234-5678", "อาหารฮาลาล", "ใช้รถเข็น");
		// The same e-mail in other case is still the same person.
		var again = new Api(port).post("/api/v1/events/" + event + "/registrations", applicant(" sealed@example.ORG", "NGO", "ONLINE"));
		assertThat(again.status()).isEqualTo(202);
		assertThat(again.json().get("status").asString()).isEqualTo("CHECK_EMAIL");

		// A row stored before sealing (plain, with the plain e-mail as its key) is sealed at start-up.
		jdbc.update("UPDATE registration SET email = ?, email_key = ?, phone = ?, dietary_needs = ?, accessibility_needs = NULL WHERE id = ?",
				"Legacy@Example.org", "legacy@example.org", "02-123-4567", "มังสวิรัติ", id);
		assertThat(context.getBean(SealingOfStoredContacts.class).sealStoredPlain()).isGreaterThanOrEqualTo(1);
		Map<String, Object> sealed = jdbc.queryForMap("SELECT email, email_key, phone, dietary_needs FROM registration WHERE id = ?", id);
		assertThat(sealed.values()).allSatisfy(v -> assertThat(String.valueOf(v))
			.doesNotContainIgnoringCase("legacy@").doesNotContain("4567").doesNotContain("มังสวิรัติ"));
		assertThat(organiser.get("/api/v1/events/" + event + "/registrations").body())
			.contains("Legacy@Example.org", "02-123-4567", "มังสวิรัติ");
		assertThat(new Api(port).post("/api/v1/events/" + event + "/registrations", applicant("LEGACY@example.org", "NGO", "ONLINE"))
			.status()).isEqualTo(202);
		assertThat(context.getBean(SealingOfStoredContacts.class).sealStoredPlain()).as("nothing left to seal").isZero();
	}

	@Test
	void anIdempotencyKeyMakesARetryReturnTheSameRegistration() {
		UUID event = plan(5, 5, List.of(group("NGO", null, null, false)));
		var body = applicant("retry@example.org", "NGO", "ONSITE");
		var first = new Api(port).sendJson("/api/v1/events/" + event + "/registrations", "POST",
				tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body), Map.of("Idempotency-Key", "abc-123"));
		var retry = new Api(port).sendJson("/api/v1/events/" + event + "/registrations", "POST",
				tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body), Map.of("Idempotency-Key", "abc-123"));
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().get("registrationId").asString()).isEqualTo(first.json().get("registrationId").asString());
		assertThat(retry.json().has("manageToken")).isFalse();
	}

	@Test
	void aThousandRegistrationsFromAHundredThreadsNeverOversell() throws Exception {
		// 400 onsite split by group quotas 150/150/100, 400 online with quotas 200/200/none.
		UUID event = plan(400, 400, List.of(group("G1", 150, 200, false), group("G2", 150, 200, false), group("G3", 100, null, false)));
		String[] groups = { "G1", "G2", "G3" };
		AttendanceMode[] modes = AttendanceMode.values();
		ExecutorService pool = Executors.newFixedThreadPool(100);
		ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
		Map<String, AtomicInteger> demand = new java.util.concurrent.ConcurrentHashMap<>();
		Map<String, ConcurrentLinkedQueue<Long>> toldPositions = new java.util.concurrent.ConcurrentHashMap<>();
		for (int i = 0; i < 1000; i++) {
			int n = i;
			String group = groups[n % 3];
			AttendanceMode mode = modes[(n / 3) % 2];
			demand.computeIfAbsent(mode + "/" + group, k -> new AtomicInteger()).incrementAndGet();
			pool.submit(() -> {
				try {
					var outcome = registrar.register(event, new Applicant("ผู้เข้าร่วม " + n, null, null, group, mode,
							"p" + n + "@example.org", null, null, null, "th", true, false, false), null);
					if (outcome.waitlistPosition() != null) {
						toldPositions.computeIfAbsent(mode + "/" + group, k -> new ConcurrentLinkedQueue<>()).add(outcome.waitlistPosition());
					}
				}
				catch (Throwable t) {
					errors.add(t);
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
		assertThat(errors).isEmpty();

		EventStats stats = registered.stats(event);
		Map<String, EventStats.Line> lines = new HashMap<>();
		stats.lines().forEach(l -> lines.put(l.mode() + "/" + l.groupCode(), l));
		Map<AttendanceMode, EventStats.Line> totals = new HashMap<>();
		stats.totals().forEach(t -> totals.put(t.mode(), t));
		assertThat(totals.get(AttendanceMode.ONSITE).confirmed()).isEqualTo(400);
		assertThat(totals.get(AttendanceMode.ONLINE).confirmed()).isEqualTo(400);
		assertThat(lines.get("ONSITE/G1").confirmed()).isEqualTo(150);
		assertThat(lines.get("ONSITE/G2").confirmed()).isEqualTo(150);
		assertThat(lines.get("ONSITE/G3").confirmed()).isEqualTo(100);
		assertThat(lines.get("ONLINE/G1").confirmed()).isLessThanOrEqualTo(200);
		assertThat(lines.get("ONLINE/G2").confirmed()).isLessThanOrEqualTo(200);
		long total = stats.lines().stream().mapToLong(l -> l.confirmed() + l.waiting()).sum();
		assertThat(total).isEqualTo(1000);
		for (var line : stats.lines()) {
			assertThat(line.confirmed() + line.waiting()).isEqualTo(demand.get(line.mode() + "/" + line.groupCode()).get());
			List<Integer> seqs = jdbc.queryForList("SELECT waitlist_seq FROM registration WHERE event_id = ? AND attendance_mode = ?"
					+ " AND group_code = ? AND status = 'WAITLISTED' ORDER BY waitlist_seq", Integer.class, event, line.mode().name(),
					line.groupCode());
			List<Integer> gapFree = new ArrayList<>();
			for (int i = 1; i <= seqs.size(); i++) {
				gapFree.add(i);
			}
			assertThat(seqs).as("waiting list %s/%s", line.mode(), line.groupCode()).isEqualTo(gapFree);
			// Each person was told a different place, 1 to n: what they were told is what the list says.
			assertThat(toldPositions.getOrDefault(line.mode() + "/" + line.groupCode(), new ConcurrentLinkedQueue<>()).stream()
				.map(Long::intValue).sorted().toList()).isEqualTo(gapFree);
		}
	}

	@Test
	void registrationsDecidedTogetherAreEachAuditedAsTheirOwnRequestAndARefusalAnswersOnlyItsSender() throws Exception {
		UUID event = plan(10, 10, List.of(group("NGO", null, null, false)));
		ExecutorService pool = Executors.newFixedThreadPool(24);
		Map<String, java.util.concurrent.Future<Api.Response>> sent = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 48; i++) {
			String requestId = "together-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
			// Every fourth one reuses an address: exactly one of each pair may get in.
			String email = "together-" + event + "-" + (i % 4 == 3 ? i - 1 : i) + "@example.org";
			String json = "{\"fullName\":\"คนที่ " + i + "\",\"groupCode\":\"NGO\",\"mode\":\"ONSITE\",\"email\":\"" + email
					+ "\",\"language\":\"th\",\"consentPrivacy\":true}";
			sent.put(requestId, pool.submit(() -> new Api(port).sendJson("/api/v1/events/" + event + "/registrations", "POST", json,
					Map.of("X-Request-Id", requestId))));
		}
		int created = 0;
		int refused = 0;
		for (var e : sent.entrySet()) {
			Api.Response r = e.getValue().get();
			if (r.status() == 202) {
				// The address was taken in this batch or before: its link goes by mail, this caller sees nothing of it.
				refused++;
				assertThat(r.json().has("registrationId")).isFalse();
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRIVATE_LINK_SENT_AGAIN'"
						+ " AND request_id = ?", Integer.class, e.getKey())).isEqualTo(1);
				continue;
			}
			assertThat(r.status()).as(r.body()).isEqualTo(201);
			created++;
			String id = r.json().get("registrationId").asString();
			assertThat(jdbc.queryForObject("SELECT request_id FROM audit_entry WHERE action = 'REGISTERED' AND entity_id = ?",
					String.class, id)).isEqualTo(e.getKey());
		}
		pool.shutdown();
		assertThat(created).isEqualTo(36);
		assertThat(refused).isEqualTo(12);
		EventStats.Line onsite = registered.stats(event).totals().stream().filter(t -> t.mode() == AttendanceMode.ONSITE).findFirst().orElseThrow();
		assertThat(onsite.confirmed()).isEqualTo(10);
		assertThat(onsite.waiting()).isEqualTo(26);
	}

	@Test
	void organisersSeeTheListAndCountsOthersDoNot() {
		UUID event = plan(3, 3, List.of(group("NGO", null, null, false)));
		register(event, "listed@example.org", "NGO", "ONLINE");
		var list = organiser.get("/api/v1/events/" + event + "/registrations");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("listed@example.org");
		assertThat(organiser.get("/api/v1/events/" + event + "/stats").body()).contains("\"confirmed\":1");
		var otherOrg = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		Api stranger = new Api(port).withToken(accounts.token(accounts.createIn(otherOrg, null, "ev-stranger", Role.EVENT_ORGANISER)));
		assertThat(stranger.get("/api/v1/events/" + event + "/registrations").status()).isEqualTo(403);
		Api member = new Api(port).withToken(accounts.token(accounts.create("ev-member", Role.MEMBER)));
		assertThat(member.get("/api/v1/events/" + event + "/stats").status()).isEqualTo(403);
		assertThat(new Api(port).get("/api/v1/events/" + event + "/registrations").status()).isEqualTo(401);
	}

	@Test
	void anEventPlanWithBadValuesIsRefusedNamingEachField() {
		Map<String, Object> body = new HashMap<>(eventBody("Bad Plan", 10, 10, List.of(group("bad code", 20, null, false))));
		body.put("slug", "X");
		body.put("endsAt", Instant.now().toString());
		var r = organiser.post("/api/v1/events", body);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.problemFields()).contains("slug", "endsAt", "groups[0].code", "groups[0].onsiteQuota");
	}

	@Test
	void checkInByTicketOrTypedCodeCountsOnceAndRefusesForgedOtherAndCancelledTickets() {
		UUID event = plan(10, 10, List.of(group("NGO", null, null, false)));
		UUID other = plan(10, 10, List.of(group("NGO", null, null, false)));
		var reg = register(event, "door@example.org", "NGO", "ONSITE");
		Registration r = registered.byToken(reg.json().get("manageToken").asString());
		String ticket = registered.ticketOf(r);

		var first = organiser.post("/api/v1/events/" + event + "/checkins", Map.of("code", ticket));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("firstTime").asBoolean()).isTrue();
		var again = organiser.post("/api/v1/events/" + event + "/checkins",
				Map.of("code", r.ticketCode().substring(0, 4).toLowerCase() + "-" + r.ticketCode().substring(4)));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("firstTime").asBoolean()).isFalse();
		assertThat(again.json().get("checkedInAt").asString()).isEqualTo(first.json().get("checkedInAt").asString());

		String forged = ticket.substring(0, ticket.length() - 3) + (ticket.endsWith("A") ? "BBB" : "AAA");
		var f = organiser.speaking("th").post("/api/v1/events/" + event + "/checkins", Map.of("code", forged));
		assertThat(f.status()).isEqualTo(422);
		assertThat(f.problemFields()).containsExactly("code");
		assertThat(f.json().get("detail").asString()).isNotBlank();
		var elsewhere = organiser.post("/api/v1/events/" + other + "/checkins", Map.of("code", ticket));
		assertThat(elsewhere.status()).isEqualTo(422);

		var cancelled = register(event, "gone@example.org", "NGO", "ONSITE");
		Registration gone = registered.byToken(cancelled.json().get("manageToken").asString());
		String goneTicket = registered.ticketOf(gone);
		new Api(port).post("/api/v1/registrations/cancel", Map.of("token", cancelled.json().get("manageToken").asString()));
		assertThat(organiser.post("/api/v1/events/" + event + "/checkins", Map.of("code", goneTicket)).status()).isEqualTo(409);
		assertThat(organiser.get("/api/v1/events/" + event + "/revocations").body()).contains(gone.id().toString());
		var key = new Api(port).get("/api/v1/events/" + event + "/ticket-key");
		byte[] publicKey = java.util.Base64.getUrlDecoder().decode(key.json().get("publicKey").asString());
		assertThat(publicKey).hasSize(32);
		// What a scanner does offline: the ticket's signature verifies with the published key, a forged one does not.
		assertThat(verifiesWith(publicKey, ticket)).isTrue();
		assertThat(verifiesWith(publicKey, forged)).isFalse();
	}

	private static boolean verifiesWith(byte[] publicKey, String ticket) {
		String[] parts = ticket.substring("T1.".length()).split("\\.");
		byte[] payload = java.util.Base64.getUrlDecoder().decode(parts[0]);
		byte[] signature = java.util.Base64.getUrlDecoder().decode(parts[1]);
		var verifier = new org.bouncycastle.crypto.signers.Ed25519Signer();
		verifier.init(false, new org.bouncycastle.crypto.params.Ed25519PublicKeyParameters(publicKey, 0));
		verifier.update(payload, 0, payload.length);
		return verifier.verifySignature(signature);
	}

	@Test
	void theConfirmationEMailCarriesTheTicketThePrivateLinkAndTheCalendarInTheChosenLanguage() throws Exception {
		UUID event = plan(10, 10, List.of(group("NGO", null, null, false)));
		Map<String, Object> body = new HashMap<>(applicant("mail-th@example.org", "NGO", "ONSITE"));
		var reg = new Api(port).post("/api/v1/events/" + event + "/registrations", body);
		assertThat(reg.status()).isEqualTo(201);
		var messages = th.tipnet.support.TestMail.to("mail-th@example.org");
		assertThat(messages).hasSize(1);
		var message = messages.get(0);
		assertThat(message.getSubject()).startsWith("ยืนยันการลงทะเบียน: งานทดสอบ");
		String raw = new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		List<String> parts = TestEvents.partTypes(message);
		assertThat(TestEvents.html(message)).contains("/events/registration/" + reg.json().get("manageToken").asString())
			.contains("cid:ticket").contains("ยืนยันแล้ว");
		assertThat(parts).anyMatch(p -> p.startsWith("image/png")).anyMatch(p -> p.startsWith("text/calendar"));
		assertThat(raw).isNotEmpty();
	}

	@Test
	void aConfirmationThatFailedWhileTheMailServerWasDownIsSentOnceItIsBack() throws Exception {
		UUID event = plan(10, 10, List.of(group("NGO", null, null, false)));
		var sender = context.getBean(org.springframework.mail.javamail.JavaMailSenderImpl.class);
		int mailPort = sender.getPort();
		String registrationId;
		try (java.net.ServerSocket nobody = new java.net.ServerSocket(0)) {
			sender.setPort(nobody.getLocalPort()); // accepts no SMTP conversation: refused at once after close
		}
		try {
			var reg = new Api(port).post("/api/v1/events/" + event + "/registrations", applicant("outage@example.org", "NGO", "ONSITE"));
			assertThat(reg.status()).isEqualTo(201);
			registrationId = reg.json().get("registrationId").asString();
			awaitListenersIdle();
		}
		finally {
			sender.setPort(mailPort);
		}
		assertThat(undelivered(registrationId)).as("the failed confirmation is kept").isEqualTo(1);
		assertThat(th.tipnet.support.TestMail.received("outage@example.org")).isEmpty();

		context.getBean(th.tipnet.common.UndeliveredEvents.class).retryOlderThan(java.time.Duration.ZERO);
		var messages = th.tipnet.support.TestMail.to("outage@example.org");
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).getSubject()).startsWith("ยืนยันการลงทะเบียน: งานทดสอบ");
		awaitListenersIdle();
		assertThat(undelivered(registrationId)).isZero();

		// Delivered once: a later retry sends nothing more.
		context.getBean(th.tipnet.common.UndeliveredEvents.class).retryOlderThan(java.time.Duration.ZERO);
		awaitListenersIdle();
		assertThat(th.tipnet.support.TestMail.received("outage@example.org")).hasSize(1);
	}

	private long undelivered(String registrationId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?",
				Long.class, "%" + registrationId + "%");
	}

	/** Waits (up to 20 s) until the asynchronous listeners have nothing running or queued. */
	private void awaitListenersIdle() throws InterruptedException {
		var executor = context.getBean("applicationTaskExecutor",
				org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
		long until = System.currentTimeMillis() + 20_000;
		while ((executor.getActiveCount() > 0 || !executor.getThreadPoolExecutor().getQueue().isEmpty())
				&& System.currentTimeMillis() < until) {
			Thread.onSpinWait();
		}
	}

	@Test
	void theOrganiserChecksInByTypedCodeApprovesInvitationsAndExportsRespectingConsents() {
		UUID event = plan(5, 5, List.of(group("NGO", null, null, false), group("VIP", null, null, true)));
		String slug = new Api(port).get("/api/v1/events/" + event).json().get("slug").asString();
		Map<String, Object> consenting = new HashMap<>(applicant("shown@example.org", "NGO", "ONSITE"));
		consenting.put("fullName", "ผู้ยินยอม แสดงชื่อ");
		consenting.put("consentPublicList", true);
		var shown = new Api(port).post("/api/v1/events/" + event + "/registrations", consenting);
		Map<String, Object> hidden = new HashMap<>(applicant("hidden@example.org", "NGO", "ONSITE"));
		hidden.put("fullName", "ผู้ไม่ประสงค์ แสดงชื่อ");
		new Api(port).post("/api/v1/events/" + event + "/registrations", hidden);
		var vip = register(event, "vip-approve@example.org", "VIP", "ONLINE");

		var organiserAccount = accounts.createIn(division, null, "door-organiser", Role.EVENT_ORGANISER);
		WebVisitor door = new WebVisitor(port).speaking("en");
		door.signIn(organiserAccount.username(), organiserAccount.password());
		door.get("/events/" + slug + "/organise");
		String code = registered.byToken(shown.json().get("manageToken").asString()).ticketCode();
		var first = door.followRedirects(door.post("/events/" + slug + "/organise/checkin", Map.of("code", code.toLowerCase())));
		assertThat(first.body()).contains("Checked in: ผู้ยินยอม แสดงชื่อ");
		var second = door.followRedirects(door.post("/events/" + slug + "/organise/checkin", Map.of("code", code)));
		assertThat(second.body()).containsPattern("was already checked in at [0-9]{2}:[0-9]{2}");
		// A refused code is answered with its 4xx on the page itself, naming the problem.
		var unknown = door.post("/events/" + slug + "/organise/checkin", Map.of("code", "ZZZZZZZZ"));
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("No ticket with this code for this event");
		assertThat(door.get("/events/" + slug + "/organise?live=true").body()).contains("data-refresh-seconds=\"15\"").contains("50%");

		String vipId = registered.byToken(vip.json().get("manageToken").asString()).id().toString();
		door.get("/events/" + slug + "/organise");
		var approved = door.followRedirects(door.post("/events/" + slug + "/organise/approve/" + vipId, Map.of()));
		assertThat(approved.body()).contains("approved");
		assertThat(registered.byToken(vip.json().get("manageToken").asString()).status()).isEqualTo(RegistrationStatus.CONFIRMED);

		var csv = door.get("/events/" + slug + "/organise/participants.csv");
		assertThat(csv.body()).startsWith("\uFEFF\"full_name\",").contains("consent_public_list").contains("hidden@example.org");
		var list = new WebVisitor(port).get("/events/" + slug + "/participants");
		assertThat(list.body()).contains("ผู้ยินยอม แสดงชื่อ").doesNotContain("ผู้ไม่ประสงค์ แสดงชื่อ").doesNotContain("shown@example.org");
		var member = new WebVisitor(port);
		member.signIn(accounts.create("not-organiser", Role.MEMBER).username(), TestAccounts.PASSWORD);
		assertThat(member.get("/events/" + slug + "/organise/participants.csv").statusCode()).isEqualTo(403);
	}

	@Test
	void theParticipantListCarriesNoSpreadsheetFormulas() throws Exception {
		UUID event = plan(1, 0, List.of(group("NGO", null, null, false)));
		String slug = new Api(port).get("/api/v1/events/" + event).json().get("slug").asString();
		register(event, "first-seat@example.org", "NGO", "ONSITE");
		String formula = "=HYPERLINK(\"http://evil\",\"x\")";
		Map<String, Object> typed = new HashMap<>(applicant("formula@example.org", "NGO", "ONSITE"));
		typed.put("fullName", formula);
		typed.put("organisationName", "@SUM(1+1)");
		typed.put("phone", "+66 2 123 4567");
		var waiting = new Api(port).post("/api/v1/events/" + event + "/registrations", typed);
		assertThat(waiting.status()).as(waiting.body()).isEqualTo(201);

		WebVisitor door = new WebVisitor(port);
		door.signIn(accounts.createIn(division, null, "formula-organiser", Role.EVENT_ORGANISER).username(), TestAccounts.PASSWORD);
		String csv = door.get("/events/" + slug + "/organise/participants.csv").body();
		// Text that a spreadsheet would run is prefixed with ' and quoted; the waiting position stays a number.
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",\"'@SUM(1+1)\"")
			.contains("\"WAITLISTED\",1,\"formula@example.org\",\"'+66 2 123 4567\"")
			.doesNotContain("\"=HYPERLINK");

		byte[] xlsx = door.getBytes("/events/" + slug + "/organise/participants.xlsx", Map.of()).body();
		try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var row = book.getFirstSheet().read().stream().filter(r -> r.getCellText(7).equals("formula@example.org")).findFirst()
				.orElseThrow();
			assertThat(row.getCell(0).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
			assertThat(row.getCell(0).getRawValue()).isEqualTo(formula);
			assertThat(row.getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
			assertThat(row.getCell(1).getRawValue()).isEqualTo("@SUM(1+1)");
			assertThat(row.getCell(6).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
			assertThat(row.getCell(6).asNumber()).isEqualByComparingTo("1");
			assertThat(row.getCell(8).getRawValue()).isEqualTo("+66 2 123 4567");
		}
	}

	@Test
	void confirmedParticipantsAreRemindedOnceTheDayBefore() throws Exception {
		Map<String, Object> body = new HashMap<>(eventBody("Tomorrow", 10, 10, List.of(group("NGO", null, null, false))));
		body.put("startsAt", Instant.now().plus(Duration.ofHours(30)).toString());
		body.put("endsAt", Instant.now().plus(Duration.ofHours(33)).toString());
		body.put("registrationClosesAt", Instant.now().plus(Duration.ofHours(29)).toString());
		UUID event = UUID.fromString(organiser.post("/api/v1/events", body).json().get("id").asString());
		UUID registration = UUID.fromString(register(event, "remind-me@example.org", "NGO", "ONSITE").json().get("registrationId").asString());
		var reminders = context.getBean(Reminders.class);
		String sentAt = "SELECT reminder_sent_at FROM registration WHERE id = ?";
		try {
			// Thirty hours before the start: not yet the day before.
			reminders.queueDue();
			assertThat(jdbc.queryForObject(sentAt, java.time.OffsetDateTime.class, registration)).isNull();
			clock.advance(Duration.ofHours(8));
			reminders.queueDue();
			reminders.queueDue();
			assertThat(jdbc.queryForObject(sentAt, java.time.OffsetDateTime.class, registration)).isNotNull();
		}
		finally {
			clock.reset();
		}
		// The confirmation, then exactly one reminder.
		List<jakarta.mail.internet.MimeMessage> messages = th.tipnet.support.TestMail.awaitCount("remind-me@example.org", 2);
		assertThat(messages).hasSize(2);
		assertThat(messages).filteredOn(m -> {
			try {
				return m.getSubject().startsWith("พรุ่งนี้: งานทดสอบ Tomorrow");
			}
			catch (Exception e) {
				return false;
			}
		}).hasSize(1);
	}

	// --- helpers ---

	private UUID plan(int onsite, int online, List<Map<String, Object>> groups) {
		var r = organiser.post("/api/v1/events", eventBody("Test event", onsite, online, groups));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	private Map<String, Object> eventBody(String title, int onsite, int online, List<Map<String, Object>> groups) {
		return new TestEvents(port, organiser, division).eventBody(title, onsite, online, groups, Duration.ofDays(2));
	}

	private static Map<String, Object> group(String code, Integer onsite, Integer online, boolean invitationOnly) {
		Map<String, Object> g = new HashMap<>();
		g.put("code", code);
		g.put("nameTh", "กลุ่ม " + code);
		g.put("nameEn", "Group " + code);
		g.put("onsiteQuota", onsite);
		g.put("onlineQuota", online);
		g.put("invitationOnly", invitationOnly);
		return g;
	}

	private Api.Response register(UUID event, String email, String group, String mode) {
		var r = new Api(port).post("/api/v1/events/" + event + "/registrations", applicant(email, group, mode));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r;
	}

	private static Map<String, Object> applicant(String email, String group, String mode) {
		Map<String, Object> a = new HashMap<>();
		a.put("fullName", "สมหญิง ทดสอบ");
		a.put("organisationName", "มูลนิธิทดสอบ");
		a.put("groupCode", group);
		a.put("mode", mode);
		a.put("email", email);
		a.put("language", "th");
		a.put("consentPrivacy", true);
		return a;
	}
}
