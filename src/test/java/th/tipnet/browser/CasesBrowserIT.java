package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.common.Dates;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.TwoStepSignIn;
import th.tipnet.support.BrowserTest;

/** A case worker in the field records an intake on a phone, in Thai, after a two-step sign-in. */
@BrowserTest
class CasesBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	Dates dates;

	TestAccounts accounts;

	Browser chromium;

	UUID hug;

	@BeforeEach
	void setUp(Browser chromium) {
		this.chromium = chromium;
		accounts = new TestAccounts(context);
		hug = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
	}

	@Test
	void aCaseWorkerRecordsAnIntakeOnAPhoneAndSeesTheCaseWithItsNumberAndClock() {
		var worker = accounts.createIn(hug, null, "browser-case", Role.CASE_WORKER);
		String secret = accounts.enrolTotp(worker);
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			TwoStepSignIn.signIn(phone, worker.username(), worker.password(), secret);

			page.getByText("รายกรณี (NRM)").first().click();
			assertThat(page).hasURL(phone.url("/cases"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("บันทึกการรับเรื่อง")).click();
			assertThat(page.locator("h1")).hasText("บันทึกการรับเรื่อง");
			assertThat(phone.scrollWidth()).as("intake form width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("cases-intake-phone-th");

			// First a slip: no name and a first contact without its time; the form says what is missing.
			page.getByLabel("ช่องทางที่พบครั้งแรก").selectOption("PIPO_FISHERIES_INSPECTION");
			page.getByLabel("วันและเวลาที่พบครั้งแรก").fill("05/06/2567");
			page.getByLabel("จังหวัด", new Page.GetByLabelOptions().setExact(true)).selectOption("TH-20");
			page.getByLabel("เพศ", new Page.GetByLabelOptions().setExact(true)).selectOption("Masculine");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เปิดรายกรณี")).click();
			assertThat(page.getByText("กรุณากรอกเวลาที่พบครั้งแรกด้วย")).isVisible();
			assertThat(page.getByText("กรุณากรอกชื่อของบุคคลอย่างน้อยหนึ่งชื่อ")).isVisible();
			phone.shot("cases-intake-errors-phone-th");

			String twoHoursAgo = dates.typed(Instant.now().minus(Duration.ofHours(2)), Locale.forLanguageTag("th"));
			page.getByLabel("วันและเวลาที่พบครั้งแรก").fill(twoHoursAgo);
			page.getByLabel("อำเภอ/เขต").fill("ศรีราชา");
			page.getByLabel("บังคับใช้แรงงาน").check();
			page.getByLabel("เหตุการณ์โดยย่อ").fill("พบบนเรือประมงระหว่างการตรวจ ถูกยึดหนังสือเดินทาง");
			page.getByLabel("ชื่อที่ 1").fill("မောင်မောင်");
			page.getByLabel("ชื่อที่ 2").fill("Maung Maung");
			int bornBe = Instant.now().atZone(ZoneId.of("Asia/Bangkok")).getYear() + 543 - 16;
			page.getByLabel("ปีเกิด (พ.ศ.)").fill(String.valueOf(bornBe));
			page.locator("input[name=nationalities][value=MM]").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เปิดรายกรณี")).click();

			assertThat(page.getByTestId("case-number")).hasText(Pattern.compile("NRM-\\d{4}-TH20-\\d{6}"));
			String number = page.getByTestId("case-number").textContent();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("เปิดรายกรณี " + number + " แล้ว");
			assertThat(page.getByTestId("names")).containsText("မောင်မောင်");
			assertThat(page.getByText("กระบวนการสำหรับเด็ก").first()).isVisible();
			assertThat(page.getByTestId("clock")).containsText("เหลือ 21 ชม.");
			assertThat(page.getByTestId("timeline")).containsText("รับเรื่องและเปิดรายกรณี");
			assertThat(page.getByTestId("timeline")).containsText(String.valueOf(Instant.now().atZone(ZoneId.of("Asia/Bangkok")).getYear() + 543));
			assertThat(phone.scrollWidth()).as("case page width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("cases-case-phone-th");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("รายกรณีขององค์กร")).click();
			var row = page.getByTestId("case-row").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(number));
			assertThat(row).containsText("รอคัดกรอง");
			assertThat(row.getByTestId("clock")).containsText("เหลือ 21 ชม.");
			assertThat(row).containsText("ศูนย์แจ้งเข้า-ออกเรือประมง");
			assertThat(row).containsText("ชลบุรี");
			assertThat(phone.scrollWidth()).as("case list width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("cases-list-phone-th");

			page.navigate(phone.url("/cases?lang=en"));
			assertThat(page.locator("h1")).hasText("Our organisation's cases");
			phone.shot("cases-list-phone-en");
		}
	}

	@Test
	void theCasePagesOnADesktopInBothLanguages() {
		var worker = accounts.createIn(hug, null, "browser-case-desk", Role.CASE_WORKER);
		String secret = accounts.enrolTotp(worker);
		try (BrowserPage desk = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = desk.page();
			TwoStepSignIn.signIn(desk, worker.username(), worker.password(), secret);
			page.navigate(desk.url("/cases/new"));
			desk.shot("cases-intake-desktop-th");
			page.getByLabel("ช่องทางที่พบครั้งแรก").selectOption("HOTLINE_1300");
			page.getByLabel("จังหวัด", new Page.GetByLabelOptions().setExact(true)).selectOption("TH-10");
			page.getByLabel("เพศ", new Page.GetByLabelOptions().setExact(true)).selectOption("Feminine");
			page.getByLabel("ชื่อที่ 1").fill("นางสาว ทดสอบ");
			page.getByLabel("หรืออายุโดยประมาณ (ปี)").fill("24");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เปิดรายกรณี")).click();
			assertThat(page.getByTestId("case-number")).hasText(Pattern.compile("NRM-\\d{4}-TH10-\\d{6}"));
			desk.shot("cases-case-desktop-th");
			// The team's screening, recorded through the API, shows on the page with the members' dissent.
			String caseId = page.url().replaceAll(".*/cases/([0-9a-f-]+).*", "$1");
			var screened = new th.tipnet.support.Api(port).withToken(accounts.token(worker))
				.post("/api/v1/cases/" + caseId + "/screenings", java.util.Map.of("version", 0, "outcome", "IDENTIFIED_VICTIM",
						"reasons", "ถูกหลอกและถูกยึดเอกสาร", "members", java.util.List.of(
								java.util.Map.of("name", "ร.ต.อ. สมชาย", "discipline", "POLICE", "answers",
										java.util.Map.of("MEANS:WithholdsDocuments", "YES", "ACT:Recruitment", "YES")),
								java.util.Map.of("name", "Ms Ohn", "discipline", "INTERPRETER", "answers",
										java.util.Map.of("MEANS:WithholdsDocuments", "YES", "ACT:Recruitment", "NO")))));
			assertThat(screened.status()).isEqualTo(200);
			page.reload();
			assertThat(page.getByTestId("screening")).containsText("ยึดเอกสารประจำตัว");
			assertThat(page.getByTestId("screening")).containsText("รอหัวหน้ารับรอง");
			desk.shot("cases-screening-desktop-th");
			page.navigate(page.url() + "?lang=en");
			assertThat(page.getByText("About 24 years old")).isVisible();
			assertThat(page.getByTestId("screening")).containsText("Withholds documents");
			desk.shot("cases-case-desktop-en");
			page.navigate(desk.url("/cases"));
			desk.shot("cases-list-desktop-en");
			page.navigate(desk.url("/cases/new"));
			desk.shot("cases-intake-desktop-en");
		}
	}

	@Test
	void aCaseWorkerWithoutAnAuthenticatorMustEnrolOneBeforeSeeingCases() {
		// The shipped policy (V30), restored here: other tests in this context post to the security-policy form.
		context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
			.update("UPDATE role_policy SET totp_required = TRUE WHERE role IN ('CASE_WORKER', 'CASE_SUPERVISOR')");
		var worker = accounts.createIn(hug, null, "browser-case-nototp", Role.CASE_WORKER);
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			tab.signIn(worker.username(), worker.password());
			assertThat(tab.page()).hasURL(tab.url("/account/totp/required"));
			tab.page().navigate(tab.url("/cases"));
			assertThat(tab.page()).not().hasURL(tab.url("/cases"));
		}
	}
}
