package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.mail.internet.MimeMessage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestMail;

/** Campaign events as a participant meets them, in Chromium. */
@BrowserTest
class EventsBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Directory directory;

	BrowserPage tab;

	Page page;

	@BeforeEach
	void open(Browser chromium) {
		tab = new BrowserPage(chromium, port, "th-TH", 1280, 900);
		page = tab.page();
	}

	@AfterEach
	void close() {
		tab.close();
	}

	@Test
	void theReferenceEventPageIsInThaiWithBuddhistEraDates() {
		page.navigate(tab.url("/events/anti-trafficking-day-2567"));
		assertThat(page.locator("h1")).hasText("วันรณรงค์ต่อต้านการค้ามนุษย์ ประจำปี 2567");
		assertThat(page.locator(".facts")).containsText("พุธ 5 มิถุนายน 2567");
		assertThat(page.locator("table.agenda")).containsText("มอบรางวัล 4 ประเภท 29 รางวัล");
		tab.assertAccessible();
		tab.shot("event-th");
	}

	@Test
	void aParticipantRegistersOnsiteAndThenOnlineWithoutAnAccount() {
		String slug = openEvent();
		page.navigate(tab.url("/events/" + slug));
		page.getByText("ลงทะเบียน", new Page.GetByTextOptions().setExact(true)).first().click();
		page.locator("#fullName").fill("สมศรี มีสุข");
		page.locator("#organisationName").fill("มูลนิธิทดสอบ");
		page.locator("#groupCode").selectOption("NGO");
		page.locator("input[name=mode][value=ONSITE]").check();
		page.locator("#email").fill("somsri-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
		tab.assertAccessible();
		tab.shot("event-register-th");
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.locator(".field-errors")).containsText("ต้องยอมรับประกาศความเป็นส่วนตัว");
		tab.assertAccessible();
		page.locator("input[name=consentPrivacy]").check();
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.getByTestId("registration-status")).containsText("ยืนยันแล้ว");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first()).containsText("ลิงก์ส่วนตัว");
		assertThat(page.locator(".ticket img.qr")).isVisible();
		assertThat(page.getByTestId("ticket-code")).hasText(java.util.regex.Pattern.compile("[2-9A-Z]{8}"));
		tab.assertAccessible();
		tab.shot("event-registered-th");
		String privateLink = page.url();
		page.getByText("ยกเลิกการลงทะเบียน", new Page.GetByTextOptions().setExact(true)).click();
		// It asks first.
		assertThat(page.locator("h1")).hasText("ยกเลิกการลงทะเบียนหรือไม่");
		tab.assertAccessible();
		page.getByTestId("confirm-cancel").click();
		assertThat(page.getByTestId("registration-status")).containsText("ยกเลิกแล้ว");
		tab.assertAccessible();
		assertThat(privateLink).contains("/events/registration/");
	}

	@Test
	void anOrganiserChecksInByTypedCodeOnAPhoneAndASecondScanIsRefused() {
		String slug = openEvent();
		UUID eventId = planning.bySlug(slug).id();
		var outcome = context.getBean(th.tipnet.events.Registrar.class)
			.register(eventId, new th.tipnet.events.Applicant("ประเสริฐ ตรงเวลา", null, null, "GOV", th.tipnet.events.AttendanceMode.ONSITE,
					"door-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org", null, null, null, "th", true, false, false),
					null);
		String code = outcome.registration().ticketCode();
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		var organiser = accounts.createIn(division, null, "phone-door", Role.EVENT_ORGANISER);
		try (BrowserPage phone = new BrowserPage(page.context().browser(), port, "th-TH", 360, 740)) {
			phone.signIn(organiser.username(), organiser.password());
			phone.page().navigate(phone.url("/events/" + slug + "/organise"));
			phone.page().locator("#code").fill(code);
			phone.page().locator("form.stack button[type=submit]").click();
			assertThat(phone.page().getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first()).containsText("เช็กอินแล้ว: ประเสริฐ ตรงเวลา");
			phone.page().locator("#code").fill(code);
			phone.page().locator("form.stack button[type=submit]").click();
			assertThat(phone.page().getByRole(com.microsoft.playwright.options.AriaRole.ALERT).first()).containsText("เช็กอินไปแล้วเมื่อเวลา");
			assertThat(phone.scrollWidth()).as("too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("phone-checkin-th");
			// A mistyped code: the page answers 422 with the reason, and the code stays to be corrected.
			phone.page().locator("#code").fill("ZZZZ-ZZZZ");
			var refused = phone.page().waitForResponse(r -> r.url().endsWith("/organise/checkin"),
					() -> phone.page().locator("form.stack button[type=submit]").click());
			assertThat(refused.status()).isEqualTo(422);
			assertThat(phone.page().getByRole(com.microsoft.playwright.options.AriaRole.ALERT).first()).containsText("ไม่พบบัตรรหัสนี้ในงานนี้");
			assertThat(phone.page().locator("#code")).hasValue("ZZZZ-ZZZZ");
			assertThat(phone.scrollWidth()).as("too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("phone-checkin-refused-th");
		}
	}

	@Test
	void theEventPagesFitAPhone() {
		String slug = openEvent();
		try (BrowserPage phone = new BrowserPage(page.context().browser(), port, "en-GB", 360, 740)) {
			for (String path : new String[] { "/events", "/events/" + slug, "/events/" + slug + "/register",
					"/events/anti-trafficking-day-2567" }) {
				phone.page().navigate(phone.url(path));
				assertThat(phone.scrollWidth()).as("width of %s; too wide: %s", path, phone.tooWide()).isLessThanOrEqualTo(360);
				phone.assertAccessible();
			}
			phone.page().navigate(phone.url("/events/" + slug + "/register?lang=en"));
			phone.assertAccessible();
			phone.shot("phone-event-register-en");
		}
	}

	@Test
	void aParticipantAcceptsTheOfferedPlaceFromTheLinkInTheEMail() throws Exception {
		String slug = openEvent(1, 50);
		UUID eventId = planning.bySlug(slug).id();
		var registrar = context.getBean(th.tipnet.events.Registrar.class);
		String first = registrar.register(eventId, applicant("ผู้ลงทะเบียน ก่อน", "first-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org"),
				null).manageToken();
		String email = "offer-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		registrar.register(eventId, applicant("สมชาย รอคิว", email), null);
		registrar.cancel(first);

		MimeMessage offer = TestMail.awaitSubject(email, "มีที่นั่งว่างสำหรับคุณ");
		Matcher accept = Pattern.compile("href=\"([^\"]*answer=accept[^\"]*)\"").matcher(TestMail.html(offer));
		assertThat(accept.find()).isTrue();
		String link = accept.group(1).replace("http://localhost:8080", "");
		String[] pathAndAnchor = link.split("#", 2);

		for (String locale : new String[] { "en-GB", "th-TH" }) {
			for (int width : new int[] { 360, 1280 }) {
				try (BrowserPage other = new BrowserPage(page.context().browser(), port, locale, width, width < 600 ? 740 : 900)) {
					other.page().navigate(other.url(link));
					assertThat(other.page().locator("#offer h2")).hasText(locale.startsWith("th") ? "มีที่นั่งว่างสำหรับคุณ" : "A place is free for you");
					assertThat(other.scrollWidth()).isLessThanOrEqualTo(width);
					other.assertAccessible();
					other.shot("offer-" + locale.substring(0, 2) + "-" + width);
				}
			}
		}

		page.navigate(tab.url(pathAndAnchor[0] + "#" + pathAndAnchor[1]));
		assertThat(page.getByTestId("registration-status")).containsText("มีที่นั่งว่างเสนอให้คุณ");
		// Held for a day, shown in the Buddhist Era.
		tab.assertAccessible();
		assertThat(page.getByTestId("offer-until"))
			.containsText(String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).plusDays(1).getYear() + 543));
		page.getByTestId("accept-offer").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first()).containsText("รับที่นั่งแล้ว");
		assertThat(page.getByTestId("registration-status")).containsText("ยืนยันแล้ว");
		assertThat(page.locator(".ticket img.qr")).isVisible();
		tab.assertAccessible();
		tab.shot("offer-accepted-th");
		assertThat(TestMail.html(TestMail.awaitSubject(email, "ยืนยันการลงทะเบียน"))).contains("cid:ticket");
	}

	@Test
	void anOrganiserEditsTheCapacityAndSeesWhyATooLowValueIsRefused() {
		String slug = openEvent(50, 50);
		UUID eventId = planning.bySlug(slug).id();
		var registrar = context.getBean(th.tipnet.events.Registrar.class);
		for (int i = 0; i < 2; i++) {
			registrar.register(eventId, applicant("ผู้เข้าร่วม " + i, "seat" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org"), null);
		}
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		var organiser = accounts.createIn(division, null, "edit-browser", Role.EVENT_ORGANISER);

		tab.signIn(organiser.username(), organiser.password());
		page.navigate(tab.url("/events/" + slug + "/organise"));
		tab.assertAccessible();
		page.getByTestId("edit-event").click();
		assertThat(page.locator("h1")).hasText("แก้ไขงาน");
		assertThat(page.locator("#onsiteTaken")).containsText("2 ที่");
		tab.assertAccessible();
		tab.shot("event-edit-th-1280");
		// Times are typed in the Buddhist Era on a Thai page; one that does not exist is refused by name.
		String starts = page.locator("#startsAt").inputValue();
		assertThat(starts).matches("\\d{2}/\\d{2}/25\\d{2} \\d{2}:\\d{2}");
		assertThat(starts).isEqualTo(new th.tipnet.common.Dates().typed(planning.bySlug(slug).startsAt(), th.tipnet.common.Languages.THAI));
		page.locator("#startsAt").fill("31/02/2567 08:00");
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.locator("#startsAt ~ .field-error")).containsText("อ่านวันเวลานี้ไม่ได้");
		assertThat(page.locator("#startsAt")).hasAttribute("aria-invalid", "true");
		page.locator("#startsAt").fill(starts);
		page.locator("#onsiteCapacity").fill("1");
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.getByTestId("onsiteCapacity-error")).containsText("ต้องไม่น้อยกว่า 2 ที่");
		assertThat(page.locator("#onsiteCapacity")).hasAttribute("aria-invalid", "true");
		tab.assertAccessible();
		tab.shot("event-edit-error-th-1280");
		page.locator("#onsiteCapacity").fill("60");
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first()).containsText("บันทึกการแก้ไขงานแล้ว");
		assertThat(planning.bySlug(slug).onsiteCapacity()).isEqualTo(60);
		assertThat(new th.tipnet.common.Dates().typed(planning.bySlug(slug).startsAt(), th.tipnet.common.Languages.THAI))
			.as("the start, read back from its Buddhist-Era field").isEqualTo(starts);

		for (String locale : new String[] { "en-GB", "th-TH" }) {
			for (int width : new int[] { 360, 1280 }) {
				if (locale.startsWith("th") && width == 1280) {
					continue;
				}
				try (BrowserPage other = new BrowserPage(page.context().browser(), port, locale, width, width < 600 ? 740 : 900)) {
					other.signIn(organiser.username(), organiser.password());
					other.page().navigate(other.url("/events/" + slug + "/organise/edit"));
					assertThat(other.scrollWidth()).isLessThanOrEqualTo(width);
					String name = locale.substring(0, 2) + "-" + width;
					other.assertAccessible();
					other.shot("event-edit-" + name);
					other.page().locator("#onsiteCapacity").fill("0");
					other.page().locator("form.stack button[type=submit]").click();
					assertThat(other.page().getByTestId("onsiteCapacity-error"))
						.containsText(locale.startsWith("th") ? "ต้องไม่น้อยกว่า 2 ที่" : "Cannot be lower than the 2 places");
					assertThat(other.scrollWidth()).isLessThanOrEqualTo(width);
					other.assertAccessible();
					other.shot("event-edit-error-" + name);
				}
			}
		}
		assertThat(planning.bySlug(slug).onsiteCapacity()).isEqualTo(60);
	}

	private static th.tipnet.events.Applicant applicant(String name, String email) {
		return new th.tipnet.events.Applicant(name, "มูลนิธิทดสอบ", null, "NGO", th.tipnet.events.AttendanceMode.ONSITE, email, null,
				null, null, "th", true, false, false);
	}

	private String openEvent() {
		return openEvent(50, 50);
	}

	private String openEvent(int onsite, int online) {
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		var organiser = accounts.createIn(division, null, "browser-organiser", Role.EVENT_ORGANISER);
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(organiser));
		try {
			Instant now = Instant.now();
			String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
			planning.plan(new EventPlan(slug, EventType.FORUM, "เวทีหารือ Let's Talk TIP (ทดสอบ)", "Let's Talk TIP (test)",
					"ภาครัฐ เอกชน และประชาสังคมร่วมหารือปัญหาและข้อเสนอแนะ", "Government, private sector and civil society",
					now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(3)).plus(Duration.ofHours(3)),
					"สำนักงานตำรวจแห่งชาติ", "ห้องศรีสรสิน", null, null, null, "https://meet.example.org/tip", onsite, online,
					now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), division, java.util.Set.of(),
					List.of(new AgendaItem("09:00", "เปิดเวที", "Opening", null)),
					List.of(new ParticipantGroup("GOV", "หน่วยงานภาครัฐ", "Government agencies", null, null, false),
							new ParticipantGroup("NGO", "องค์กรพัฒนาเอกชน", "NGOs", null, null, false))));
			return slug;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
