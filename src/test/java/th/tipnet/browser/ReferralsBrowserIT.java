package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.common.Dates;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.TwoStepSignIn;
import th.tipnet.support.BrowserTest;

/**
 * The National Referral Mechanism's whole path in the browser: intake on a phone, the team's
 * screening with each member's answers, the supervisor's sign-off, a referral with consent, the
 * receiver's incoming list, decision view, acceptance, read-only case and completion (in Thai, on a
 * 360-px phone); and a decline followed by a referral elsewhere (in English). Every page passes axe.
 */
@BrowserTest
class ReferralsBrowserIT {

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
		// The shipped policy (V30): case roles sign in with a second step. Other tests may change it.
		context.getBean(JdbcTemplate.class)
			.update("UPDATE role_policy SET totp_required = TRUE WHERE role IN ('CASE_WORKER', 'CASE_SUPERVISOR')");
	}

	@Test
	void inThaiOnAPhoneAnIntakeIsScreenedSignedOffReferredWithConsentAcceptedAndCompleted() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
		UUID shelter = shelter("บ้านพักทดสอบชลบุรี " + suffix, "Chon Buri Test Shelter " + suffix, "TH-20");
		var worker = accounts.createIn(hug, null, "path-worker", Role.CASE_WORKER);
		var supervisor = accounts.createIn(hug, null, "path-super", Role.CASE_SUPERVISOR);
		var shelterWorker = accounts.createIn(shelter, null, "path-shelter", Role.CASE_WORKER);
		String caseUrl;
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			signIn(phone, worker);
			phone.assertAccessible();
			page.getByText("รายกรณี (NRM)").first().click();
			phone.assertAccessible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("บันทึกการรับเรื่อง")).click();
			phone.assertAccessible();
			String twoHoursAgo = dates.typed(Instant.now().minus(Duration.ofHours(2)), Locale.forLanguageTag("th"));
			page.getByLabel("ช่องทางที่พบครั้งแรก").selectOption("POLICE_OPERATION");
			page.getByLabel("วันและเวลาที่พบครั้งแรก").fill(twoHoursAgo);
			page.getByLabel("จังหวัด", new Page.GetByLabelOptions().setExact(true)).selectOption("TH-20");
			page.getByLabel("เพศ", new Page.GetByLabelOptions().setExact(true)).selectOption("Feminine");
			page.getByLabel("บังคับใช้แรงงาน").check();
			page.getByLabel("เหตุการณ์โดยย่อ").fill("พบในโรงงานแปรรูปอาหารทะเล ถูกยึดบัตร");
			page.getByLabel("ชื่อที่ 1").fill("မမချို");
			page.getByLabel("หรืออายุโดยประมาณ (ปี)").fill("22");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เปิดรายกรณี")).click();
			assertThat(page.getByTestId("case-number")).hasText(Pattern.compile("NRM-\\d{4}-TH20-\\d{6}"));
			caseUrl = page.url();
			phone.assertAccessible();

			// The team screens: two members, each answering the checklist; a slip first (no outcome), nothing saved.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("บันทึกผลการคัดกรอง")).click();
			assertThat(page.locator("h1")).hasText("บันทึกผลการคัดกรอง");
			phone.assertAccessible();
			assertThat(phone.scrollWidth()).as("screening form width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("case-pages-screening-phone-th");
			assertThat(page.locator("[name='members[0].userId']")).hasValue(worker.id().toString());
			page.locator("[name='members[0].discipline']").selectOption("SOCIAL_WORKER");
			answer(page, 0, "ACT:Recruitment", "YES");
			answer(page, 0, "MEANS:WithholdsDocuments", "YES");
			answer(page, 0, "PURPOSE:ForcedLabour", "YES");
			page.locator("[name='members[1].name']").fill("ร.ต.อ. สมชาย ใจดี");
			page.locator("[name='members[1].organisation']").fill("สภ.ศรีราชา");
			page.locator("[name='members[1].discipline']").selectOption("POLICE");
			answer(page, 1, "ACT:Recruitment", "YES");
			answer(page, 1, "MEANS:WithholdsDocuments", "NO");
			answer(page, 1, "PURPOSE:ForcedLabour", "YES");
			page.getByLabel("เหตุผล", new Page.GetByLabelOptions().setExact(true)).fill("ถูกหลอกมาทำงานและถูกยึดบัตร");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกผลการตัดสินของทีม")).click();
			assertThat(page.getByTestId("outcome").locator(".field-error")).hasText("ต้องระบุ");
			assertThat(page.locator("[name='members[1].name']")).hasValue("ร.ต.อ. สมชาย ใจดี");
			assertThat(page.locator("[data-testid='member-1'] select[data-indicator='MEANS:WithholdsDocuments']")).hasValue("NO");
			phone.assertAccessible();
			phone.shot("case-pages-screening-errors-phone-th");
			page.getByLabel("เป็นผู้เสียหายจากการค้ามนุษย์", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกผลการตัดสินของทีม")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกผลการคัดกรองของรายกรณี");
			assertThat(page.getByTestId("screening")).containsText("รอหัวหน้ารับรอง");
			assertThat(page.getByTestId("screening")).containsText("ร.ต.อ. สมชาย ใจดี");
			assertThat(page.getByTestId("screening").locator("tr.dissent")).containsText("ยึดเอกสารประจำตัว");
		}

		// The supervisor signs the decision off on the case page.
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			signIn(phone, supervisor);
			page.navigate(caseUrl);
			phone.assertAccessible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("รับรองผลการคัดกรอง")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("รับรองผลการคัดกรอง");
			assertThat(page.locator(".case-head .badge.status")).hasText("เป็นผู้เสียหายจากการค้ามนุษย์");
			phone.assertAccessible();
		}

		// The lead organisation refers the person to the shelter, with her consent to share who she is and the screening.
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			signIn(phone, worker);
			page.navigate(caseUrl);
			page.getByTestId("referrals").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("ส่งต่อไปยังหน่วยงานอื่น")).click();
			assertThat(page.locator("h1")).hasText("ส่งต่อไปยังหน่วยงานอื่น");
			phone.assertAccessible();
			page.getByLabel("บริการที่ต้องการ").selectOption("SHELTER");
			page.getByLabel("ภาษาของบุคคล").selectOption("my");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ค้นหาหน่วยงาน")).click();
			phone.assertAccessible();
			assertThat(phone.scrollWidth()).as("refer form width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			page.getByLabel("บ้านพักทดสอบชลบุรี " + suffix).check();
			page.getByLabel("เร่งด่วน (ตอบภายใน 2 ชม.)").check();
			page.getByLabel("ข้อมูลบุคคล (ชื่อ เพศ อายุ สัญชาติ)").check();
			page.getByLabel("ผลการคัดกรอง", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("ยินยอม", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("ล่าม (ถ้ามี)").fill("Ma Thida");
			phone.shot("case-pages-refer-phone-th");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งต่อ").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("ส่งต่อไปยัง บ้านพักทดสอบชลบุรี " + suffix + " แล้ว");
			Locator sent = page.getByTestId("sent-referral");
			assertThat(sent).containsText("รอคำตอบ");
			assertThat(sent.getByTestId("deadline")).hasText(Pattern.compile("เหลือ 1 ชม\\. 5\\d นาที"));
			assertThat(phone.scrollWidth()).as("case page width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("case-pages-case-referred-phone-th");
		}

		// The shelter's case worker: incoming referrals, the decision view without names, accept, the shared sections, complete.
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			signIn(phone, shelterWorker);
			assertThat(page.navigate(caseUrl).status()).as("the case page before accepting").isEqualTo(404);
			page.navigate(phone.url("/"));
			phone.assertAccessible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("การส่งต่อที่เข้ามา")).first().click();
			assertThat(page.locator("h1")).hasText("การส่งต่อที่เข้ามา");
			Locator incoming = page.getByTestId("incoming-referral");
			assertThat(incoming).hasCount(1);
			assertThat(incoming).containsText("เร่งด่วน");
			assertThat(incoming.getByTestId("deadline")).hasClass(Pattern.compile("due-soon"));
			assertThat(incoming).containsText(String.valueOf(Instant.now().atZone(ZoneId.of("Asia/Bangkok")).getYear() + 543));
			phone.assertAccessible();
			assertThat(phone.scrollWidth()).as("incoming width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("case-pages-incoming-phone-th");
			incoming.getByRole(AriaRole.LINK).first().click();
			assertThat(page.getByTestId("decision-view")).containsText("สถานคุ้มครองและที่พักพิง");
			assertThat(page.getByTestId("decision-view")).containsText("ยินยอม");
			assertThat(page.locator("#content")).not().containsText("မမချို");
			phone.assertAccessible();
			assertThat(phone.scrollWidth()).as("decision view width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("case-pages-decision-phone-th");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("รับการส่งต่อ")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("รับการส่งต่อแล้ว");
			assertThat(page.getByTestId("referral-state")).hasText("รับการส่งต่อแล้ว");
			assertThat(page.getByTestId("shared-person")).containsText("မမချို");
			assertThat(page.getByTestId("shared-screening")).containsText("เป็นผู้เสียหายจากการค้ามนุษย์");
			assertThat(page.getByTestId("shared-intake")).hasCount(0);
			assertThat(page.locator("#content")).not().containsText("โรงงานแปรรูปอาหารทะเล");
			phone.assertAccessible();
			assertThat(phone.scrollWidth()).as("shared case width; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.shot("case-pages-shared-case-phone-th");
			page.getByLabel("สำเร็จ", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ปิดการส่งต่อ")).click();
			assertThat(page.getByTestId("referral-state")).hasText("เสร็จสิ้น");
			assertThat(page.getByTestId("complete-form")).hasCount(0);
			phone.assertAccessible();
			phone.shot("case-pages-completed-phone-th");
		}

		// The lead organisation sees the outcome on its case page and its timeline.
		try (BrowserPage phone = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			Page page = phone.page();
			signIn(phone, supervisor);
			page.navigate(caseUrl);
			assertThat(page.getByTestId("sent-referral")).containsText("เสร็จสิ้น");
			assertThat(page.getByTestId("sent-referral")).containsText("สำเร็จ");
			assertThat(page.getByTestId("timeline")).containsText("หน่วยงานปลายทางรับการส่งต่อ");
			assertThat(page.getByTestId("timeline")).containsText("การส่งต่อเสร็จสิ้น");
			phone.assertAccessible();
		}
	}

	@Test
	void inEnglishADeclinedReferralIsSentToAnotherOrganisationWhichAccepts() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
		UUID full = shelter("บ้านพักเต็ม " + suffix, "Full House Shelter " + suffix, "TH-10");
		UUID open = shelter("บ้านพักว่าง " + suffix, "Open Door Shelter " + suffix, "TH-10");
		var worker = accounts.createIn(hug, null, "decline-worker", Role.CASE_WORKER);
		var fullWorker = accounts.createIn(full, null, "decline-full", Role.CASE_SUPERVISOR);
		var openWorker = accounts.createIn(open, null, "decline-open", Role.CASE_WORKER);
		String caseId = new Api(port).withToken(accounts.token(worker))
			.post("/api/v1/cases", intake(Instant.now().minus(Duration.ofHours(5))))
			.json()
			.get("id")
			.asString();

		try (BrowserPage desk = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = desk.page();
			signIn(desk, worker);
			page.navigate(desk.url("/cases/" + caseId + "?lang=en"));
			desk.assertAccessible();
			desk.shot("case-pages-case-desktop-en");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the screening")).click();
			desk.assertAccessible();
			desk.shot("case-pages-screening-desktop-en");
			page.navigate(desk.url("/cases/" + caseId + "/screening?lang=th"));
			desk.shot("case-pages-screening-desktop-th");
			page.navigate(desk.url("/cases/" + caseId + "?lang=en"));
			refer(page, "Full House Shelter " + suffix);
			desk.assertAccessible();
			desk.shot("case-pages-refer-desktop-en");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral")).click();
			assertThat(page.getByTestId("sent-referral")).containsText("Awaiting answer");
			desk.assertAccessible();
		}

		try (BrowserPage desk = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = desk.page();
			signIn(desk, fullWorker);
			page.navigate(desk.url("/referrals/incoming?lang=en"));
			desk.assertAccessible();
			desk.shot("case-pages-incoming-desktop-en");
			page.getByTestId("incoming-referral").getByRole(AriaRole.LINK).first().click();
			desk.assertAccessible();
			desk.shot("case-pages-decision-desktop-en");
			page.navigate(page.url().replaceAll("\\?.*", "") + "?lang=th");
			desk.shot("case-pages-decision-desktop-th");
			page.navigate(desk.url("/referrals/incoming?lang=th"));
			desk.shot("case-pages-incoming-desktop-th");
			page.navigate(desk.url("/referrals/incoming?lang=en"));
			page.getByTestId("incoming-referral").getByRole(AriaRole.LINK).first().click();
			// "Other" without a note: refused beside the note, nothing changed.
			page.getByLabel("Other (say why)").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline the referral")).click();
			assertThat(page.getByTestId("decline-form").locator(".field-error")).hasText("Say why, when the reason is Other");
			assertThat(page.getByTestId("referral-state")).hasText("Awaiting answer");
			desk.assertAccessible();
			desk.shot("case-pages-decline-error-desktop-en");
			page.getByLabel("No capacity").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline the referral")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral declined");
			assertThat(page.getByTestId("incoming-referral")).containsText("Declined");
			desk.assertAccessible();
		}

		try (BrowserPage desk = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = desk.page();
			signIn(desk, worker);
			page.navigate(desk.url("/cases/" + caseId + "?lang=en"));
			Locator declined = page.getByTestId("sent-referral").filter(new Locator.FilterOptions().setHasText("Full House"));
			assertThat(declined).containsText("Declined");
			assertThat(declined).containsText("No capacity");
			desk.assertAccessible();
			refer(page, "Open Door Shelter " + suffix);
			desk.assertAccessible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral")).click();
			assertThat(page.getByTestId("sent-referral").filter(new Locator.FilterOptions().setHasText("Open Door")))
				.containsText("Awaiting answer");
			desk.assertAccessible();
			desk.shot("case-pages-case-referrals-desktop-en");
			page.navigate(desk.url("/cases/" + caseId + "?lang=th"));
			desk.shot("case-pages-case-referrals-desktop-th");
		}

		try (BrowserPage desk = new BrowserPage(chromium, port, "en-GB", 1280, 900)) {
			Page page = desk.page();
			signIn(desk, openWorker);
			page.navigate(desk.url("/referrals/incoming?lang=en"));
			assertThat(page.getByTestId("incoming-referral")).hasCount(1);
			desk.assertAccessible();
			page.getByTestId("incoming-referral").getByRole(AriaRole.LINK).first().click();
			desk.assertAccessible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the referral")).click();
			assertThat(page.getByTestId("referral-state")).hasText("Accepted");
			assertThat(page.getByTestId("shared-intake")).containsText("Circumstances");
			assertThat(page.getByTestId("shared-person")).hasCount(0);
			desk.assertAccessible();
			desk.shot("case-pages-shared-case-desktop-en");
			page.navigate(page.url().replaceAll("\\?.*", "") + "?lang=th");
			desk.shot("case-pages-shared-case-desktop-th");
		}
	}

	/** From the case page: the refer form, who can help with a shelter in the case's province, the first section and consent. */
	private static void refer(Page page, String organisation) {
		page.getByTestId("referrals").getByRole(AriaRole.LINK).first().click();
		page.getByLabel("Service needed").selectOption("SHELTER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find organisations")).click();
		page.getByLabel(organisation).check();
		page.getByLabel("First contact and circumstances").check();
		page.getByLabel("Given", new Page.GetByLabelOptions().setExact(true)).check();
	}

	private void signIn(BrowserPage tab, TestAccounts.Account account) {
		signIn(tab, account, accounts.enrolTotp(account));
	}

	/** Password, then the code of a freshly enrolled authenticator (so a second sign-in never replays a code). */
	private void signIn(BrowserPage tab, TestAccounts.Account account, String secret) {
		TwoStepSignIn.signIn(tab, account.username(), account.password(), secret);
	}

	private static void answer(Page page, int member, String indicator, String answer) {
		page.locator("[data-testid='member-" + member + "'] select[data-indicator='" + indicator + "']").selectOption(answer);
	}

	/** A shelter in a province, offering its service around the clock in Thai and Burmese. */
	private UUID shelter(String nameTh, String nameEn, String province) {
		Api coordinator = new Api(port).withToken(accounts.token(accounts.create("path-coord", Role.NETWORK_COORDINATOR)));
		var created = coordinator.post("/api/v1/organizations", Map.of("nameTh", nameTh, "nameEn", nameEn, "sector", "NGO",
				"provinces", List.of(province), "services",
				List.of(Map.of("code", "SHELTER", "languages", List.of("th", "my"), "twentyFourSeven", true))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private static Map<String, Object> intake(Instant firstContact) {
		return Map.of("channel", "HOTLINE_1300", "firstContactAt",
				OffsetDateTime.ofInstant(firstContact, ZoneOffset.ofHours(7)).toString(), "provinceCode", "TH-10",
				"circumstances", "Called the hotline from a karaoke bar; passport held by the owner",
				"exploitationTypes", List.of("SexualExploitation"), "names", List.of(Map.of("name", "Noy", "kind", "AS_TOLD")),
				"gender", "Feminine", "estimatedAge", 19, "nationalities", List.of("LA"));
	}
}
