package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static th.tipnet.events.TestEvents.email;
import static th.tipnet.events.TestEvents.group;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.common.Dates;
import th.tipnet.directory.Directory;
import th.tipnet.directory.ReferenceDataLoaded;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.TestMail;
import th.tipnet.support.WebVisitor;

/**
 * Events planned in the browser (a draft, published, cancelled with the registrants told), what a
 * registrant can trust on their private page, the organiser's list for the day, and the demo
 * events a new user finds ahead of the clock.
 */
@IntegrationTest
class EventPlanningPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	EventPlanning planning;

	@Autowired
	Registrar registrar;

	@Autowired
	Participants registered;

	@Autowired
	Dates dates;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	UUID division;

	TestAccounts.Account organiser;

	WebVisitor thai;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiser = accounts.createIn(division, null, "page-planner", Role.EVENT_ORGANISER);
		thai = new WebVisitor(port);
		thai.signIn(organiser.username(), organiser.password());
	}

	private Map<String, String> newEvent(String slug, Locale locale) {
		Instant starts = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
		Map<String, String> form = new HashMap<>();
		form.put("slug", slug);
		form.put("type", "FORUM");
		form.put("titleTh", "เวทีทดสอบ " + slug);
		form.put("titleEn", "Test forum " + slug);
		form.put("descriptionTh", "รายละเอียด");
		form.put("startsAt", dates.typed(starts, locale));
		form.put("endsAt", dates.typed(starts.plus(Duration.ofHours(3)), locale));
		form.put("venueName", "สำนักงานตำรวจแห่งชาติ");
		form.put("venueRoom", "ห้องสารสิน");
		form.put("venueMapUrl", "https://maps.example.org/rtp");
		form.put("liveStreamUrl", "https://live.example.org/tip");
		form.put("meetingUrl", "https://meet.example.org/tip");
		form.put("onsiteCapacity", "2");
		form.put("onlineCapacity", "5");
		form.put("registrationOpensAt", dates.typed(Instant.now().minus(Duration.ofHours(2)), locale));
		form.put("registrationClosesAt", dates.typed(starts.minus(Duration.ofDays(1)), locale));
		form.put("ownerOrganisationId", UUID.randomUUID().toString());
		form.put("organiserIds", directory.organisationByReferenceKey("rtp").orElseThrow().id().toString());
		form.put("groups[0].code", "");
		form.put("groups[1].code", "NGO");
		form.put("groups[1].nameTh", "องค์กรพัฒนาเอกชน");
		form.put("groups[1].nameEn", "NGOs");
		form.put("groups[1].onsiteQuota", "1");
		form.put("groups[2].code", "VIP");
		form.put("groups[2].nameTh", "ผู้ได้รับเชิญ");
		form.put("groups[2].nameEn", "Invited");
		form.put("groups[2].invitationOnly", "true");
		form.put("agenda[0].startsAt", "09:00");
		form.put("agenda[0].titleTh", "เปิดงาน");
		form.put("agenda[0].titleEn", "Opening");
		form.put("agenda[0].speakers", "ผู้อำนวยการ");
		return form;
	}

	private static String slug() {
		return "page-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anOrganiserPlansADraftInThaiWithBuddhistEraDatesThatOnlyOrganisersSeeUntilPublished() {
		String slug = slug();
		var form = thai.get("/events/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("สร้างงานใหม่").contains("พิมพ์ วัน/เดือน/ปี พ.ศ. และเวลา");
		Map<String, String> fields = newEvent(slug, Locale.forLanguageTag("th"));
		assertThat(fields.get("startsAt")).matches("\\d\\d/\\d\\d/25\\d\\d \\d\\d:\\d\\d");
		var created = thai.post("/events/new", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/events/" + slug + "/organise");

		Event event = planning.bySlug(slug);
		assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
		// An organiser plans for their own organisation, whatever the form says; co-organisers as chosen.
		assertThat(event.ownerOrganisationId()).isEqualTo(division);
		assertThat(event.organiserIds()).contains(directory.organisationByReferenceKey("rtp").orElseThrow().id());
		assertThat(event.groups()).extracting(ParticipantGroup::code).containsExactly("NGO", "VIP");
		assertThat(event.groups().get(1).invitationOnly()).isTrue();
		assertThat(event.groups().get(0).onsiteQuota()).isEqualTo(1);
		assertThat(event.agenda()).extracting(AgendaItem::speakers).containsExactly("ผู้อำนวยการ");
		assertThat(event.meetingUrl()).isEqualTo("https://meet.example.org/tip");
		assertThat(dates.typed(event.startsAt(), Locale.forLanguageTag("th"))).isEqualTo(fields.get("startsAt"));

		var organisePage = thai.followRedirects(created);
		assertThat(organisePage.body()).contains("ฉบับร่าง").contains("เผยแพร่");
		assertThat(thai.get("/events").body()).contains("ฉบับร่างของคุณ").contains("เวทีทดสอบ " + slug);
		WebVisitor anyone = new WebVisitor(port);
		assertThat(anyone.get("/events/" + slug).statusCode()).isEqualTo(404);
		assertThat(anyone.get("/events/" + slug + "/register").statusCode()).isEqualTo(404);
		assertThat(anyone.get("/events").body()).doesNotContain(slug);
		assertThat(new Api(port).get("/api/v1/events/" + event.id()).status()).isEqualTo(404);
		assertThat(audit(event.id())).containsExactly("EVENT_DRAFTED");

		// Another organisation's organiser may not publish it.
		var stranger = accounts.createIn(directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id(), null,
				"page-stranger", Role.EVENT_ORGANISER);
		WebVisitor other = new WebVisitor(port);
		other.signIn(stranger.username(), stranger.password());
		other.get("/events/new");
		assertThat(other.post("/events/" + slug + "/organise/publish", Map.of("version", String.valueOf(event.version())))
			.statusCode()).isEqualTo(403);
		assertThat(planning.bySlug(slug).status()).isEqualTo(EventStatus.DRAFT);

		thai.get("/events/" + slug + "/organise");
		var stale = thai.post("/events/" + slug + "/organise/publish", Map.of("version", String.valueOf(event.version() + 7)));
		assertThat(stale.statusCode()).isEqualTo(409);
		var published = thai.post("/events/" + slug + "/organise/publish", Map.of("version", String.valueOf(event.version())));
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(thai.followRedirects(published).body()).contains("เผยแพร่งานแล้ว");
		assertThat(planning.bySlug(slug).status()).isEqualTo(EventStatus.PUBLISHED);
		assertThat(anyone.get("/events/" + slug).statusCode()).isEqualTo(200);
		String list = anyone.get("/events").body();
		assertThat(list.indexOf("เวทีทดสอบ " + slug)).isBetween(list.indexOf("งานที่กำลังจะมาถึง"), list.indexOf("งานที่ผ่านมาแล้ว"));
		assertThat(list.indexOf("วันรณรงค์ต่อต้านการค้ามนุษย์ ประจำปี 2567")).isGreaterThan(list.indexOf("งานที่ผ่านมาแล้ว"));
		assertThat(audit(event.id())).containsExactly("EVENT_DRAFTED", "EVENT_PUBLISHED");
	}

	@Test
	void badInputIsRefusedNamingEachFieldInTheUsersLanguageWithTheFormKeptAndNothingCreated() {
		String slug = slug();
		Map<String, String> bad = newEvent(slug, Locale.forLanguageTag("th"));
		bad.put("titleTh", " ");
		bad.put("startsAt", "31/02/2569 25:00");
		bad.put("venueMapUrl", "javascript:alert(1)");
		bad.put("groups[1].code", "ngo lower");
		bad.put("agenda[0].startsAt", "9 โมง");
		thai.get("/events/new");
		var refused = thai.post("/events/new", bad);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("อ่านวันเวลานี้ไม่ได้")
			.contains("value=\"" + slug + "\"")
			.contains("value=\"ngo lower\"")
			.contains("aria-invalid=\"true\"");
		assertThat(planning.exists(slug)).isFalse();

		// With the times readable, the plan's own checks name their fields, in Thai.
		bad.put("startsAt", newEvent(slug, Locale.forLanguageTag("th")).get("startsAt"));
		var named = thai.post("/events/new", bad);
		assertThat(named.statusCode()).isEqualTo(422);
		assertThat(named.body()).contains("รหัสกลุ่มต้องเป็นตัวพิมพ์ใหญ่").contains("เวลาต้องอยู่ในรูปแบบ HH:MM")
			.contains("value=\"9 โมง\"");
		assertThat(planning.exists(slug)).isFalse();

		WebVisitor english = new WebVisitor(port).speaking("en");
		english.signIn(organiser.username(), organiser.password());
		english.get("/events/new?lang=en");
		Map<String, String> badEn = newEvent(slug, Locale.ENGLISH);
		badEn.put("slug", "No Spaces!");
		badEn.put("onsiteCapacity", "-3");
		badEn.put("registrationClosesAt", badEn.get("registrationOpensAt"));
		var refusedEn = english.post("/events/new", badEn);
		assertThat(refusedEn.statusCode()).isEqualTo(422);
		assertThat(refusedEn.body()).contains("The link name has 3–80 characters").contains("value=\"No Spaces!\"");
		badEn = newEvent(slug, Locale.ENGLISH);
		badEn.put("onsiteCapacity", "many");
		badEn.put("type", "PARTY");
		var notANumber = english.post("/events/new", badEn);
		assertThat(notANumber.statusCode()).isEqualTo(422);
		assertThat(notANumber.body()).contains("value=\"" + slug + "\"").contains("value=\"many\"");
		assertThat(planning.exists(slug)).isFalse();
		assertThat(new WebVisitor(port).get("/events/new").statusCode()).isIn(302, 401, 403);
	}

	@Test
	void cancellingAsksFirstThenClosesTheEventAndEmailsEveryoneStillRegisteredInTheirLanguage() throws Exception {
		String slug = slug();
		thai.get("/events/new");
		assertThat(thai.post("/events/new", newEvent(slug, Locale.forLanguageTag("th"))).statusCode()).isEqualTo(302);
		Event draft = planning.bySlug(slug);
		thai.get("/events/" + slug + "/organise");
		thai.followRedirects(thai.post("/events/" + slug + "/organise/publish", Map.of("version", String.valueOf(draft.version()))));
		Event event = planning.bySlug(slug);
		String thaiMail = email("cancel-th");
		String englishMail = email("cancel-en");
		String goneMail = email("cancel-gone");
		registrar.register(event.id(), applicant("ผู้ลงทะเบียน ไทย", thaiMail, "th"), null);
		registrar.register(event.id(), applicant("Registrant English", englishMail, "en"), null);
		var gone = registrar.register(event.id(), applicant("Already Gone", goneMail, "en"), null);
		registrar.cancel(gone.manageToken());

		var ask = thai.get("/events/" + slug + "/organise/cancel");
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("ยกเลิกงานนี้หรือไม่").contains("จะส่งอีเมลแจ้งผู้ลงทะเบียน 2 คน");
		var unconfirmed = thai.post("/events/" + slug + "/organise/cancel",
				Map.of("version", String.valueOf(event.version()), "reason", "น้ำท่วม"));
		assertThat(unconfirmed.statusCode()).isEqualTo(400);
		assertThat(planning.bySlug(slug).status()).isEqualTo(EventStatus.PUBLISHED);
		var tooLong = thai.post("/events/" + slug + "/organise/cancel",
				Map.of("version", String.valueOf(event.version()), "reason", "ย".repeat(501), "confirm", "yes"));
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(planning.bySlug(slug).status()).isEqualTo(EventStatus.PUBLISHED);

		var cancelled = thai.post("/events/" + slug + "/organise/cancel",
				Map.of("version", String.valueOf(event.version()), "reason", "น้ำท่วมสถานที่จัดงาน", "confirm", "yes"));
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(thai.followRedirects(cancelled).body()).contains("ยกเลิกงานแล้ว");
		assertThat(planning.bySlug(slug).status()).isEqualTo(EventStatus.CANCELLED);
		MimeMessage toThai = TestMail.awaitSubject(thaiMail, "ยกเลิกงาน:");
		assertThat(TestMail.html(toThai)).contains("ผู้จัดได้ยกเลิกงานนี้แล้ว").contains("น้ำท่วมสถานที่จัดงาน")
			.doesNotContain("cid:ticket");
		MimeMessage toEnglish = TestMail.awaitSubject(englishMail, "Cancelled:");
		assertThat(TestMail.html(toEnglish)).contains("The organisers have cancelled this event.");
		assertThat(TestMail.received(goneMail)).noneMatch(m -> subject(m).startsWith("Cancelled:"));

		WebVisitor anyone = new WebVisitor(port);
		assertThat(anyone.get("/events/" + slug).body()).contains("งานนี้ถูกยกเลิกเมื่อ").contains("น้ำท่วมสถานที่จัดงาน");
		assertThat(event.registrationOpen(Instant.now())).isTrue();
		assertThat(planning.bySlug(slug).registrationOpen(Instant.now())).isFalse();
		var again = thai.post("/events/" + slug + "/organise/cancel",
				Map.of("version", String.valueOf(planning.bySlug(slug).version()), "confirm", "yes"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(audit(event.id())).containsExactly("EVENT_DRAFTED", "EVENT_PUBLISHED", "EVENT_CANCELLED");
	}

	@Test
	void aRegistrantConfirmsBeforeCancellingAndTheirPageSaysTheConfirmationWasMailed() throws Exception {
		UUID event = publishedEvent(2, 2, List.of(group("NGO", null, null)));
		String address = email("trust");
		var outcome = registrar.register(event, applicant("ผู้ไว้ใจ ระบบ", address, "th"), null);
		String token = outcome.manageToken();
		TestMail.awaitSubject(address, "");
		WebVisitor person = new WebVisitor(port);
		String page = person.get("/events/registration/" + token).body();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!page.contains("ส่งอีเมลยืนยันไปยังที่อยู่อีเมลของคุณแล้วเมื่อ") && System.nanoTime() < deadline) {
			page = person.get("/events/registration/" + token).body();
		}
		assertThat(page).contains("ส่งอีเมลยืนยันไปยังที่อยู่อีเมลของคุณแล้วเมื่อ").doesNotContain(address);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE id = ? AND confirmation_mailed_at IS NOT NULL",
				Integer.class, outcome.registration().id())).isEqualTo(1);

		var ask = person.get("/events/registration/" + token + "/cancel");
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("ยกเลิกการลงทะเบียนหรือไม่");
		var unconfirmed = person.post("/events/registration/" + token + "/cancel", Map.of());
		assertThat(unconfirmed.statusCode()).isEqualTo(400);
		assertThat(registered.byToken(token).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		var cancelled = person.post("/events/registration/" + token + "/cancel", Map.of("confirm", "yes"));
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(registered.byToken(token).status()).isEqualTo(RegistrationStatus.CANCELLED);
	}

	@Test
	void anOnlineParticipantsPageLeadsToTheirJoinLinkAndTheLiveStreamNotToTheDesk() {
		UUID event = publishedEvent(2, 2, List.of(group("NGO", null, null)));
		var outcome = registrar.register(event, new Applicant("ออนไลน์ ทางไกล", null, null, "NGO", AttendanceMode.ONLINE,
				email("online-page"), null, null, null, "en", true, false, false), null);
		String page = new WebVisitor(port).speaking("en").get("/events/registration/" + outcome.manageToken() + "?lang=en").body();
		assertThat(page).contains("Taking part online").contains("/events/registration/" + outcome.manageToken() + "/join")
			.contains("https://live.example.org/tip")
			.doesNotContain("class=\"qr\"")
			.doesNotContain("registration desk");
		var onsite = registrar.register(event, applicant("ในสถานที่ มาเอง", email("onsite-page"), "en"), null);
		String onsitePage = new WebVisitor(port).get("/events/registration/" + onsite.manageToken() + "?lang=en").body();
		assertThat(onsitePage).contains("class=\"qr\"").doesNotContain("Taking part online");
	}

	@Test
	void theOrganisersDayListComesFirstWithFiltersAndApprovalsWaitingOnTop() {
		Map<String, Object> invited = group("GOV", null, null);
		invited.put("invitationOnly", true);
		UUID event = publishedEvent(3, 3, List.of(group("NGO", null, null), invited));
		String slug = planning.byId(event).slug();
		var checked = registrar.register(event, applicant("กนก เช็กอินแล้ว", email("day-a"), "th"), null);
		registrar.register(event, applicant("ขจร ยังไม่มา", email("day-b"), "th"), null);
		registrar.register(event, new Applicant("คมสัน ออนไลน์", null, null, "NGO", AttendanceMode.ONLINE, email("day-c"), null,
				null, null, "th", true, false, false), null);
		registrar.register(event, new Applicant("งามตา รออนุมัติ", null, null, "GOV", AttendanceMode.ONSITE, email("day-d"), null,
				null, null, "th", true, false, false), null);
		thai.get("/events/" + slug + "/organise");
		thai.post("/events/" + slug + "/organise/checkin", Map.of("code", checked.registration().ticketCode()));

		String page = thai.get("/events/" + slug + "/organise").body();
		assertThat(page.indexOf("รอการอนุมัติ (1)")).isPositive().isLessThan(page.indexOf("รายชื่อผู้เข้าร่วม"));
		assertThat(page.indexOf("รายชื่อผู้เข้าร่วม")).isLessThan(page.indexOf("ลงทะเบียนหน้างาน"));
		assertThat(page.indexOf("ลงทะเบียนหน้างาน")).isLessThan(page.indexOf("จำนวนผู้เข้าร่วม"));
		assertThat(page).contains("กนก เช็กอินแล้ว").contains("ขจร ยังไม่มา").contains("คมสัน ออนไลน์").contains("4 คน");

		String notYet = thai.get("/events/" + slug + "/organise?checkedIn=false&mode=ONSITE&status=CONFIRMED").body();
		assertThat(notYet).contains("ขจร ยังไม่มา").doesNotContain("กนก เช็กอินแล้ว").doesNotContain("คมสัน ออนไลน์").contains("1 คน");
		String arrived = thai.post("/events/" + slug + "/organise/find", Map.of("checkedIn", "true", "q", "กนก")).body();
		assertThat(arrived).contains("กนก เช็กอินแล้ว").doesNotContain("ขจร ยังไม่มา");
		String gov = thai.get("/events/" + slug + "/organise?group=GOV").body();
		assertThat(gov).contains("งามตา รออนุมัติ").doesNotContain("ขจร ยังไม่มา");
		assertThat(thai.get("/events/" + slug + "/organise?status=NOT_A_STATUS").statusCode()).isEqualTo(400);
	}

	@Test
	void theDemoDataHoldsACampaignDayAndALetsTalkTipForumAheadOfAFixedClock() {
		Instant fixed = LocalDate.of(2041, 6, 5).atTime(10, 0).atZone(Dates.BANGKOK).toInstant();
		DemoEvents demo = new DemoEvents(planning, directory, true, Clock.fixed(fixed, ZoneOffset.UTC));
		demo.on(new ReferenceDataLoaded(0, 0));
		demo.on(new ReferenceDataLoaded(0, 0));
		// 5 June 2584 has begun: the next campaign day is a year on; the forum three weeks on, a Wednesday.
		Event campaign = planning.bySlug("anti-trafficking-day-2585");
		assertThat(campaign.startsAt()).isEqualTo(LocalDate.of(2042, 6, 5).atTime(8, 30).atZone(Dates.BANGKOK).toInstant());
		assertThat(campaign.registrationOpen(fixed)).isTrue();
		assertThat(campaign.titleTh()).isEqualTo("วันรณรงค์ต่อต้านการค้ามนุษย์ ประจำปี 2585");
		Event forum = planning.bySlug("lets-talk-tip-2041-06-26");
		assertThat(forum.titleTh()).startsWith("Let's Talk TIP");
		assertThat(forum.venueRoom()).contains("ห้องสารสิน");
		assertThat(forum.registrationOpen(fixed)).isTrue();
		assertThat(forum.ownerOrganisationId()).isEqualTo(directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event WHERE slug LIKE 'lets-talk-tip-2041%'", Integer.class))
			.as("a second start adds nothing").isEqualTo(1);

		// And the application as it started for these tests: both lie ahead of its clock, open to register.
		Instant now = clock.instant();
		List<Event> open = planning.listed().stream().filter(e -> e.registrationOpen(now)).toList();
		assertThat(open).as("a forum within five weeks")
			.anyMatch(e -> e.slug().startsWith("lets-talk-tip-") && e.startsAt().isBefore(now.plus(Duration.ofDays(35))));
		assertThat(open).as("the next campaign day within a year")
			.anyMatch(e -> e.slug().startsWith("anti-trafficking-day-") && e.startsAt().isBefore(now.plus(Duration.ofDays(367))));
	}

	private UUID publishedEvent(int onsite, int online, List<Map<String, Object>> groups) {
		Api api = new Api(port).withToken(accounts.token(organiser));
		Map<String, Object> body = new TestEvents(port, api, division).eventBody("Trust", onsite, online, groups);
		body.put("liveStreamUrl", "https://live.example.org/tip");
		body.put("meetingUrl", "https://meet.example.org/tip");
		var r = api.post("/api/v1/events", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	private static Applicant applicant(String name, String email, String language) {
		return new Applicant(name, null, null, "NGO", AttendanceMode.ONSITE, email, null, null, null, language, true, false, false);
	}

	private List<String> audit(UUID event) {
		return jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? AND action LIKE 'EVENT_%' ORDER BY id",
				String.class, event.toString());
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
