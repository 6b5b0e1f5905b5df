package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import th.tipnet.certificates.CertificateKind;
import th.tipnet.certificates.CertificateNumber;
import th.tipnet.certificates.Certificates;
import th.tipnet.certificates.Signatory;
import th.tipnet.certificates.Statement;
import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/**
 * The privacy notice, reached from the registration form's consents and from the footer, and the public
 * check of a certificate, valid, revoked and unknown: in Thai and English, on a desktop and a phone,
 * accessible (axe-core), never wider than the screen.
 */
@BrowserTest
class PrivacyAndCertificatesBrowserIT {

	record Visit(String locale, String lang, int width, int height) {
	}

	static final List<Visit> VISITS = List.of(new Visit("th-TH", "th", 1280, 900), new Visit("en-GB", "en", 1280, 900),
			new Visit("th-TH", "th", 360, 740), new Visit("en-GB", "en", 360, 740));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Directory directory;

	@Autowired
	Certificates certificates;

	@Test
	void theConsentLeadsToThePrivacyNoticeInBothLanguages(Browser chromium) throws IOException {
		String slug = event();
		for (Visit visit : VISITS) {
			try (BrowserPage tab = new BrowserPage(chromium, port, visit.locale(), visit.width(), visit.height())) {
				Page page = tab.page();
				page.navigate(tab.url("/events/" + slug + "/register?lang=" + visit.lang()));
				page.getByTestId("privacy-link").click();
				page.waitForURL("**/privacy");
				assertThat(page.locator("h1")).hasText(visit.lang().equals("th") ? "ประกาศความเป็นส่วนตัว" : "Privacy notice");
				String text = page.locator("main").innerText();
				if (visit.lang().equals("th")) {
					assertThat(text).contains("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562").contains("มาตรา 26")
						.contains("ฉบับวันที่ 30 พฤศจิกายน 2569").contains("1300");
				}
				else {
					assertThat(text).contains("Personal Data Protection Act B.E. 2562").contains("section 26")
						.contains("Version of 30 November 2026").contains("1300");
				}
				assertThat(page.locator("footer a[href='/privacy']")).isVisible();
				assertThat(tab.scrollWidth()).as("%s", tab.tooWide()).isLessThanOrEqualTo(visit.width());
				shot(tab, "privacy-" + visit.lang() + "-" + visit.width());
			}
		}
	}

	@Test
	void theCertificateCheckSaysValidRevokedOrUnknown(Browser chromium) throws IOException {
		String reference = "browser-" + UUID.randomUUID();
		CertificateNumber number = certificates.issue(statement(reference, "น้ำผึ้ง ศรีสุขใจ"));
		for (Visit visit : VISITS) {
			try (BrowserPage tab = new BrowserPage(chromium, port, visit.locale(), visit.width(), visit.height())) {
				Page page = tab.page();
				page.navigate(tab.url("/certificates/" + number.value() + "?lang=" + visit.lang()));
				assertThat(page.getByTestId("verdict")).containsText(visit.lang().equals("th") ? "ใช้ได้" : "Valid");
				assertThat(page.locator("main")).containsText("น้ำผึ้ง ศรีสุขใจ");
				assertThat(page.locator("main")).containsText("(นางสาวพิมพ์ใจ ตั้งมั่น)".replace("(", "").replace(")", ""));
				assertThat(tab.scrollWidth()).as("%s", tab.tooWide()).isLessThanOrEqualTo(visit.width());
				shot(tab, "certificate-valid-" + visit.lang() + "-" + visit.width());
			}
		}
		CertificateNumber replacement = certificates.issue(statement(reference, "น้ำผึ้ง ศรีสุขใจดี"));
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = tab.page();
			page.navigate(tab.url("/certificates/" + number.value()));
			assertThat(page.getByTestId("verdict")).containsText("ถูกเพิกถอน");
			shot(tab, "certificate-revoked-th-1280");
			page.getByTestId("verdict").locator("a").click();
			page.waitForURL("**/certificates/" + replacement.value());
			assertThat(page.getByTestId("verdict")).containsText("ใช้ได้");
			// Typed from paper, in lower case, through the form.
			page.locator("#number").fill("tip-2567-00000-00000");
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.getByTestId("verdict")).containsText("ไม่พบ");
			shot(tab, "certificate-unknown-th-1280");
		}
		try (BrowserPage tab = new BrowserPage(chromium, port, "en-GB", 360, 740)) {
			tab.page().navigate(tab.url("/certificates/not-a-number?lang=en"));
			assertThat(tab.page().getByTestId("verdict")).containsText("Not a valid number");
			shot(tab, "certificate-malformed-en-360");
		}
	}

	private static Statement statement(String reference, String holder) {
		return new Statement(reference, CertificateKind.ATTENDANCE, Locale.forLanguageTag("th"), holder,
				"เวทีหารือเครือข่ายต้านการค้ามนุษย์ ประจำปี 2567", "กองต่อต้านการค้ามนุษย์ สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
				new Signatory("นางสาวพิมพ์ใจ ตั้งมั่น", "ผู้อำนวยการกองต่อต้านการค้ามนุษย์", null, null), LocalDate.of(2024, 6, 5));
	}

	private String event() {
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		SecurityContextHolder.getContext()
			.setAuthentication(accounts.authentication(accounts.createIn(division, null, "privacy-organiser", Role.EVENT_ORGANISER)));
		try {
			Instant now = Instant.now();
			String slug = "privacy-" + UUID.randomUUID().toString().substring(0, 8);
			planning.plan(new EventPlan(slug, EventType.FORUM, "เวทีทดสอบประกาศความเป็นส่วนตัว", "Privacy notice (test)", null, null,
					now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)), "ศูนย์ราชการ", null, null, null,
					null, null, 50, 50, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), division, java.util.Set.of(),
					List.of(new AgendaItem("09:00", "เปิดเวที", "Opening", null)),
					List.of(new ParticipantGroup("NGO", "องค์กรพัฒนาเอกชน", "NGOs", null, null, false))));
			return slug;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Checked by axe-core, kept under target/screenshots and, for people to look at, under /work/screens when it exists. */
	private static void shot(BrowserPage tab, String name) throws IOException {
		tab.assertAccessible();
		Path screens = Path.of("/work/screens");
		if (tab.shot(name) && Files.isDirectory(screens)) {
			Files.copy(Path.of("target", "screenshots", name + ".png"), screens.resolve("documents-" + name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
