package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TwoStepSignIn;

/**
 * The person's page, attachments, the receiver's accept with a case worker and the onward refer form
 * in the browser: in Thai on a 360-px phone (the lead organisation edits a name and a document and
 * uploads a scan; the shelter accepts, assigning a colleague), and in English on a desktop. Every
 * page passes axe and none scrolls sideways on the phone.
 */
@BrowserTest
class CasePagesBrowserIT {

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
		context.getBean(JdbcTemplate.class)
			.update("UPDATE role_policy SET totp_required = TRUE WHERE role IN ('CASE_WORKER', 'CASE_SUPERVISOR')");
	}

	@Test
	void onAPhoneInThaiThePersonIsEditedAScanAttachedAndTheShelterAcceptsAssigningACaseWorker() {
		UUID hug = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
		UUID shelter = shelter("บ้านพักหน้าบุคคล " + suffix, "Person Page Shelter " + suffix);
		var worker = accounts.createIn(hug, null, "pages-worker", Role.CASE_WORKER);
		var shelterWorker = accounts.createIn(shelter, null, "pages-shelter", Role.CASE_WORKER);
		var colleague = accounts.createIn(shelter, null, "pages-colleague", Role.CASE_WORKER);
		Api lead = new Api(port).withToken(accounts.token(worker));
		var opened = lead.post("/api/v1/cases", Map.of("channel", "HOTLINE_1300", "firstContactAt",
				OffsetDateTime.ofInstant(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.ofHours(7)).toString(),
				"provinceCode", "TH-10", "exploitationTypes", List.of("ForcedLabour"),
				"names", List.of(Map.of("name", "น้อย", "kind", "AS_TOLD")), "gender", "Feminine", "estimatedAge", 16,
				"nationalities", List.of("MM")));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String caseId = opened.json().get("id").asString();
		var sent = lead.post("/api/v1/cases/" + caseId + "/referrals", Map.of("receiverOrganisationId", shelter.toString(),
				"purpose", "SHELTER", "urgency", "NORMAL", "sections", List.of("PERSON", "INTAKE"), "consent", "GIVEN",
				"consentBy", "นักสังคมสงเคราะห์"));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		String referral = sent.json().get("id").asString();

		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			TwoStepSignIn.signIn(phone, worker.username(), worker.password(), accounts.enrolTotp(worker));
			page.navigate(phone.url("/cases/" + caseId));
			page.getByTestId("person-link").click();
			assertThat(page.locator("h1")).hasText("ข้อมูลบุคคล");
			assertThat(page.getByTestId("child-procedure")).isVisible();
			look(phone, "person-phone-th");

			page.getByTestId("edit-person").click();
			look(phone, "person-edit-phone-th");
			page.getByLabel("ชื่อที่ 2").fill("မောင်မောင်");
			page.locator("[id='names1.kind']").selectOption("LEGAL");
			page.locator("[id='documents0.kind']").selectOption("PASSPORT");
			page.locator("[id='documents0.number']").fill("MB7654321");
			page.locator("[id='documents0.issuingCountry']").selectOption("MM");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกข้อมูลบุคคล").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกข้อมูลบุคคลแล้ว");
			assertThat(page.getByTestId("person-names")).containsText("မောင်မောင်");
			assertThat(page.getByTestId("person-names")).containsText("อักษรพม่า");
			assertThat(page.getByTestId("person-documents")).containsText("MB7654321");

			// An e-mail that is none: refused beside the field, in Thai, what was typed kept.
			page.getByTestId("edit-person").click();
			page.locator("[id='contacts0.kind']").selectOption("EMAIL");
			page.locator("[id='contacts0.value']").fill("ไม่ใช่อีเมล");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกข้อมูลบุคคล").setExact(true)).click();
			assertThat(page.locator("[id='contacts0.value']")).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("[id='contacts0.value']")).hasValue("ไม่ใช่อีเมล");
			assertThat(page.locator("[id='documents0.number']")).hasValue("MB7654321");
			look(phone, "person-edit-refused-phone-th");

			page.navigate(phone.url("/cases/" + caseId + "/attachments"));
			page.locator("#file").setInputFiles(new FilePayload("passport-scan.png", "image/png", png()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("อัปโหลด").setExact(true)).click();
			assertThat(page.getByTestId("attachments")).containsText("passport-scan.png");
			look(phone, "attachments-phone-th");
		}

		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			TwoStepSignIn.signIn(phone, shelterWorker.username(), shelterWorker.password(), accounts.enrolTotp(shelterWorker));
			page.navigate(phone.url("/referrals/" + referral));
			page.getByLabel("เจ้าหน้าที่ผู้รับผิดชอบเคส").selectOption(colleague.id().toString());
			look(phone, "referral-accept-phone-th");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("รับการส่งต่อ").setExact(true)).click();
			assertThat(page.getByTestId("assigned-case-worker")).hasText("Test pages-colleague");
			look(phone, "referral-accepted-phone-th");
			page.getByTestId("person-link").click();
			assertThat(page.getByTestId("person-names")).containsText("မောင်မောင်");
			page.navigate(phone.url("/referrals/" + referral));
			page.getByTestId("refer-onward").click();
			assertThat(page.getByTestId("onward-from")).isVisible();
			look(phone, "onward-phone-th");
		}

		// The same pages in English on a desktop, for the screenshots and axe.
		try (BrowserPage desk = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = desk.page();
			TwoStepSignIn.signIn(desk, worker.username(), worker.password(), accounts.enrolTotp(worker));
			page.navigate(desk.url("/cases/" + caseId + "/person?lang=en"));
			assertThat(page.locator("h1")).hasText("The person");
			look(desk, "person-desktop-en");
			page.navigate(desk.url("/cases/" + caseId + "/person/edit"));
			look(desk, "person-edit-desktop-en");
			page.navigate(desk.url("/cases/" + caseId + "/attachments"));
			look(desk, "attachments-desktop-en");
		}
		try (BrowserPage desk = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = desk.page();
			TwoStepSignIn.signIn(desk, colleague.username(), colleague.password(), accounts.enrolTotp(colleague));
			page.navigate(desk.url("/referrals/" + referral + "?lang=en"));
			assertThat(page.getByTestId("assigned-case-worker")).hasText("Test pages-colleague");
			look(desk, "referral-accepted-desktop-en");
			page.navigate(desk.url("/referrals/" + referral + "/onward?purpose=SHELTER"));
			look(desk, "onward-desktop-en");
		}
	}

	/** axe on the page as it is, no sideways scroll on a phone, and a screenshot. */
	private static void look(BrowserPage tab, String name) {
		tab.assertAccessible();
		if (tab.page().viewportSize().width <= 360) {
			assertThat(tab.scrollWidth()).as("%s too wide: %s", name, tab.tooWide()).isLessThanOrEqualTo(360);
		}
		tab.shot("case-pages-" + name);
	}

	private static byte[] png() {
		try {
			java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(img, "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private UUID shelter(String nameTh, String nameEn) {
		Api coordinator = new Api(port).withToken(accounts.token(accounts.create("pages-coord", Role.NETWORK_COORDINATOR)));
		var created = coordinator.post("/api/v1/organizations", Map.of("nameTh", nameTh, "nameEn", nameEn, "sector", "NGO",
				"provinces", List.of("TH-10"), "services",
				List.of(Map.of("code", "SHELTER", "languages", List.of("th", "my"), "twentyFourSeven", true))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}
}
