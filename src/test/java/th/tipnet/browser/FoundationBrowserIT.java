package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import th.tipnet.common.Dates;
import th.tipnet.common.Languages;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/** The foundation as a person uses it, in Chromium: sign-in, two-step sign-in, languages, dates, phone, audit. */
@BrowserTest
class FoundationBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	TestAccounts accounts;

	BrowserPage tab;

	Page page;

	@BeforeEach
	void open(Browser chromium) {
		accounts = new TestAccounts(context);
		tab = new BrowserPage(chromium, port, "th-TH", 1280, 800);
		page = tab.page();
	}

	@AfterEach
	void close() {
		tab.close();
	}

	@Test
	void aWrongPasswordIsRefusedInThaiAndTheRightOneSignsIn() {
		var member = accounts.create("browser", Role.MEMBER);
		page.navigate(url("/login"));
		assertThat(page.locator("html")).hasAttribute("lang", "th");
		page.getByLabel("ชื่อผู้ใช้").fill(member.username());
		page.getByLabel("รหัสผ่าน").fill("not-the-password");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("เข้าสู่ระบบ")).click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).hasText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
		shot("login-error-th");

		signIn(member.username(), member.password());
		assertThat(page.locator(".site-nav .who")).hasText(member.username());
		assertThat(page.getByText("บัญชีของฉัน").first()).isVisible();
	}

	@Test
	void aMemberEnrolsAnAuthenticatorAndSignsInWithIt() {
		var member = accounts.create("browser-totp", Role.MEMBER);
		signIn(member.username(), member.password());
		page.navigate(url("/account"));
		tab.assertAccessible();
		page.getByText("ตั้งค่าแอปยืนยันตัวตน").click();
		assertThat(page.locator("img.qr")).isVisible();
		shot("totp-enrol-th");
		String secret = page.getByTestId("totp-secret").textContent().replace(" ", "");
		page.getByLabel("กรอกรหัส 6 หลักที่แอปแสดง").fill(accounts.totpCode(secret));
		page.getByText("ยืนยันและเปิดใช้งาน").click();
		assertThat(page.getByTestId("recovery-codes").locator("li")).hasCount(10);
		shot("recovery-codes-th");

		page.locator(".site-nav button").click();
		signIn(member.username(), member.password());
		assertThat(page).hasURL(url("/login/totp"));
		tab.assertAccessible();
		// The enrolment used this step's code; the next step's code is the one an app shows next.
		page.getByLabel("รหัสยืนยัน").fill(totpCodeAt(secret, Instant.now().plusSeconds(30)));
		page.getByText("ยืนยัน", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator(".site-nav .who")).hasText(member.username());
	}

	@Test
	void theLanguageSwitchChangesEveryPageAndIsRemembered() {
		page.navigate(url("/"));
		assertThat(page.locator("h1")).hasText("TIPNet");
		assertThat(page.locator(".lead")).containsText("แพลตฟอร์มของภาคีเครือข่ายต่อต้านการค้ามนุษย์");
		shot("home-th");
		page.getByText("English").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator(".lead")).containsText("platform of Thailand's counter-trafficking network");
		shot("home-en");
		page.navigate(url("/login"));
		assertThat(page.locator("h1")).hasText("Sign in");
		tab.assertAccessible();
		page.getByText("ภาษาไทย").click();
		assertThat(page.locator("h1")).hasText("เข้าสู่ระบบ");
	}

	@Test
	void datesAreInTheBuddhistEraInThaiAndTheCommonEraInEnglish() {
		LocalDate today = LocalDate.now(Dates.BANGKOK);
		page.navigate(url("/"));
		assertThat(page.locator(".today time")).containsText(String.valueOf(today.getYear() + 543));
		page.navigate(url("/?lang=en"));
		assertThat(page.locator(".today time")).containsText(String.valueOf(today.getYear()));
	}

	@Test
	void pagesFitAPhoneScreen() {
		try (BrowserPage phone = new BrowserPage(page.context().browser(), port, "th-TH", 360, 740)) {
			Page small = phone.page();
			for (String path : new String[] { "/", "/login", "/?lang=en", "/no-such-page" }) {
				small.navigate(url(path));
				int width = phone.scrollWidth();
				assertThat(width).as("page width of %s on a 360-px phone", path).isLessThanOrEqualTo(360);
				phone.assertAccessible();
			}
			small.navigate(url("/"));
			phone.assertAccessible();
			phone.shot("phone-home-th");
			small.navigate(url("/login?lang=en"));
			phone.assertAccessible();
			phone.shot("phone-login-en");
		}
	}

	@Test
	void anAdministratorBrowsesFiltersAndVerifiesTheAuditLog() {
		var admin = accounts.create("browser-admin", Role.SYSTEM_ADMIN);
		signIn(admin.username(), admin.password());
		page.navigate(url("/admin/audit"));
		assertThat(page.locator("h1")).hasText("บันทึกการตรวจสอบ");
		assertThat(page.locator("table.audit tbody tr").first()).isVisible();
		int buddhistYear = LocalDate.now(Dates.BANGKOK).getYear() + 543;
		assertThat(page.locator("table.audit tbody tr").first().locator("time")).containsText(String.valueOf(buddhistYear));
		page.getByLabel("ผู้กระทำ").fill(admin.username());
		page.getByLabel("การกระทำ").selectOption("SIGNED_IN");
		page.getByText("กรอง", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("table.audit tbody tr")).hasCount(1);
		// Actions and records read in the user's language, the code kept beside them for precision.
		assertThat(page.locator("table.audit tbody tr").first()).containsText("เข้าสู่ระบบ");
		assertThat(page.locator("table.audit tbody tr").first().locator("code").first()).hasText("SIGNED_IN");
		assertThat(page.locator("#action option:checked")).hasText("เข้าสู่ระบบ");
		// Dates are typed in the Buddhist Era on a Thai page, and shown back that way.
		String todayBe = new Dates().typed(LocalDate.now(Dates.BANGKOK), Languages.THAI);
		page.locator("#from").fill(todayBe);
		page.locator("#to").fill(todayBe);
		page.getByText("กรอง", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("table.audit tbody tr")).hasCount(1);
		assertThat(page.locator("#from")).hasValue(todayBe);
		shot("audit-th");
		page.locator("#from").fill("31/04/2567");
		var refused = page.waitForResponse(r -> r.url().contains("/admin/audit?"),
				() -> page.getByText("กรอง", new Page.GetByTextOptions().setExact(true)).click());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(page.locator("#from + .field-error")).containsText("อ่านวันที่นี้ไม่ได้");
		assertThat(page.locator("#from")).hasValue("31/04/2567");
		assertThat(page.locator("table.audit tbody tr")).hasCount(0);
		tab.assertAccessible();
		page.navigate(url("/admin/audit?lang=en&action=USER_CREATED"));
		assertThat(page.locator("table.audit tbody tr").first()).containsText("User created");
		assertThat(page.locator("table.audit tbody tr").first()).containsText("User");
		shot("audit-en");
		page.navigate(url("/admin/audit?lang=th"));
		page.getByText("ตรวจสอบห่วงโซ่").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("ห่วงโซ่สมบูรณ์");
		tab.assertAccessible();
		page.navigate(url("/admin/users"));
		shot("users-th");
	}

	private void signIn(String username, String password) {
		tab.signIn(username, password);
	}

	private static String totpCodeAt(String secret, Instant at) {
		return TotpCodes.at(secret, at);
	}

	private void shot(String name) {
		tab.assertAccessible();
		tab.shot(name);
	}

	private String url(String path) {
		return tab.url(path);
	}
}
