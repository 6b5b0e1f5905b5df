package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/** Searching with parts of words and everyday names, and the coordinators' synonym list, in Chromium. */
@BrowserTest
class SearchSynonymsBrowserIT {

	static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aVisitorFindsAPartOfAWordAndAnEverydayNameInThai(Browser chromium) throws IOException {
		for (int width : new int[] { 1280, 360 }) {
			try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", width, 900)) {
				Page page = tab.page();
				page.navigate(tab.url("/directory"));
				page.getByLabel("ค้นหา", EXACT).fill("กระจก");
				page.locator("form.filters button[type=submit]").click();
				assertThat(page.locator(".results .result h2 a").first()).hasText("มูลนิธิกระจกเงา");
				assertThat(page.locator(".results .result mark").first()).hasText("กระจก");
				shot(tab, "search-part-th-" + width);

				page.getByLabel("ค้นหา", EXACT).fill("สถานทูต");
				page.locator("form.filters button[type=submit]").click();
				assertThat(page.locator(".results .result h2 a").first()).hasText("สถานเอกอัครราชทูตสหรัฐอเมริกา ประจำประเทศไทย");
				shot(tab, "search-synonym-th-" + width);
			}
		}
	}

	@Test
	void aCoordinatorAddsASynonymInEnglishAndTheNextSearchUsesIt(Browser chromium) throws IOException {
		var accounts = new TestAccounts(context);
		var coordinator = accounts.create("syn-browser", Role.NETWORK_COORDINATOR);
		try (BrowserPage tab = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = tab.page();
			tab.signIn(coordinator.username(), coordinator.password());
			page.navigate(tab.url("/directory"));
			page.getByText("Search synonyms", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.locator("h1")).hasText("Search synonyms");
			assertThat(page.locator(".synonym-group input[name=terms]").first()).isVisible();

			page.getByLabel("Words in the group", EXACT).fill("lonely");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Add a group").setExact(true)).click();
			assertThat(page.locator("[role=alert]")).containsText("terms");
			assertThat(page.locator("[role=alert]")).containsText("Give 2 to 20 words");
			shot(tab, "synonyms-refused-en-1280");

			page.getByLabel("Words in the group", EXACT).fill("looking glass, กระจกเงา");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Add a group").setExact(true)).click();
			assertThat(page.locator("p.notice")).containsText("Group saved");
			shot(tab, "synonyms-en-1280");

			page.navigate(tab.url("/directory?q=looking+glass"));
			assertThat(page.locator(".results .result h2 a").first()).hasText("Mirror Foundation");

			page.navigate(tab.url("/directory/synonyms"));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Remove the group looking glass, กระจกเงา").setExact(true)).click();
			assertThat(page.locator("p.notice")).containsText("Group removed");
			page.navigate(tab.url("/directory?q=looking+glass"));
			assertThat(page.locator(".results .result")).hasCount(0);

			page.setViewportSize(360, 800);
			page.navigate(tab.url("/directory/synonyms"));
			shot(tab, "synonyms-en-360");
		}
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			tab.signIn(coordinator.username(), coordinator.password());
			tab.page().navigate(tab.url("/directory/synonyms"));
			assertThat(tab.page().locator("h1")).hasText("คำพ้องความหมายสำหรับการค้นหา");
			shot(tab, "synonyms-th-1280");
			tab.page().setViewportSize(360, 800);
			shot(tab, "synonyms-th-360");
		}
	}

	/** Checked by axe-core, kept under target/screenshots and, for the lead, under /work/screens when it exists. */
	private static void shot(BrowserPage tab, String name) throws IOException {
		tab.assertAccessible();
		Path screens = Path.of("/work/screens");
		if (tab.shot(name) && Files.isDirectory(screens)) {
			Files.copy(Path.of("target", "screenshots", name + ".png"), screens.resolve("dir-search-" + name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
