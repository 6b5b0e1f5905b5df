package th.tipnet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * A browser test: the application (see {@link IntegrationTest}) driven by Debian's Chromium through
 * Playwright. One browser per test class, injected as a parameter; it is never downloaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Tag("browser")
@ExtendWith(BrowserTest.Chromium.class)
public @interface BrowserTest {

	Path CHROMIUM = Path.of(System.getenv().getOrDefault("TIPNET_CHROMIUM", "/usr/bin/chromium"));

	/**
	 * What the browser's (fake) camera shows: a YUV4MPEG2 file Chromium reads when a page starts the
	 * camera, written by {@link FakeCamera}: one per test JVM, since the suite may run in two at once.
	 */
	Path FAKE_CAMERA = Path.of("target", "fake-camera-" + ProcessHandle.current().pid() + ".y4m").toAbsolutePath();

	/** Where tests leave screenshots for people to look at, and the PDFs and images they check. */
	Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Whether {@link BrowserPage#shot} takes its screenshots: only when asked, with
	 * {@code -Dtipnet.screenshots=true}. No test reads them, and CI, where nobody looks at them, need not
	 * spend its time on some 160 whole-page captures a run.
	 */
	boolean TAKE_SCREENSHOTS = Boolean.getBoolean("tipnet.screenshots");

	class Chromium implements ExecutionCondition, ParameterResolver, AfterAllCallback {

		private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Chromium.class);

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return Files.isExecutable(CHROMIUM) ? ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM)
					: RequiredInCi.unavailable("Chromium (" + CHROMIUM + ")");
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
			return parameter.getParameter().getType() == Browser.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
			ExtensionContext.Store store = extension.getRoot().getStore(NS);
			return store.getOrComputeIfAbsent(ClosingBrowser.class, k -> launch(), ClosingBrowser.class).browser();
		}

		@Override
		public void afterAll(ExtensionContext context) {
			// The browser is kept for the whole run (closed with the root store), one launch for all classes.
		}

		private static ClosingBrowser launch() {
			try {
				Files.createDirectories(SCREENSHOTS);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			Playwright playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
							"--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
							"--use-file-for-fake-video-capture=" + FAKE_CAMERA)));
			return new ClosingBrowser(playwright, browser);
		}
	}

	/** Closes Playwright when JUnit closes the root store at the end of the run. */
	record ClosingBrowser(Playwright playwright, Browser browser) implements AutoCloseable {

		@Override
		public void close() {
			playwright.close();
		}
	}
}
