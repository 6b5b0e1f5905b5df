package th.tipnet.support;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** One browser tab on the application under test: open, sign in, navigate, screenshot, close. */
public final class BrowserPage implements AutoCloseable {

	private final BrowserContext context;

	private final Page page;

	private final int port;

	public BrowserPage(Browser browser, int port, String locale, int width, int height) {
		this.port = port;
		this.context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height)
			.setIsMobile(width < 600));
		this.page = context.newPage();
	}

	public Page page() {
		return page;
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	public void signIn(String username, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form.stack button[type=submit]").click();
		page.waitForLoadState();
	}

	/** A full-page screenshot under target/screenshots, for people to look at. */
	public void shot(String name) {
		Path file = BrowserTest.SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
	}

	/**
	 * The page's width in CSS pixels: wider than the viewport means a sideways scroll on a phone.
	 * It waits for the page's load event first: a layout forced while the stylesheet is still on
	 * its way is of the unstyled page (a bare table measured 392 px once on a slow CI machine).
	 */
	public int scrollWidth() {
		page.waitForLoadState(LoadState.LOAD);
		return (int) page.evaluate("() => document.documentElement.scrollWidth");
	}

	/** The first elements reaching past the viewport's right edge, to name in a failed width check. */
	public Object tooWide() {
		page.waitForLoadState(LoadState.LOAD);
		return page.evaluate("() => [...document.querySelectorAll('body *')]"
				+ ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
				+ ".slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))");
	}

	@Override
	public void close() {
		context.close();
	}
}
