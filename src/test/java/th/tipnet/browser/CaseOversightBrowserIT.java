package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestClock;

/**
 * Coordinators in the browser: the pseudonymised list and case of their province (Thai at 1280 and
 * 360 pixels, English at 1280), a refused short reason, then break glass and its banner on the whole
 * case; every page checked with axe-core and photographed for people to look at.
 */
@BrowserTest
class CaseOversightBrowserIT {

	static final String NAME = "นาย ซ่อนชื่อ";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	Browser chromium;

	UUID coordinating;

	UUID lead;

	String caseNumber;

	@BeforeEach
	void setUp(Browser chromium) {
		this.chromium = chromium;
		accounts = new TestAccounts(context);
		coordinating = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		lead = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		Api worker = new Api(port).withToken(accounts.token(accounts.createIn(lead, null, "ovb-worker", Role.CASE_WORKER)));
		caseNumber = worker.post("/api/v1/cases", intake(clock.instant().minus(Duration.ofHours(21)), NAME, 1996, null))
			.json()
			.get("caseNumber")
			.asString();
		worker.post("/api/v1/cases", intake(clock.instant().minus(Duration.ofHours(2)), "เด็กหญิง ซ่อน", null, 15));
	}

	@Test
	void aProvincialCoordinatorReadsTheProvincePseudonymisedAndBreaksGlassWithAReason() {
		var coordinator = accounts.createIn(coordinating, "TH-50", "ovb-pc", Role.PROVINCIAL_COORDINATOR);
		try (BrowserPage desk = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = desk.page();
			desk.signIn(coordinator.username(), coordinator.password());
			page.navigate(desk.url("/cases"));
			assertThat(page.locator("h1")).hasText("รายกรณีในความดูแล");
			assertThat(page.getByTestId("case-row").first()).isVisible();
			assertThat(page.content()).contains(caseNumber).doesNotContain(NAME, "ซ่อน");
			desk.assertAccessible();
			desk.shot("case-oversight/list-th-1280");

			page.getByText(caseNumber).click();
			assertThat(page.getByTestId("pseudonymised-note")).isVisible();
			assertThat(page.content()).doesNotContain(NAME);
			desk.assertAccessible();
			desk.shot("case-oversight/case-th-1280");

			page.getByLabel("เหตุใดท่านจึงต้องเห็นรายกรณีนี้ฉบับเต็ม").fill("ด่วนมาก");
			page.getByText("เปิดดูฉบับเต็ม", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.locator(".field-error")).containsText("อย่างน้อย 30 ตัวอักษร");
			desk.assertAccessible();
			page.getByLabel("เหตุใดท่านจึงต้องเห็นรายกรณีนี้ฉบับเต็ม")
				.fill("พนักงานสอบสวนขอข้อมูลประกอบสำนวนคดีค้ามนุษย์ หนังสือ ตช 0026/2569 ลงวันที่วันนี้");
			page.getByText("เปิดดูฉบับเต็ม", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.getByTestId("break-glass-banner")).containsText("ท่านเปิดดูรายกรณีนี้ฉบับเต็ม");
			assertThat(page.getByTestId("names")).containsText(NAME);
			desk.assertAccessible();
			desk.shot("case-oversight/break-glass-banner-th-1280");
		}
		// The lead organisation's supervisor sees who opened the case, why and until when.
		var supervisor = accounts.createIn(lead, null, "ovb-lead", Role.CASE_SUPERVISOR);
		String secret = accounts.enrolTotp(supervisor);
		try (BrowserPage desk = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = desk.page();
			desk.signIn(supervisor.username(), supervisor.password());
			page.getByLabel("รหัสยืนยัน").fill(TotpCodes.at(secret, Instant.now()));
			page.getByText("ยืนยัน", new Page.GetByTextOptions().setExact(true)).click();
			page.navigate(desk.url("/cases"));
			page.getByText(caseNumber).click();
			assertThat(page.getByTestId("break-glass-banner")).containsText(coordinator.username());
			assertThat(page.getByTestId("break-glass-banner")).containsText("ตช 0026/2569");
			desk.assertAccessible();
			desk.shot("case-oversight/break-glass-banner-lead-th-1280");
		}
	}

	@Test
	void onAPhoneInThaiAndOnADeskInEnglish() {
		var network = accounts.createIn(coordinating, null, "ovb-nc", Role.NETWORK_COORDINATOR);
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			phone.signIn(network.username(), network.password());
			page.navigate(phone.url("/cases"));
			assertThat(page.getByTestId("pseudonymised-note")).isVisible();
			assertThat(phone.scrollWidth()).as("list width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("case-oversight/list-th-360");
			page.getByText(caseNumber).click();
			assertThat(page.getByTestId("break-glass-form")).isVisible();
			assertThat(phone.scrollWidth()).as("case width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("case-oversight/case-th-360");
			page.getByLabel("เหตุใดท่านจึงต้องเห็นรายกรณีนี้ฉบับเต็ม")
				.fill("ศาลเยาวชนขอข้อมูลประกอบการพิจารณาคุ้มครองผู้เสียหายในวันนี้ตามหมายเรียก");
			page.getByText("เปิดดูฉบับเต็ม", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.getByTestId("break-glass-banner")).isVisible();
			assertThat(phone.scrollWidth()).as("banner width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("case-oversight/break-glass-banner-th-360");
		}
		var other = accounts.createIn(coordinating, null, "ovb-en", Role.NETWORK_COORDINATOR);
		try (BrowserPage desk = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = desk.page();
			desk.signIn(other.username(), other.password());
			page.navigate(desk.url("/cases?lang=en"));
			assertThat(page.locator("h1")).hasText("Cases in oversight");
			desk.assertAccessible();
			desk.shot("case-oversight/list-en-1280");
			page.getByText(caseNumber).click();
			assertThat(page.getByTestId("pseudonymised-note")).containsText("Pseudonymised");
			desk.shot("case-oversight/case-en-1280");
			page.getByLabel("Why must you see this case whole?")
				.fill("The investigating officer asked for the file under letter 0026/2569 today");
			page.getByText("Open the whole case", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.getByTestId("break-glass-banner")).containsText("You opened this case under break glass");
			desk.assertAccessible();
			desk.shot("case-oversight/break-glass-banner-en-1280");
		}
	}

	private static Map<String, Object> intake(java.time.Instant firstContact, String name, Integer birthYear, Integer age) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("channel", "PIPO_FISHERIES_INSPECTION");
		body.put("firstContactAt", OffsetDateTime.ofInstant(firstContact, ZoneOffset.ofHours(7)).toString());
		body.put("provinceCode", "TH-50");
		body.put("district", "เมือง");
		body.put("circumstances", "ซ่อนตัวในเรือ");
		body.put("exploitationTypes", List.of("ForcedLabour"));
		body.put("names", List.of(Map.of("name", name, "kind", "AS_TOLD")));
		body.put("gender", "Masculine");
		if (birthYear != null) {
			body.put("birthYear", birthYear);
		}
		if (age != null) {
			body.put("estimatedAge", age);
		}
		body.put("nationalities", List.of("MM"));
		return body;
	}
}
