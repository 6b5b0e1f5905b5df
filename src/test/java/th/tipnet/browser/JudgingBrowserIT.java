package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.awards.JudgingFixture;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestClock;

/**
 * Judging in Chromium, in Thai: the secretariat seats two judges (one tied by their organisation to a
 * nomination, and told so at once) and checks eligibility; the tied judge scores the other nomination
 * on a phone and cannot open the one they are conflicted with; the secretariat sees their progress
 * and why that nomination is hidden from them.
 */
@BrowserTest
class JudgingBrowserIT {

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
	void aJudgeScoresOnAPhoneAndTheSecretariatSeesProgressAndWhyANominationIsHiddenFromThem() throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		UUID mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		var secretariat = accounts.create("jb-secretariat", Role.NETWORK_COORDINATOR);
		var mirrorAdmin = accounts.createIn(mirror, null, "jb-mirror", Role.ORG_ADMIN);
		var divisionAdmin = accounts.createIn(division, null, "jb-division", Role.ORG_ADMIN);
		var judge = accounts.createIn(mirror, null, "jb-judge", Role.JUDGE);
		var round = new JudgingFixture(context).openRound(accounts.authentication(secretariat));
		UUID agency = round.categories().get("OUTSTANDING_AGENCY");
		String conflicted = nominate(accounts, mirrorAdmin, round.id(), agency, "rtp-tatip");
		String scored = nominate(accounts, divisionAdmin, round.id(), agency, "stella-maris");

		tab.signIn(secretariat.username(), secretariat.password());
		page.navigate(tab.url("/awards/rounds/" + round.id()));
		page.getByTestId("panels-link").click();
		assertThat(page.locator("h1")).hasText("คณะกรรมการตัดสิน");
		Locator panel = page.getByTestId("panel").filter(new Locator.FilterOptions().setHasText("หน่วยงานดีเด่น"));
		panel.locator("select[name=judgeId]").selectOption(judge.id().toString());
		panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("แต่งตั้งกรรมการ")).click();
		assertThat(page.getByTestId("seated")).containsText("Test jb-judge เป็นกรรมการในคณะนี้แล้ว");
		assertThat(page.getByTestId("found-conflict")).containsText("(ศพดส.ตร.): หน่วยงานของ Test jb-judge คือ มูลนิธิกระจกเงา ซึ่งเป็นผู้เสนอชื่อ");
		tab.assertAccessible();
		shot(tab, "panels-seated-th-1280");

		clock.advance(Duration.ofDays(11));
		page.navigate(tab.url("/awards/rounds/" + round.id()));
		page.getByTestId("eligibility-link").click();
		assertThat(page.getByTestId("eligibility-state")).hasText(new String[] { "ยังไม่ได้ตรวจ", "ยังไม่ได้ตรวจ" });
		tab.assertAccessible();
		for (String nominee : new String[] { "ศพดส.ตร.", "มูลนิธิ Stella Maris" }) {
			page.getByTestId("eligibility-nomination").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(nominee)).first().click();
			page.getByTestId("eligibility-item").first().waitFor();
			if (nominee.startsWith("ศพดส")) {
				tab.assertAccessible();
				shot(tab, "eligibility-check-th-1280");
			}
			for (Locator met : page.getByLabel("ผ่าน", new Page.GetByLabelOptions().setExact(true)).all()) {
				met.check();
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกผลการตรวจ")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("มีคุณสมบัติครบ");
		}
		assertThat(page.getByTestId("eligibility-state")).hasText(new String[] { "มีคุณสมบัติครบ", "มีคุณสมบัติครบ" });
		shot(tab, "eligibility-th-1280");

		clock.advance(Duration.ofDays(2));
		try (BrowserPage phone = new BrowserPage(page.context().browser(), port, "th-TH", 360, 740)) {
			Page p = phone.page();
			phone.signIn(judge.username(), judge.password());
			p.navigate(phone.url("/awards/judging"));
			assertThat(p.getByTestId("assignment")).hasCount(1);
			assertThat(p.getByTestId("assignment")).containsText("ให้คะแนนแล้ว 0 จาก 4 เกณฑ์");
			phone.assertAccessible();
			shot(phone, "judging-th-360");
			p.getByTestId("assignment").getByRole(AriaRole.LINK).click();
			assertThat(p.locator("h1")).hasText("มูลนิธิ Stella Maris");
			int[] given = { 8, 7, 9, 6 };
			for (int i = 0; i < given.length; i++) {
				p.locator("#score-" + i).fill(String.valueOf(given[i]));
			}
			p.locator("#comment-0").fill("ผลงานในรอบปีชัดเจน มีตัวเลขยืนยัน");
			assertThat(phone.scrollWidth()).as("width of the scoring page; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกคะแนน")).click();
			assertThat(p.getByRole(AriaRole.STATUS).first()).containsText("บันทึกคะแนนแล้ว");
			assertThat(p.locator("#score-2")).hasValue("9");
			phone.assertAccessible();
			shot(phone, "judge-th-360");

			var hidden = p.navigate(phone.url("/awards/judging/" + conflicted));
			assertThat(hidden.status()).isEqualTo(404);
			assertThat(p.locator("body")).not().containsText("ศพดส.ตร.");
		}

		page.navigate(tab.url("/awards/rounds/" + round.id() + "/panels"));
		assertThat(panel.getByTestId("progress")).hasText("Test jb-judge: ให้คะแนนแล้ว 1 จาก 1 รายการ");
		assertThat(panel.getByTestId("hidden")).hasCount(1);
		assertThat(panel.getByTestId("why")).hasText("หน่วยงานของ Test jb-judge คือ มูลนิธิกระจกเงา ซึ่งเป็นผู้เสนอชื่อ");
		tab.assertAccessible();
		shot(tab, "panels-th-1280");

		String[] pages = { "/awards/rounds/" + round.id() + "/panels", "/awards/rounds/" + round.id() + "/eligibility",
				"/awards/nominations/" + scored + "/eligibility" };
		for (String lang : new String[] { "th", "en" }) {
			for (int width : new int[] { 1280, 360 }) {
				try (BrowserPage view = new BrowserPage(page.context().browser(), port, lang.equals("th") ? "th-TH" : "en-GB", width,
						width == 360 ? 740 : 900)) {
					view.signIn(secretariat.username(), secretariat.password());
					for (String path : pages) {
						look(view, path, lang, width);
					}
					view.signIn(judge.username(), judge.password());
					look(view, "/awards/judging", lang, width);
					look(view, "/awards/judging/" + scored, lang, width);
				}
			}
		}
	}

	private void look(BrowserPage view, String path, String lang, int width) throws Exception {
		view.page().navigate(view.url(path + "?lang=" + lang));
		assertThat(view.scrollWidth()).as("width of %s in %s; too wide: %s", path, lang, view.tooWide()).isLessThanOrEqualTo(width);
		view.assertAccessible();
		String name = path.replaceAll("/awards/judging/[0-9a-f-]{36}", "/awards/judge")
			.replaceAll("/awards/(rounds|nominations)/[0-9a-f-]{36}", "/awards/$1")
			.replaceFirst("^/awards/", "")
			.replace('/', '-');
		shot(view, name + "-" + lang + "-" + width);
	}

	/** A screenshot under target/screenshots, and a copy where the team looks at them. */
	private static void shot(BrowserPage view, String name) throws Exception {
		Path screens = Path.of("/work/screens");
		if (view.shot("awards-judging-" + name) && Files.isDirectory(screens)) {
			Files.copy(BrowserTest.SCREENSHOTS.resolve("awards-judging-" + name + ".png"), screens.resolve("awards-judging-" + name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private String nominate(TestAccounts accounts, TestAccounts.Account nominator, UUID round, UUID category, String nominee) {
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", category.toString());
		body.put("nomineeKind", "ORGANISATION");
		body.put("organisationId", directory.organisationByReferenceKey(nominee).orElseThrow().id().toString());
		body.put("justification", "ทำงานร่วมกับเครือข่ายในการช่วยเหลือผู้เสียหายอย่างใกล้ชิด");
		body.put("achievements", "ช่วยเหลือและส่งต่อผู้เสียหาย 120 รายในปีที่ผ่านมา");
		body.put("nomineeConsented", true);
		body.put("submit", true);
		var created = new Api(port).withToken(accounts.token(nominator)).post("/api/v1/award-rounds/" + round + "/nominations", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}
}
