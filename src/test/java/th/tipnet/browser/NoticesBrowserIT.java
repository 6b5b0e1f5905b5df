package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/** A case worker sees the bell light up when a referral they sent is accepted, and opens the notice. */
@BrowserTest
class NoticesBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	Browser chromium;

	@BeforeEach
	void setUp(Browser chromium) {
		this.chromium = chromium;
		accounts = new TestAccounts(context);
	}

	@Test
	void theBellShowsANewNoticeAndTheNoticesPageOpensIt() {
		UUID lead = directory.organisationByReferenceKey("rapha-international").orElseThrow().id();
		UUID shelter = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		var worker = accounts.createIn(lead, null, "bell-worker", Role.CASE_WORKER);
		var receiving = accounts.createIn(shelter, null, "bell-receiver", Role.CASE_WORKER);
		String secret = accounts.enrolTotp(worker);
		Api sender = new Api(port).withToken(accounts.token(worker));

		try (BrowserPage desk = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = desk.page();
			desk.signIn(worker.username(), worker.password());
			page.getByLabel("รหัสยืนยัน").fill(TotpCodes.at(secret, Instant.now()));
			page.getByText("ยืนยัน", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page).hasURL(desk.url("/"));
			var bell = page.locator("header a.counted");
			assertThat(bell).containsText("การแจ้งเตือน");
			int before = page.locator("header a.counted .count").count() == 0 ? 0
					: Integer.parseInt(page.locator("header a.counted .count").textContent().strip());

			// A referral the worker's organisation sent is accepted by the shelter.
			String caseId = sender.post("/api/v1/cases", th.tipnet.cases.TestCasesAccess.intake(
					Instant.now().minus(Duration.ofHours(1)), "TH-20", "นาย กระดิ่ง")).json().get("id").asString();
			String number = jdbc.queryForObject("SELECT case_number FROM nrm_case WHERE id = ?", String.class, UUID.fromString(caseId));
			Map<String, Object> referral = new LinkedHashMap<>();
			referral.put("receiverOrganisationId", shelter.toString());
			referral.put("purpose", "OUTREACH_RESCUE");
			referral.put("urgency", "NORMAL");
			referral.put("sections", List.of("PERSON"));
			referral.put("consent", "GIVEN");
			referral.put("consentBy", "ผู้เสียหาย");
			String referralId = sender.post("/api/v1/cases/" + caseId + "/referrals", referral).json().get("id").asString();
			assertThat(new Api(port).withToken(accounts.token(receiving))
				.post("/api/v1/referrals/" + referralId + "/accept", Map.of("version", 0)).status()).isEqualTo(200);

			page.reload();
			assertThat(bell.locator(".count")).hasText(String.valueOf(before + 1));
			assertThat(bell).hasAccessibleName(Pattern.compile("การแจ้งเตือน\\s*" + (before + 1) + "\\s*ยังไม่อ่าน"));
			desk.assertAccessible();
			page.locator("header").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(th.tipnet.support.BrowserTest.SCREENSHOTS.resolve("notices-bell-desktop-th.png")));

			bell.click();
			assertThat(page).hasURL(desk.url("/notices"));
			assertThat(page.locator("h1")).hasText("การแจ้งเตือน");
			var notice = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
				.setName("องค์กรปลายทางตอบรับการส่งต่อเคส " + number + " แล้ว"));
			assertThat(notice).isVisible();
			assertThat(page.locator("ul.notices li.unread").first()).containsText(number);
			desk.assertAccessible();
			desk.shot("notices-desktop-th");

			// The same page on a phone, the bell still counting.
			page.setViewportSize(360, 740);
			page.reload();
			assertThat(bell.locator(".count")).hasText(String.valueOf(before + 1));
			assertThat(desk.scrollWidth()).as("notices page width; too wide: %s", desk.tooWide()).isLessThanOrEqualTo(360);
			desk.assertAccessible();
			desk.shot("notices-phone-th");
			page.locator("header").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(th.tipnet.support.BrowserTest.SCREENSHOTS.resolve("notices-bell-phone-th.png")));
			page.setViewportSize(1280, 900);

			page.navigate(desk.url("/notices?lang=en"));
			assertThat(page.locator("h1")).hasText("Notices");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
				.setName("The referral of case " + number + " was accepted"))).isVisible();
			assertThat(page.getByText(Pattern.compile("^(1 notice|\\d+ notices), \\d+ unread$"))).isVisible();
			desk.assertAccessible();
			desk.shot("notices-desktop-en");
			page.locator("header").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(th.tipnet.support.BrowserTest.SCREENSHOTS.resolve("notices-bell-desktop-en.png")));

			page.navigate(desk.url("/notices?lang=th"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("องค์กรปลายทางตอบรับการส่งต่อเคส " + number + " แล้ว"))
				.click();
			assertThat(page).hasURL(desk.url("/cases/" + caseId));
			assertThat(page.getByTestId("case-number")).hasText(number);
			page.navigate(desk.url("/notices"));
			assertThat(page.locator("ul.notices li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(number)))
				.hasClass(Pattern.compile("\\bread\\b"));
			int after = page.locator("header a.counted .count").count() == 0 ? 0
					: Integer.parseInt(page.locator("header a.counted .count").textContent().strip());
			assertThat(after).isEqualTo(before);
		}
	}
}
