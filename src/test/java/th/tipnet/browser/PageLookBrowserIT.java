package th.tipnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/**
 * Pages look the same on every machine: Thai letters come from the bundled font (not from whatever
 * the machine has, or boxes when it has none), the site has its icon, and search engines and link
 * previews get a description in the reader's language.
 */
@BrowserTest
class PageLookBrowserIT {

	@LocalServerPort
	int port;

	BrowserPage tab;

	@AfterEach
	void close() {
		if (tab != null) {
			tab.close();
		}
	}

	@Test
	void thaiIsDrawnWithTheBundledFontAndThePageHasItsIconAndDescription(Browser chromium) {
		tab = new BrowserPage(chromium, port, "th-TH", 360, 740);
		Page page = tab.page();
		page.navigate("http://localhost:" + port + "/login");
		Object loaded = page.evaluate("""
				async () => { await document.fonts.ready;
				  await document.fonts.load('16px "Noto Sans Thai"', 'ภาษาไทย');
				  return [...document.fonts].filter(f => f.family.replaceAll('"', '') === 'Noto Sans Thai' && f.status === 'loaded').length; }""");
		assertThat(((Number) loaded).intValue()).isGreaterThanOrEqualTo(1);
		assertThat(page.locator("meta[name=description]").getAttribute("content")).contains("เครือข่ายต่อต้านการค้ามนุษย์");
		tab.assertAccessible();

		for (String icon : new String[] { "/favicon.ico", "/favicon.svg", "/apple-touch-icon.png", "/fonts/NotoSansThai-Bold.ttf" }) {
			APIResponse response = page.request().get("http://localhost:" + port + icon);
			assertThat(response.status()).as(icon).isEqualTo(200);
			assertThat(response.body().length).as(icon).isGreaterThan(200);
		}
		assertThat(page.request().get("http://localhost:" + port + "/favicon.ico").headers().get("content-type"))
			.isEqualTo("image/x-icon");

		page.navigate("http://localhost:" + port + "/login?lang=en");
		assertThat(page.locator("meta[name=description]").getAttribute("content")).contains("counter-trafficking network");
	}
}
