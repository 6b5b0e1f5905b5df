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
		tab.shot("event-register-th");
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.locator(".field-errors")).containsText("ต้องยอมรับประกาศความเป็นส่วนตัว");
		page.locator("input[name=consentPrivacy]").check();
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.getByTestId("registration-status")).containsText("ยืนยันแล้ว");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first()).containsText("ลิงก์ส่วนตัว");
		assertThat(page.locator(".ticket img.qr")).isVisible();
		assertThat(page.getByTestId("ticket-code")).hasText(java.util.regex.Pattern.compile("[2-9A-Z]{8}"));
		tab.shot("event-registered-th");
		String privateLink = page.url();
		page.getByText("ยกเลิกการลงทะเบียน", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.getByTestId("registration-status")).containsText("ยกเลิกแล้ว");
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
			assertThat(phone.scrollWidth()).isLessThanOrEqualTo(360);
			phone.shot("phone-checkin-th");
		}
	}

	@Test
	void theEventPagesFitAPhone() {
		String slug = openEvent();
		try (BrowserPage phone = new BrowserPage(page.context().browser(), port, "en-GB", 360, 740)) {
			for (String path : new String[] { "/events", "/events/" + slug, "/events/" + slug + "/register",
					"/events/anti-trafficking-day-2567" }) {
				phone.page().navigate(phone.url(path));
				assertThat(phone.scrollWidth()).as("width of %s", path).isLessThanOrEqualTo(360);
			}
			phone.page().navigate(phone.url("/events/" + slug + "/register?lang=en"));
			phone.shot("phone-event-register-en");
		}
	}

	private String openEvent() {
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
					"สำนักงานตำรวจแห่งชาติ", "ห้องศรีสรสิน", null, null, null, "https://meet.example.org/tip", 50, 50,
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
