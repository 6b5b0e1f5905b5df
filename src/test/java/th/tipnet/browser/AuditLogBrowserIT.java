package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import th.tipnet.common.Dates;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/**
 * An administrator reads the audit log in Thai and English, on a desktop and on a phone: names
 * instead of ids, before/after rows, B.E. dates on the Thai page, and the log downloads as filtered.
 */
@BrowserTest
class AuditLogBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	TestAccounts accounts;

	Browser chromium;

	@BeforeEach
	void setUp(Browser chromium) {
		this.chromium = chromium;
		accounts = new TestAccounts(context);
	}

	@Test
	void anAdministratorReadsWhoChangedWhatInEitherLanguageOnADesktopAndAPhone() {
		var admin = accounts.create("log-reader", Role.SYSTEM_ADMIN);
		var member = accounts.create("log-member", Role.MEMBER);
		var mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow();
		Api api = new Api(port).signIn(admin.username(), admin.password());
		long version = api.get("/api/v1/users/" + member.id()).json().get("version").asLong();
		api.put("/api/v1/users/" + member.id(), Map.of("displayName", "Malee Changed", "organisationId", mirror.id().toString(),
				"roles", List.of("MEMBER"), "version", version), Map.of());
		String filter = "/admin/audit?action=USER_UPDATED&actor=" + admin.username();
		int buddhistYear = LocalDate.now(Dates.BANGKOK).getYear() + 543;

		for (int width : new int[] { 1280, 360 }) {
			try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", width, 900)) {
				Page page = tab.page();
				tab.signIn(admin.username(), admin.password());
				page.navigate(tab.url(filter + "&lang=th"));
				var entry = page.locator("tr.entry");
				assertThat(entry).hasCount(1);
				assertThat(entry.locator(".actor")).hasText("Test log-reader");
				assertThat(entry.locator(".record-name")).hasText("Malee Changed");
				assertThat(entry.locator("time")).containsText(String.valueOf(buddhistYear));
				var organisation = entry.locator(".before-after tbody tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("องค์กร"));
				assertThat(organisation.locator("td").nth(1)).hasText(mirror.nameTh());
				look(tab, width, "th");

				page.navigate(tab.url(filter + "&lang=en"));
				assertThat(entry.locator(".what span")).hasText("User updated");
				assertThat(entry.locator(".before-after thead")).containsText("Before");
				assertThat(entry.locator(".before-after tbody")).containsText(mirror.nameEn());
				look(tab, width, "en");
				if (width == 1280) {
					Download csv = page.waitForDownload(() -> page.getByLabel("Download the filtered log as CSV").click());
					assertThat(csv.suggestedFilename()).startsWith("tipnet-audit-").endsWith(".csv");
				}
			}
		}
	}

	/** axe on the page, no sideways scroll on a phone, and a screenshot. */
	private static void look(BrowserPage tab, int width, String language) {
		tab.assertAccessible();
		if (width <= 360) {
			assertThat(tab.scrollWidth()).as("too wide: %s", tab.tooWide()).isLessThanOrEqualTo(360);
		}
		tab.shot("audit-log-" + language + "-" + width);
	}
}
