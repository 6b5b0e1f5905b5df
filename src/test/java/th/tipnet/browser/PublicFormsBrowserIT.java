package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.Applicant;
import th.tipnet.events.AttendanceMode;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.events.Registrar;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestMail;

/**
 * Registering with an address that is already registered, as a person does it in the browser: the
 * answer says to check the e-mail and shows nothing of the registration, in Thai and English, on a
 * desktop and a phone; the address receives its private link.
 */
@BrowserTest
class PublicFormsBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Registrar registrar;

	@Autowired
	Directory directory;

	Browser chromium;

	String slug;

	UUID eventId;

	@BeforeEach
	void plan(Browser chromium) {
		this.chromium = chromium;
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		var organiser = accounts.createIn(division, null, "again", Role.EVENT_ORGANISER);
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(organiser));
		try {
			Instant now = Instant.now();
			slug = "again-" + UUID.randomUUID().toString().substring(0, 8);
			eventId = planning.plan(new EventPlan(slug, EventType.FORUM, "เวทีทดสอบการลงทะเบียนซ้ำ", "Registering again (test)", null,
					null, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)), "ศูนย์ราชการ", null,
					null, null, null, null, 50, 50, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), division,
					java.util.Set.of(), List.of(new AgendaItem("09:00", "เปิดเวที", "Opening", null)),
					List.of(new ParticipantGroup("NGO", "องค์กรพัฒนาเอกชน", "NGOs", null, null, false)))).id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void registeringAgainWithTheSameAddressSaysToCheckTheMailInBothLanguagesOnDesktopAndPhone() throws Exception {
		record Visit(String locale, String lang, int width, int height, String title) {
		}
		for (Visit visit : List.of(new Visit("th-TH", "th", 1280, 900, "โปรดตรวจสอบอีเมลของคุณ"),
				new Visit("en-GB", "en", 360, 740, "Check your e-mail"), new Visit("th-TH", "th", 360, 740, "โปรดตรวจสอบอีเมลของคุณ"),
				new Visit("en-GB", "en", 1280, 900, "Check your e-mail"))) {
			String email = "again-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
			var first = registrar.register(eventId, new Applicant("มาลี ลงทะเบียนแล้ว", null, null, "NGO", AttendanceMode.ONSITE, email,
					null, null, null, "th", true, false, false), null);
			try (BrowserPage tab = new BrowserPage(chromium, port, visit.locale(), visit.width(), visit.height())) {
				Page page = tab.page();
				page.navigate(tab.url("/events/" + slug + "/register?lang=" + visit.lang()));
				page.locator("#fullName").fill("Someone Else");
				page.locator("#groupCode").selectOption("NGO");
				page.locator("input[name=mode][value=ONSITE]").check();
				page.locator("#email").fill(email);
				page.locator("input[name=consentPrivacy]").check();
				page.locator("form.stack button[type=submit]").click();
				assertThat(page.locator("h1")).hasText(visit.title());
				assertThat(page.getByTestId("check-mail")).isVisible();
				String html = page.content();
				assertThat(html).doesNotContain("มาลี", first.manageToken(), "/events/registration/");
				assertThat(tab.scrollWidth()).as("%s", tab.tooWide()).isLessThanOrEqualTo(visit.width());
				tab.shot("registration-again-" + visit.lang() + "-" + visit.width());
			}
			var link = TestMail.awaitSubject(email, visit.lang().equals("th") ? "ลิงก์ส่วนตัวของคุณ" : "Your private link");
			assertThat(TestMail.html(link)).contains("/events/registration/" + first.manageToken());
		}
	}
}
