package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/**
 * Contacts from public sources as people meet them: a visitor sees where each comes from and that
 * the organisation has not confirmed it; the organisation's administrator confirms or corrects
 * them; and a person who finds nobody nearby still sees the national hotlines. Thai and English,
 * desktop and phone.
 */
@BrowserTest
class PublicContactsBrowserIT {

	static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Test
	void inThaiAnAdministratorConfirmsThePublicContactsAndAPersonSeesTheHotlinesWhenNobodyMatches(Browser chromium) {
		var ilo = directory.organisationByReferenceKey("ilo-bangkok").orElseThrow();
		var admin = new TestAccounts(context).createIn(ilo.id(), null, "ilo-admin", Role.ORG_ADMIN);
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = tab.page();
			page.navigate(tab.url("/directory/organisations/" + ilo.id()));
			var phone = page.locator(".public-contacts li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("โทรศัพท์"));
			assertThat(phone.locator("a[href='tel:+6622881234']")).hasText("+66 2 288 1234");
			assertThat(phone.locator(".provenance")).containsText("จากแหล่งข้อมูลสาธารณะ");
			assertThat(phone.locator(".provenance")).containsText("(issuu.com)");
			assertThat(phone.locator(".provenance")).containsText("ยังไม่ได้รับการยืนยันจากหน่วยงาน");
			assertThat(phone.locator(".provenance")).containsText(java.util.regex.Pattern.compile("ข้อมูล ณ วันที่ \\d{1,2} \\S+ 25\\d\\d"));
			assertThat(page.getByText("ยืนยันว่าช่องทางติดต่อเหล่านี้ถูกต้อง")).hasCount(0);
			shot(tab, "organisation-public-source-th-1280");

			tab.signIn(admin.username(), admin.password());
			page.navigate(tab.url("/directory/organisations/" + ilo.id()));
			tab.assertAccessible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ยืนยันว่าช่องทางติดต่อเหล่านี้ถูกต้อง")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("ยืนยันช่องทางติดต่อแล้ว 3 รายการ");
			assertThat(page.locator(".public-contacts")).not().containsText("ยังไม่ได้รับการยืนยันจากหน่วยงาน");
			assertThat(page.locator(".public-contacts .provenance").first()).containsText("หน่วยงานยืนยันแล้วเมื่อ");
			shot(tab, "organisation-confirmed-th-1280");

			page.navigate(tab.url("/directory/who-can-help"));
			page.getByLabel("จังหวัด", EXACT).selectOption("TH-58");
			page.getByLabel("บริการ", EXACT).selectOption("COMPENSATION");
			page.getByText("ต้องการบริการ 24 ชั่วโมง").click();
			page.getByText("ค้นหาผู้ช่วยเหลือ").click();
			assertThat(page.getByText("ต้องการความช่วยเหลือทันที โทรสายด่วนระดับประเทศด้านล่างได้เลย")).isVisible();
			var hotlines = page.locator(".hotlines");
			assertThat(hotlines.locator("h2")).hasText("สายด่วนระดับประเทศ");
			assertThat(hotlines.locator("a.number")).hasText(new String[] { "1300", "191", "1178", "1694", "1546" });
			assertThat(hotlines.locator("a[href='tel:1300']")).isVisible();
			assertThat(hotlines).containsText("ศูนย์ช่วยเหลือสังคม สายด่วน 1300");
			shot(tab, "who-can-help-no-match-th-1280");
		}
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			for (String[] visit : new String[][] { { "/directory/organisations/" + ilo.id(), "organisation-confirmed-th-360" },
					{ "/directory/who-can-help?province=TH-58&service=COMPENSATION&twentyFourSeven=true", "who-can-help-no-match-th-360" },
					{ "/directory", "directory-hotlines-th-360" } }) {
				phone.page().navigate(phone.url(visit[0]));
				assertThat(phone.scrollWidth()).as("width of %s on a phone", visit[0]).isLessThanOrEqualTo(360);
				shot(phone, visit[1]);
			}
			// On a phone the hotlines sit above the results: a person looking for help sees them without scrolling.
			Page page = phone.page();
			page.navigate(phone.url("/directory?q=" + java.net.URLEncoder.encode("มูลนิธิ", java.nio.charset.StandardCharsets.UTF_8)));
			var strip = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("สายด่วนระดับประเทศ"));
			assertThat(strip.locator("a.number")).hasText(new String[] { "1300", "191", "1178", "1694", "1546" });
			assertThat(strip.boundingBox().y).isLessThan(page.locator("ol.results").boundingBox().y);
			shot(phone, "directory-search-hotline-strip-th-360");
		}
	}

	@Test
	void inEnglishAnAdministratorCorrectsAPhoneWhichConfirmsIt(Browser chromium) {
		var vietnam = directory.organisationByReferenceKey("vietnam-embassy").orElseThrow();
		var admin = new TestAccounts(context).createIn(vietnam.id(), null, "vn-admin", Role.ORG_ADMIN);
		try (BrowserPage tab = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = tab.page();
			page.navigate(tab.url("/directory/organisations/" + vietnam.id() + "?lang=en"));
			assertThat(page.locator("h1")).hasText("Embassy of the Socialist Republic of Viet Nam, Bangkok");
			assertThat(page.locator(".public-contacts .provenance").first()).containsText("From a public source");
			assertThat(page.locator(".public-contacts .provenance").first()).containsText("not yet confirmed by the organisation");
			assertThat(page.locator(".public-contacts .provenance").first())
				.containsText(java.util.regex.Pattern.compile("as of \\d{1,2} [A-Z][a-z]{2} 20\\d\\d"));
			shot(tab, "organisation-public-source-en-1280");

			tab.signIn(admin.username(), admin.password());
			page.navigate(tab.url("/directory/organisations/" + vietnam.id()));
			page.getByText("Correct the phone").click();
			page.getByLabel("Right value").first().fill("+66 2 251 3553");
			tab.assertAccessible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and confirm")).first().click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Contact corrected and confirmed");
			var phoneLine = page.locator(".public-contacts li").first();
			assertThat(phoneLine.locator("a[href='tel:+6622513553']")).hasText("+66 2 251 3553");
			assertThat(phoneLine).containsText("Confirmed by the organisation on");
			assertThat(page.locator(".public-contacts li").nth(1)).containsText("not yet confirmed by the organisation");
			shot(tab, "organisation-corrected-en-1280");

			page.navigate(tab.url("/directory/who-can-help?province=TH-58&service=COMPENSATION&twentyFourSeven=true"));
			assertThat(page.getByText("Or call a national hotline below straight away.")).isVisible();
			assertThat(page.locator(".hotlines a.number")).hasText(new String[] { "1300", "191", "1178", "1694", "1546" });
			assertThat(page.locator(".hotlines")).containsText("Department of Employment hotline for migrant workers");
			shot(tab, "who-can-help-no-match-en-1280");
		}
		try (BrowserPage phone = new BrowserPage(chromium, port, "en-GB", 360, 740)) {
			for (String[] visit : new String[][] { { "/directory/organisations/" + vietnam.id() + "?lang=en", "organisation-corrected-en-360" },
					{ "/directory/who-can-help?province=TH-58&service=COMPENSATION&twentyFourSeven=true&lang=en", "who-can-help-no-match-en-360" },
					{ "/directory?lang=en", "directory-hotlines-en-360" } }) {
				phone.page().navigate(phone.url(visit[0]));
				assertThat(phone.scrollWidth()).as("width of %s on a phone", visit[0]).isLessThanOrEqualTo(360);
				shot(phone, visit[1]);
			}
		}
	}

	private static void shot(BrowserPage tab, String name) {
		tab.assertAccessible();
		tab.shot("dir-contacts-" + name);
	}
}
