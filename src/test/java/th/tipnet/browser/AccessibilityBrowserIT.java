package th.tipnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/**
 * Every page a visitor or a coordinator opens, checked with axe-core: no serious or critical
 * violation. The other browser tests check the pages they pass through on the way; this one also
 * covers the pages no journey there visits, and names every failing page at once.
 */
@BrowserTest
class AccessibilityBrowserIT {

	private static final String EVENT = "/events/anti-trafficking-day-2567";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Test
	void everyPageHasNoSeriousAccessibilityViolation(Browser chromium) {
		String mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id().toString();
		List<String> failures = new ArrayList<>();
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			check(tab, failures, "/", "/?lang=en", "/login", "/directory", "/directory?q=%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%87",
					"/directory/who-can-help?province=TH-12&service=SCREENING", "/directory/organisations/" + mirror, "/events",
					EVENT, EVENT + "/register", EVENT + "/participants", EVENT + "/exhibition", "/no-such-page");
			var coordinator = new TestAccounts(context).create("axe-admin", Role.SYSTEM_ADMIN, Role.NETWORK_COORDINATOR,
					Role.EVENT_ORGANISER);
			tab.signIn(coordinator.username(), coordinator.password());
			check(tab, failures, "/", "/account", "/admin/users", "/admin/security", "/admin/audit", "/directory/import",
					"/directory/organisations/new", "/directory/organisations/" + mirror + "/edit", "/directory/due-for-verification",
					"/events/new", EVENT + "/organise", EVENT + "/organise/edit", EVENT + "/organise/scan",
					EVENT + "/organise/exhibition", EVENT + "/organise/exhibition?lang=en");
		}
		assertThat(failures).isEmpty();
	}

	private static void check(BrowserPage tab, List<String> failures, String... paths) {
		for (String path : paths) {
			tab.page().navigate(tab.url(path));
			try {
				tab.assertAccessible();
			}
			catch (AssertionError e) {
				failures.add(e.getMessage());
			}
		}
	}
}
