package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.common.Dates;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/**
 * The screening's details in the browser: a network coordinator adds a required indicator to the
 * checklist, moves it up and rewords it (in English, on a desktop); then, in Thai on a 360-px phone, a
 * team of the case worker (picked from the organisation's users) and a police officer screens through
 * an interpreter, noting an answer, identifies a victim, and records her reflection and recovery
 * period. Every page passes axe; screenshots of each.
 */
@BrowserTest
class ScreeningDetailsBrowserIT {

	static final String TH = "นายจ้างเก็บบัตรประจำตัวไว้ที่สำนักงาน";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	Browser chromium;

	@BeforeEach
	void setUp(Browser chromium) {
		this.chromium = chromium;
		accounts = new TestAccounts(context);
		jdbc.update("UPDATE role_policy SET totp_required = TRUE WHERE role IN ('CASE_WORKER', 'CASE_SUPERVISOR')");
	}

	/** Other tests screen with the checklist as shipped: what this one added is retired again. */
	@AfterEach
	void restoreTheChecklist() {
		jdbc.update("UPDATE nrm_indicator SET required = FALSE, retired_at = CURRENT_TIMESTAMP WHERE indicator_key LIKE '%.%' "
				+ "AND retired_at IS NULL");
	}

	@Test
	void aCoordinatorEditsTheChecklistThenATeamScreensThroughAnInterpreterAndRecordsTheReflectionPeriodInThai() {
		UUID coordinating = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		var coordinator = accounts.createIn(coordinating, null, "scr-nc", Role.NETWORK_COORDINATOR);
		try (BrowserPage desk = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = desk.page();
			desk.signIn(coordinator.username(), coordinator.password());
			page.navigate(desk.url("/cases/checklist?lang=en"));
			assertThat(page.locator("h1")).hasText("Screening checklist");
			desk.assertAccessible();
			page.getByLabel("Part and code").selectOption("MEANS:WithholdsDocuments");
			page.getByLabel("Thai wording").fill(TH);
			page.getByLabel("English wording").fill("The employer keeps the ID card at the office");
			page.getByLabel("Every member must answer yes or no").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved: The employer keeps the ID card at the office");
			var added = page.locator("[data-testid='part-MEANS'] li", new Page.LocatorOptions().setHasText(TH));
			assertThat(added).containsText("required");
			added.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Move up: The employer keeps the ID card at the office")).click();
			assertThat(page.locator("[data-testid='part-MEANS'] li").nth(15)).containsText(TH);
			desk.assertAccessible();
			desk.shot("case-screening-checklist-desktop-en");
			page.locator("[data-testid='part-MEANS'] li").nth(15).getByRole(AriaRole.LINK).click();
			desk.assertAccessible();
			page.getByLabel("English wording").fill("The employer keeps the ID card");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved: The employer keeps the ID card");
			desk.shot("case-screening-checklist-edited-desktop-en");
		}
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			phone.signIn(coordinator.username(), coordinator.password());
			phone.page().navigate(phone.url("/cases/checklist?lang=th"));
			phone.assertAccessible();
			assertThat(phone.scrollWidth()).as("checklist width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("case-screening-checklist-phone-th");
		}

		UUID lead = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		var worker = accounts.createIn(lead, null, "scr-worker", Role.CASE_WORKER);
		String caseId = new Api(port).withToken(accounts.token(worker))
			.post("/api/v1/cases", java.util.Map.of("channel", "LABOUR_INSPECTION", "firstContactAt",
					java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).minusHours(2).toString(), "provinceCode", "TH-20",
					"names", java.util.List.of(java.util.Map.of("name", "မခင်", "kind", "AS_TOLD")), "gender", "Feminine",
					"estimatedAge", 24, "nationalities", java.util.List.of("MM")))
			.json().get("id").asString();
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			signIn(phone, worker);
			page.navigate(phone.url("/cases/" + caseId + "?lang=th"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("บันทึกผลการคัดกรอง")).click();
			phone.assertAccessible();
			assertThat(phone.scrollWidth()).as("screening form width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			assertThat(page.locator("[name='members[0].userId']")).hasValue(worker.id().toString());
			page.locator("[name='members[0].discipline']").selectOption("SOCIAL_WORKER");
			String key = page.locator("[data-testid='member-0'] .indicator", new Page.LocatorOptions().setHasText(TH))
				.locator("select").getAttribute("data-indicator");
			answer(page, 0, key, "YES");
			page.locator("[data-testid='member-0'] input[data-note='" + key + "']").fill("เห็นบัตรในตู้เซฟของนายจ้าง");
			answer(page, 0, "ACT:Recruitment", "YES");
			page.locator("[name='members[1].name']").fill("ร.ต.อ. สมชาย ใจดี");
			page.locator("[name='members[1].organisation']").fill("สภ.ศรีราชา");
			page.locator("[name='members[1].discipline']").selectOption("POLICE");
			answer(page, 1, key, "NO");
			page.locator("[data-testid='member-1'] input[data-note='" + key + "']").fill("นายจ้างบอกว่าเก็บไว้ให้ตามคำขอ");
			page.getByLabel("ภาษาที่ใช้คัดกรอง").selectOption("my");
			page.getByLabel("ล่าม", new Page.GetByLabelOptions().setExact(true)).fill("นางสาว อ่อง ซาน");
			page.getByLabel("เป็นผู้เสียหายจากการค้ามนุษย์", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("เหตุผล", new Page.GetByLabelOptions().setExact(true)).fill("ถูกหลอกมาทำงานและถูกยึดบัตร");
			phone.shot("case-screening-form-phone-th");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกผลการตัดสินของทีม")).click();

			var screening = page.getByTestId("screening");
			assertThat(screening).containsText("พม่า");
			assertThat(screening).containsText("นางสาว อ่อง ซาน");
			var dissent = screening.locator("tr.dissent", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(TH));
			assertThat(dissent).containsText("เห็นบัตรในตู้เซฟของนายจ้าง");
			assertThat(dissent).containsText("นายจ้างบอกว่าเก็บไว้ให้ตามคำขอ");
			assertThat(page.getByTestId("reflection")).containsText("ยังไม่ได้บันทึก");
			phone.assertAccessible();
			assertThat(phone.scrollWidth()).as("case page width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("บันทึกระยะเวลาฟื้นฟูและไตร่ตรอง")).click();
			phone.assertAccessible();
			LocalDate today = LocalDate.now(Dates.BANGKOK);
			LocalDate end = today.plusDays(30);
			page.getByLabel("ตั้งแต่วันที่").fill(be(end));
			page.getByLabel("ถึงวันที่").fill(be(today));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกระยะเวลา")).click();
			assertThat(page.locator("#endsOn + .hint + .field-error")).hasText("วันสิ้นสุดต้องไม่ก่อนวันเริ่ม");
			assertThat(page.locator("#grantedBy + .field-error")).hasText("ต้องระบุ");
			phone.assertAccessible();
			phone.shot("case-screening-reflection-errors-phone-th");
			page.getByLabel("ตั้งแต่วันที่").fill(be(today));
			page.getByLabel("ถึงวันที่").fill(be(end));
			page.getByLabel("ผู้อนุญาต").fill("พมจ.ชลบุรี");
			page.getByLabel("บันทึก", new Page.GetByLabelOptions().setExact(true)).fill("พักที่บ้านพักเด็กและครอบครัวชลบุรี");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกระยะเวลา")).click();
			var reflection = page.getByTestId("reflection");
			assertThat(reflection).containsText(String.valueOf(end.getYear() + 543));
			assertThat(reflection).containsText("พมจ.ชลบุรี");
			assertThat(reflection).containsText("พักที่บ้านพักเด็กและครอบครัวชลบุรี");
			assertThat(page.getByTestId("timeline")).containsText("บันทึกระยะเวลาฟื้นฟูและไตร่ตรอง");
			phone.assertAccessible();
			phone.shot("case-screening-case-phone-th");
		}
		try (BrowserPage desk = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			signIn(desk, worker);
			desk.page().navigate(desk.url("/cases/" + caseId + "?lang=en"));
			assertThat(desk.page().getByTestId("screening")).containsText("Burmese");
			assertThat(desk.page().getByTestId("screening")).containsText("The employer keeps the ID card");
			desk.assertAccessible();
			desk.shot("case-screening-case-desktop-en");
			desk.page().navigate(desk.url("/cases/" + caseId + "/reflection?lang=en"));
			desk.assertAccessible();
			desk.shot("case-screening-reflection-desktop-en");
		}
	}

	private static String be(LocalDate d) {
		return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + (d.getYear() + 543);
	}

	private void signIn(BrowserPage tab, TestAccounts.Account account) {
		String secret = accounts.enrolTotp(account);
		tab.signIn(account.username(), account.password());
		assertThat(tab.page()).hasURL(tab.url("/login/totp"));
		tab.page().locator("#code").fill(TotpCodes.at(secret, Instant.now()));
		tab.page().locator("#code").press("Enter");
		assertThat(tab.page()).hasURL(tab.url("/"));
	}

	private static void answer(Page page, int member, String indicator, String answer) {
		page.locator("[data-testid='member-" + member + "'] select[data-indicator='" + indicator + "']").selectOption(answer);
	}
}
