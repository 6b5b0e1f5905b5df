package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/**
 * A signed-in organiser's home page in Chromium, Thai on a phone and English on a desktop: what
 * needs them comes first and leads to it; the header leads to the directory and the events; an
 * administrator reaches every administration page from one.
 */
@BrowserTest
class DashboardBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Test
	void anOrganiserSeesWhatNeedsThemAndGoesStraightToIt(Browser chromium) {
		TestAccounts accounts = new TestAccounts(context);
		// An organisation no other test plans events for: the one event waiting is this test's.
		UUID owner = directory.organisationByReferenceKey("ilo-bangkok").orElseThrow().id();
		TestAccounts.Account organiser = accounts.createIn(owner, null, "home-organiser", Role.EVENT_ORGANISER);
		String slug = planWithOneApplicant(new Api(port).withToken(accounts.token(organiser)), owner);

		for (String[] visit : new String[][] { { "th-TH", "360", "th" }, { "en-GB", "1280", "en" } }) {
			boolean thai = visit[2].equals("th");
			try (BrowserPage tab = new BrowserPage(chromium, port, visit[0], Integer.parseInt(visit[1]), 800)) {
				Page page = tab.page();
				tab.signIn(organiser.username(), organiser.password());
				page.navigate(tab.url("/?lang=" + visit[2]));
				assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(thai ? "สิ่งที่รอคุณดำเนินการ" : "What needs you")))
					.isVisible();
				assertThat(page.locator(".site-nav")).containsText(thai ? "ทำเนียบ" : "Directory");
				assertThat(page.locator(".site-nav")).containsText(thai ? "กิจกรรม" : "Events");
				assertThat(page.locator(".attention-list")).containsText(thai ? "ทดสอบหน้าแรกในเบราว์เซอร์" : "Browser home page forum");
				assertThat(tab.scrollWidth()).as("no sideways scroll: %s", tab.tooWide()).isLessThanOrEqualTo(Integer.parseInt(visit[1]));
				tab.assertAccessible();
				tab.shot("dashboard-organiser-" + visit[2] + "-" + visit[1]);
				page.locator(".attention-list a", new Page.LocatorOptions().setHasText(thai ? "คำขอเข้าร่วมที่รออนุมัติ" : "awaiting your approval"))
					.first()
					.click();
				assertThat(page).hasURL(java.util.regex.Pattern.compile("/events/" + slug + "/organise"));
			}
		}

		TestAccounts.Account admin = accounts.create("home-admin", Role.SYSTEM_ADMIN);
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(admin.username(), admin.password());
			page.locator(".site-nav").getByText("ผู้ดูแลระบบ").click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("การดูแลระบบ"))).isVisible();
			assertThat(page.locator("a[href='/admin/users']")).isVisible();
			tab.assertAccessible();
			tab.shot("administration-th-360");
		}
	}

	private String planWithOneApplicant(Api api, UUID owner) {
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String slug = "home-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> invited = new HashMap<>();
		invited.put("code", "GUEST");
		invited.put("nameTh", "ผู้ได้รับเชิญ");
		invited.put("nameEn", "Invited guests");
		invited.put("onsiteQuota", 20);
		invited.put("onlineQuota", null);
		invited.put("invitationOnly", true);
		Map<String, Object> event = new HashMap<>();
		event.put("slug", slug);
		event.put("type", "FORUM");
		event.put("titleTh", "เวทีทดสอบหน้าแรกในเบราว์เซอร์");
		event.put("titleEn", "Browser home page forum");
		event.put("startsAt", now.plus(Duration.ofDays(1)).toString());
		event.put("endsAt", now.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)).toString());
		event.put("onsiteCapacity", 20);
		event.put("onlineCapacity", 0);
		event.put("registrationOpensAt", now.minus(Duration.ofHours(1)).toString());
		event.put("registrationClosesAt", now.plus(Duration.ofHours(12)).toString());
		event.put("ownerOrganisationId", owner.toString());
		event.put("organiserIds", Set.of());
		event.put("agenda", List.of(Map.of("startsAt", "09:00", "titleTh", "เปิดงาน", "titleEn", "Opening")));
		event.put("groups", List.of(invited));
		Api.Response planned = api.post("/api/v1/events", event);
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		Map<String, Object> applicant = new HashMap<>();
		applicant.put("fullName", "ผู้สมัคร เบราว์เซอร์");
		applicant.put("groupCode", "GUEST");
		applicant.put("mode", "ONSITE");
		applicant.put("email", "home-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		applicant.put("language", "th");
		applicant.put("consentPrivacy", true);
		Api.Response registered = new Api(port).post("/api/v1/events/" + planned.json().get("id").asString() + "/registrations", applicant);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		return slug;
	}
}
