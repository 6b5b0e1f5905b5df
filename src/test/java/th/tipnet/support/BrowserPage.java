package th.tipnet.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * One browser tab on the application under test: open, sign in, navigate, check with axe-core,
 * screenshot, close.
 */
public final class BrowserPage implements AutoCloseable {

	/** axe-core (MPL-2.0, vendored from npm under src/test/resources/axe), put into pages by the test. */
	private static final String AXE = axeSource();

	/**
	 * Runs axe-core on the page and answers its serious and critical violations, each with the
	 * elements it found (at most five), as text; an empty list when there are none.
	 */
	private static final String RUN_AXE = """
			async () => {
			  const results = await axe.run(document, { resultTypes: ['violations'] });
			  return results.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '));
			}""";

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

	/**
	 * Fails, naming the page, each rule and the elements, when axe-core finds a serious or critical
	 * accessibility violation on the page as it is now. axe is evaluated through Playwright, which the
	 * page's Content-Security-Policy ({@code script-src 'self'}) does not apply to, so the application
	 * runs under its real policy.
	 */
	public void assertAccessible() {
		page.waitForLoadState(LoadState.LOAD);
		if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
			page.evaluate(AXE);
		}
		@SuppressWarnings("unchecked")
		java.util.List<String> violations = (java.util.List<String>) page.evaluate(RUN_AXE);
		if (!violations.isEmpty()) {
			throw new AssertionError("axe-core found on " + page.url() + ":\n  " + String.join("\n  ", violations));
		}
	}

	/**
	 * A full-page screenshot under target/screenshots, for people to look at, when screenshots are asked
	 * for ({@link BrowserTest#TAKE_SCREENSHOTS}); answers whether it was taken.
	 */
	public boolean shot(String name) {
		if (!BrowserTest.TAKE_SCREENSHOTS) {
			return false;
		}
		Path file = BrowserTest.SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return true;
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

	private static String axeSource() {
		try (InputStream in = BrowserPage.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core is missing from the test resources (axe/axe.min.js)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
