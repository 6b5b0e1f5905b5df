package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import th.tipnet.support.BrowserTest;

/**
 * A group met on a boat, recorded in Thai on a phone: the inspector saves it unfinished, a colleague
 * resumes it in another browser, sees what is missing, adds a person and opens every case.
 */
@BrowserTest
class GroupIntakeBrowserIT {

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

	UUID police;

	@BeforeEach
	void setUp(Browser chromium) {
		this.chromium = chromium;
		accounts = new TestAccounts(context);
		police = directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id();
	}

	private void signIn(BrowserPage tab, TestAccounts.Account who) {
		String secret = accounts.enrolTotp(who);
		tab.signIn(who.username(), who.password());
		tab.page().getByLabel("รหัสยืนยัน").fill(TotpCodes.at(secret, Instant.now()));
		tab.page().getByText("ยืนยัน", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(tab.page()).hasURL(tab.url("/"));
	}

	private static String id(String field) {
		return "[id='" + field + "']";
	}

	@Test
	void aGroupSavedUnfinishedOnAPhoneIsResumedInAnotherBrowserAndOpensACaseForEachPerson() {
		var inspector = accounts.createIn(police, null, "group-boat", Role.CASE_WORKER);
		var colleague = accounts.createIn(police, null, "group-office", Role.CASE_WORKER);
		String tag = UUID.randomUUID().toString().substring(0, 4);
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			signIn(phone, inspector);
			page.navigate(phone.url("/cases"));
			page.getByTestId("group-intake-link").click();
			assertThat(page.locator("h1")).hasText("บันทึกรับเรื่องแบบกลุ่ม");
			assertThat(page.getByTestId("person-row")).hasCount(3);
			assertThat(phone.scrollWidth()).as("group form width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("group-intake-phone-th");

			page.getByLabel("ช่องทางที่พบครั้งแรก").selectOption("PIPO_FISHERIES_INSPECTION");
			page.getByLabel("จังหวัด", new Page.GetByLabelOptions().setExact(true)).selectOption("TH-85");
			page.getByLabel("บังคับใช้แรงงาน").check();
			page.locator(id("persons0.names0.name")).fill("อ่อง " + tag);
			page.locator(id("persons0.gender")).selectOption("Masculine");
			page.locator(id("persons0.nationalities0")).fill("MM");
			page.locator(id("persons1.names0.name")).fill("Sok " + tag);
			page.locator(id("persons1.estimatedAge")).fill("15");
			page.getByTestId("save-draft").click();

			assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกแล้ว");
			assertThat(page.getByTestId("checklist")).containsText("บุคคลที่ 2 · เพศ");
			assertThat(page.getByTestId("person-row")).hasCount(2);
			assertThat(phone.scrollWidth()).as("saved draft width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("group-intake-draft-phone-th");
		}

		try (BrowserPage office = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = office.page();
			signIn(office, colleague);
			page.navigate(office.url("/cases/drafts"));
			assertThat(page.getByTestId("draft-row").first()).containsText("2 คน");
			office.assertAccessible();
			office.shot("group-drafts-phone-th");
			page.getByTestId("draft-row").first().getByRole(AriaRole.LINK).click();
			assertThat(page.locator(id("persons1.names0.name"))).hasValue("Sok " + tag);
			assertThat(page.getByTestId("checklist")).containsText("บุคคลที่ 2 · เพศ");

			// The checklist's link takes the colleague to the field that is missing.
			page.getByTestId("checklist").getByRole(AriaRole.LINK).first().click();
			page.locator(id("persons1.gender")).selectOption("Masculine");
			page.getByTestId("add-person").click();
			assertThat(page.getByTestId("person-row")).hasCount(3);
			page.locator(id("persons2.names0.name")).fill("Mya " + tag);
			page.locator(id("persons2.gender")).selectOption("Feminine");
			page.locator(id("persons2.nationalities0")).fill("MM");
			page.locator(id("firstContactAt")).fill(dates.typed(Instant.now().minus(Duration.ofHours(3)), Locale.forLanguageTag("th")));
			page.getByTestId("open-all").click();

			assertThat(page.getByRole(AriaRole.STATUS)).containsText("เปิดแล้ว 3 คดี");
			assertThat(page.getByTestId("case-row")).hasCount(3);
			assertThat(page.getByTestId("case-row").nth(1)).containsText("กระบวนการสำหรับเด็ก");
			assertThat(office.scrollWidth()).as("operation width; too wide: %s", office.tooWide()).isLessThanOrEqualTo(360);
			office.assertAccessible();
			office.shot("group-operation-phone-th");

			page.getByTestId("case-row").first().getByRole(AriaRole.LINK).first().click();
			assertThat(page.getByTestId("operation")).containsText("รวมทั้งหมด 3 คน");
			assertThat(page.getByTestId("operation").getByRole(AriaRole.LINK)).hasCount(3);
			office.shot("group-case-phone-th");

			page.navigate(office.url("/cases/drafts"));
			assertThat(page.getByText("Sok " + tag)).hasCount(0);
			assertThat(page.locator("body")).not().containsText("2 คน");
		}
	}

	@Test
	void theGroupPagesOnADesktopInBothLanguages() {
		var worker = accounts.createIn(police, null, "group-desk", Role.CASE_WORKER);
		try (BrowserPage desk = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = desk.page();
			signIn(desk, worker);
			page.navigate(desk.url("/cases/group"));
			desk.shot("group-intake-desktop-th");
			page.getByLabel("ช่องทางที่พบครั้งแรก").selectOption("LABOUR_INSPECTION");
			page.locator(id("persons0.names0.name")).fill("ทดสอบ กลุ่ม");
			page.getByTestId("open-all").click();
			assertThat(page.locator(".field-error").first()).isVisible();
			desk.assertAccessible();
			desk.shot("group-intake-errors-desktop-th");
			page.getByTestId("save-draft").click();
			assertThat(page.getByTestId("checklist")).containsText("จังหวัด");
			desk.shot("group-intake-draft-desktop-th");
			page.navigate(desk.url("/cases/drafts"));
			desk.shot("group-drafts-desktop-th");
			page.navigate(desk.url("/cases/group?lang=en"));
			assertThat(page.locator("h1")).hasText("Record a group intake");
			desk.shot("group-intake-desktop-en");
			page.navigate(desk.url("/cases/drafts"));
			assertThat(page.getByTestId("draft-row").first()).containsText("still missing");
			desk.shot("group-drafts-desktop-en");
			page.getByTestId("draft-row").first().getByRole(AriaRole.LINK).click();
			assertThat(page.getByTestId("checklist")).containsText("Province");
			desk.shot("group-intake-draft-desktop-en");

			// Finished in English: the operation's page and a case's panel of the others met together.
			page.getByLabel("Province", new Page.GetByLabelOptions().setExact(true)).selectOption("TH-20");
			page.locator(id("persons0.gender")).selectOption("Feminine");
			page.getByTestId("add-person").click();
			page.locator(id("persons1.names0.name")).fill("Second Person");
			page.locator(id("persons1.gender")).selectOption("Masculine");
			page.getByTestId("open-all").click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 case(s) opened");
			desk.assertAccessible();
			desk.shot("group-operation-desktop-en");
			page.navigate(page.url() + "?lang=th");
			assertThat(page.locator("h1")).hasText("ปฏิบัติการ: กลุ่มที่พบพร้อมกัน");
			desk.shot("group-operation-desktop-th");
			page.getByTestId("case-row").first().getByRole(AriaRole.LINK).first().click();
			assertThat(page.getByTestId("operation")).containsText("รวมทั้งหมด 2 คน");
			desk.assertAccessible();
			desk.shot("group-case-desktop-th");
			page.navigate(page.url() + "?lang=en");
			assertThat(page.getByTestId("operation")).containsText("2 persons in all");
			desk.shot("group-case-desktop-en");
		}
	}
}
