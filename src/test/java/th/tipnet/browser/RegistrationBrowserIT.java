package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

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
 * Registering as people do: a visitor onsite in Thai, a member online in English with their details
 * filled in, each receiving the confirmation by e-mail (a real SMTP server, GreenMail); and the
 * organiser's counts refreshing by themselves.
 */
@BrowserTest
class RegistrationBrowserIT {

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

	TestAccounts accounts;

	TestAccounts.Account organiser;

	String slug;

	@BeforeEach
	void plan(Browser chromium) {
		this.chromium = chromium;
		accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiser = accounts.createIn(division, null, "journey", Role.EVENT_ORGANISER);
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(organiser));
		try {
			Instant now = Instant.now();
			slug = "journey-" + UUID.randomUUID().toString().substring(0, 8);
			planning.plan(new EventPlan(slug, EventType.FORUM, "เวที Let's Talk TIP (ทดสอบการลงทะเบียน)",
					"Let's Talk TIP (registration test)", null, null, now.plus(Duration.ofDays(2)),
					now.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)), "สำนักงานตำรวจแห่งชาติ", "ห้องศรีสรสิน", null, null,
					"https://www.facebook.com/live/example", "https://meet.example.org/tip-forum", 50, 50,
					now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), division, java.util.Set.of(),
					List.of(new AgendaItem("09:00", "เปิดเวที", "Opening", null)),
					List.of(new ParticipantGroup("GOV", "หน่วยงานภาครัฐ", "Government agencies", null, null, false),
							new ParticipantGroup("NGO", "องค์กรพัฒนาเอกชน", "NGOs", null, null, false))));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void aVisitorRegistersOnsiteAndAMemberOnlineAndEachGetsTheirConfirmationByEMail() throws Exception {
		String visitorEmail = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		try (BrowserPage visitor = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = visitor.page();
			page.navigate(visitor.url("/events/" + slug + "/register"));
			assertThat(page.locator("#fullName")).hasValue("");
			visitor.assertAccessible();
			page.locator("#fullName").fill("วิไลวรรณ ใจดี");
			page.locator("#groupCode").selectOption("NGO");
			page.locator("input[name=mode][value=ONSITE]").check();
			page.locator("#email").fill(visitorEmail);
			page.locator("input[name=consentPrivacy]").check();
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.getByTestId("registration-status")).containsText("ยืนยันแล้ว");
			assertThat(page.locator(".ticket img.qr")).isVisible();
			visitor.assertAccessible();
		}
		MimeMessage onsite = TestMail.awaitSubject(visitorEmail, "ยืนยันการลงทะเบียน");
		assertThat(TestMail.html(onsite)).contains("cid:ticket").contains("วิไลวรรณ ใจดี");
		assertThat(TestMail.partTypes(onsite)).anyMatch(t -> t.startsWith("image/png")).anyMatch(t -> t.startsWith("text/calendar"));

		UUID labour = directory.organisationByReferenceKey("doe").orElseThrow().id();
		var member = accounts.createIn(labour, null, "member", Role.MEMBER);
		String organisationName = directory.summary(th.tipnet.directory.OrganisationId.of(labour)).orElseThrow().name(java.util.Locale.ENGLISH);
		try (BrowserPage phone = new BrowserPage(chromium, port, "en-GB", 360, 740)) {
			phone.signIn(member.username(), member.password());
			Page page = phone.page();
			page.navigate(phone.url("/events/" + slug + "/register?lang=en"));
			// What the network knows is filled in; consents never are.
			assertThat(page.locator("#fullName")).hasValue("Test member");
			assertThat(page.locator("#email")).hasValue(member.username() + "@example.org");
			assertThat(page.locator("#organisationName")).hasValue(organisationName);
			assertThat(page.locator("input[name=consentPrivacy]")).not().isChecked();
			assertThat(phone.scrollWidth()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("phone-register-member-en");
			page.locator("#groupCode").selectOption("GOV");
			page.locator("input[name=mode][value=ONLINE]").check();
			page.locator("input[name=consentPrivacy]").check();
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.getByTestId("registration-status")).containsText("Confirmed");
			assertThat(page.getByText("Join the meeting")).isVisible();
			phone.assertAccessible();
			phone.shot("phone-registered-online-en");
		}
		MimeMessage online = TestMail.awaitSubject(member.username() + "@example.org", "Registration confirmed");
		assertThat(TestMail.html(online)).contains("/join");
	}

	@Test
	void theOrganisersCountsRefreshThemselves() {
		UUID eventId = planning.bySlug(slug).id();
		register(eventId, "นับ หนึ่ง");
		try (BrowserPage desk = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			desk.signIn(organiser.username(), organiser.password());
			desk.page().navigate(desk.url("/events/" + slug + "/organise?live=true"));
			assertThat(desk.page().locator("script[data-refresh-seconds]")).hasAttribute("data-refresh-seconds", "15");
			var onsiteTotal = desk.page().locator("table.counts tr.total").first();
			assertThat(onsiteTotal).containsText("1 / 50");
			register(eventId, "นับ สอง");
			// Nobody touches the page: it reloads itself and shows the new count.
			assertThat(onsiteTotal).containsText("2 / 50", new LocatorAssertions.ContainsTextOptions().setTimeout(40_000));
			desk.assertAccessible();
			desk.shot("organise-live-th");
		}
	}

	private void register(UUID eventId, String name) {
		registrar.register(eventId, new Applicant(name, null, null, "NGO", AttendanceMode.ONSITE,
				"count-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", null, null, null, "th", true, false, false),
				null);
	}
}
