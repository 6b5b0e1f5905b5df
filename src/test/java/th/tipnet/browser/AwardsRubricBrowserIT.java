package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import th.tipnet.awards.JudgingFixture;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestClock;

/**
 * The secretariat's round pages and rubric editor and a nominator's attachments, in Chromium: the
 * secretariat reweighs a rubric and is told it is saved; the nominator attaches a PDF to a draft and
 * removes it; every page in Thai and English at 1280 and 360 px, accessible and no wider than the
 * screen.
 */
@BrowserTest
class AwardsRubricBrowserIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	TestClock clock;

	BrowserPage tab;

	Page page;

	@BeforeEach
	void open(Browser chromium) {
		tab = new BrowserPage(chromium, port, "th-TH", 1280, 900);
		page = tab.page();
	}

	@AfterEach
	void close() {
		tab.close();
		clock.reset();
	}

	@Test
	void theSecretariatReweighsARubricAndANominatorAttachesAndRemovesAFileOnADraft() throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		var secretariat = accounts.create("rb-secretariat", Role.NETWORK_COORDINATOR);
		var nominator = accounts.createIn(directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id(), null, "rb-nominator",
				Role.ORG_ADMIN);
		var round = new JudgingFixture(context).openRound(accounts.authentication(secretariat));
		UUID agency = round.categories().get("OUTSTANDING_AGENCY");
		String nomination = draft(accounts, nominator, round.id(), agency);

		tab.signIn(secretariat.username(), secretariat.password());
		page.navigate(tab.url("/awards/rounds/" + round.id()));
		page.locator("[data-code=OUTSTANDING_AGENCY]").getByTestId("rubric-link").click();
		assertThat(page.locator("h1")).hasText("เกณฑ์การให้คะแนน: หน่วยงานดีเด่น");
		assertThat(page.getByTestId("criterion-row")).hasCount(5);
		page.locator("[id='criteria0.weight']").fill("สามสิบห้า");
		page.getByTestId("save-rubric").click();
		assertThat(page.locator(".field-error").first()).containsText("น้ำหนักต้องอยู่ระหว่าง 1 ถึง 100");
		tab.assertAccessible();
		shot(tab, "rubric-refused-th-1280");
		page.locator("[id='criteria0.weight']").fill("40");
		page.locator("[id='criteria3.nameTh']").fill("");
		page.locator("[id='criteria3.nameEn']").fill("");
		page.locator("[id='criteria3.weight']").fill("");
		page.getByTestId("save-rubric").click();
		assertThat(page.getByTestId("rubric-saved")).hasText("บันทึกเกณฑ์การให้คะแนนแล้ว");
		assertThat(page.getByTestId("criterion-row")).hasCount(4);
		assertThat(page.locator("[id='criteria0.weight']")).hasValue("40");

		try (BrowserPage nominating = new BrowserPage(page.context().browser(), port, "th-TH", 1280, 900)) {
			Page p = nominating.page();
			nominating.signIn(nominator.username(), nominator.password());
			p.navigate(nominating.url("/awards/nominations/" + nomination));
			p.locator("#file").setInputFiles(new FilePayload("ผลงานปี 2567.pdf", "application/pdf", PDF));
			p.getByTestId("attach-form").locator("button[type=submit]").click();
			assertThat(p.getByTestId("files")).containsText("ผลงานปี 2567.pdf");
			nominating.assertAccessible();
			shot(nominating, "nomination-files-th-1280");
			p.getByTestId("remove-file").getByRole(AriaRole.BUTTON).click();
			assertThat(p.getByRole(AriaRole.STATUS).first()).containsText("ลบไฟล์แนบแล้ว");
			assertThat(p.getByTestId("files")).hasCount(0);
		}
		attach(accounts, nominator, nomination);

		for (String lang : new String[] { "th", "en" }) {
			for (int width : new int[] { 1280, 360 }) {
				try (BrowserPage view = new BrowserPage(page.context().browser(), port, lang.equals("th") ? "th-TH" : "en-GB", width,
						width == 360 ? 740 : 900)) {
					view.signIn(secretariat.username(), secretariat.password());
					look(view, "/awards/new-round", "new-round", lang, width);
					look(view, "/awards/rounds/" + round.id() + "/edit", "round-edit", lang, width);
					look(view, "/awards/rounds/" + round.id() + "/categories/" + agency + "/rubric", "rubric", lang, width);
					view.signIn(nominator.username(), nominator.password());
					look(view, "/awards/nominations/" + nomination, "nomination-files", lang, width);
				}
			}
		}
	}

	private void look(BrowserPage view, String path, String name, String lang, int width) throws Exception {
		view.page().navigate(view.url(path + "?lang=" + lang));
		assertThat(view.page().locator("h1")).isVisible();
		assertThat(view.scrollWidth()).as("width of %s in %s; too wide: %s", path, lang, view.tooWide()).isLessThanOrEqualTo(width);
		view.assertAccessible();
		shot(view, name + "-" + lang + "-" + width);
	}

	/** A screenshot under target/screenshots, and a copy where the team looks at them. */
	private static void shot(BrowserPage view, String name) throws Exception {
		Path screens = Path.of("/work/screens");
		if (view.shot("awards-rubric-" + name) && Files.isDirectory(screens)) {
			Files.copy(BrowserTest.SCREENSHOTS.resolve("awards-rubric-" + name + ".png"), screens.resolve("awards-rubric-" + name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private String draft(TestAccounts accounts, TestAccounts.Account nominator, UUID round, UUID category) {
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", category.toString());
		body.put("nomineeKind", "ORGANISATION");
		body.put("organisationId", directory.organisationByReferenceKey("stella-maris").orElseThrow().id().toString());
		body.put("justification", "ทำงานร่วมกับเครือข่ายในการช่วยเหลือผู้เสียหายอย่างใกล้ชิด");
		body.put("achievements", "ช่วยเหลือและส่งต่อผู้เสียหาย 120 รายในปีที่ผ่านมา");
		body.put("nomineeConsented", true);
		var created = new Api(port).withToken(accounts.token(nominator)).post("/api/v1/award-rounds/" + round + "/nominations", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private void attach(TestAccounts accounts, TestAccounts.Account nominator, String nomination) {
		var attached = new Api(port).withToken(accounts.token(nominator))
			.postFile("/api/v1/nominations/" + nomination + "/attachments", "รายงานผลงานประจำปีของหน่วยงาน 2567.pdf", "application/pdf", PDF);
		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
	}
}
