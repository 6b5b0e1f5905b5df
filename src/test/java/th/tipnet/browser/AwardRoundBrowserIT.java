package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.awards.JudgingFixture;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.PdfText;
import th.tipnet.support.TestClock;

/**
 * Issue #15's proof, a whole round in Chromium, in Thai: an organisation nominates an agency on the
 * round's page, the secretariat seats three judges (one of them from the nominating organisation,
 * told at once) and checks eligibility, the judges score (the conflicted one cannot open that
 * nomination; the secretariat sees why it is hidden from them), the round is ranked, its winners
 * confirmed and published, and the secretariat downloads a winner's certificate, whose number the
 * public verification page confirms.
 */
@BrowserTest
class AwardRoundBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	TestClock clock;

	Browser browser;

	@BeforeEach
	void open(Browser chromium) {
		browser = chromium;
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aWholeRoundInThaiFromNominationToACertificateAnyoneCanCheck() throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		UUID mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		var secretariat = accounts.create("arb-secretariat", Role.NETWORK_COORDINATOR);
		var mirrorAdmin = accounts.createIn(mirror, null, "arb-mirror", Role.ORG_ADMIN);
		var divisionAdmin = accounts.createIn(division, null, "arb-division", Role.ORG_ADMIN);
		var tied = accounts.createIn(mirror, null, "arb-judge-mirror", Role.JUDGE);
		var hug = accounts.createIn(directory.organisationByReferenceKey("hug-project").orElseThrow().id(), null, "arb-judge-hug",
				Role.JUDGE);
		var a21 = accounts.createIn(directory.organisationByReferenceKey("a21").orElseThrow().id(), null, "arb-judge-a21", Role.JUDGE);
		var round = new JudgingFixture(context).openRound(accounts.authentication(secretariat));
		String roundPage = "/awards/rounds/" + round.id();

		// Two organisations nominate an agency each, on the round's page.
		String police = nominate(mirrorAdmin, roundPage, "rtp-tatip");
		String stella = nominate(divisionAdmin, roundPage, "stella-maris");

		try (BrowserPage office = new BrowserPage(browser, port, "th-TH", 1280, 900)) {
			Page p = office.page();
			office.signIn(secretariat.username(), secretariat.password());
			// Three judges on the agencies' panel; the Mirror Foundation's judge is tied to its nomination.
			p.navigate(office.url(roundPage));
			p.getByTestId("panels-link").click();
			Locator panel = p.getByTestId("panel").filter(new Locator.FilterOptions().setHasText("หน่วยงานดีเด่น"));
			String[] names = { "Test arb-judge-hug", "Test arb-judge-a21", "Test arb-judge-mirror" };
			TestAccounts.Account[] judges = { hug, a21, tied };
			for (int i = 0; i < judges.length; i++) {
				panel.locator("select[name=judgeId]").selectOption(judges[i].id().toString());
				panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("แต่งตั้งกรรมการ")).click();
				assertThat(p.getByTestId("seated")).containsText(names[i]);
			}
			assertThat(p.getByTestId("found-conflict"))
				.containsText("หน่วยงานของ Test arb-judge-mirror คือ มูลนิธิกระจกเงา ซึ่งเป็นผู้เสนอชื่อ");
			office.assertAccessible();
			shot(office, "proof-panels-th-1280");

			// Eligibility, once nominations have closed.
			clock.advance(Duration.ofDays(11));
			p.navigate(office.url(roundPage + "/eligibility"));
			for (String nominee : new String[] { "ศพดส.ตร.", "มูลนิธิ Stella Maris" }) {
				p.getByTestId("eligibility-nomination")
					.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(nominee))
					.first()
					.click();
				p.getByTestId("eligibility-item").first().waitFor();
				for (Locator met : p.getByLabel("ผ่าน", new Page.GetByLabelOptions().setExact(true)).all()) {
					met.check();
				}
				p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกผลการตรวจ")).click();
				assertThat(p.getByRole(AriaRole.STATUS).first()).containsText("มีคุณสมบัติครบ");
			}
			office.assertAccessible();
		}

		// Judging: the two free judges score both; the tied judge only the other one, and cannot open theirs.
		clock.advance(Duration.ofDays(2));
		score(hug, police, new int[] { 9, 9, 8, 9 });
		score(hug, stella, new int[] { 7, 6, 7, 6 });
		score(a21, police, new int[] { 8, 9, 9, 8 });
		score(a21, stella, new int[] { 6, 7, 6, 7 });
		score(tied, stella, new int[] { 7, 7, 7, 7 });
		try (BrowserPage judge = new BrowserPage(browser, port, "th-TH", 360, 740)) {
			judge.signIn(tied.username(), tied.password());
			assertThat(judge.page().navigate(judge.url("/awards/judging/" + police)).status()).isEqualTo(404);
			assertThat(judge.page().locator("body")).not().containsText("ศพดส.ตร.");
			judge.page().navigate(judge.url("/awards/judging"));
			assertThat(judge.page().getByTestId("assignment")).hasCount(1);
		}

		try (BrowserPage office = new BrowserPage(browser, port, "th-TH", 1280, 900)) {
			Page p = office.page();
			office.signIn(secretariat.username(), secretariat.password());
			p.navigate(office.url(roundPage + "/panels"));
			Locator panel = p.getByTestId("panel").filter(new Locator.FilterOptions().setHasText("หน่วยงานดีเด่น"));
			assertThat(panel.getByTestId("why")).hasText("หน่วยงานของ Test arb-judge-mirror คือ มูลนิธิกระจกเงา ซึ่งเป็นผู้เสนอชื่อ");
			office.assertAccessible();

			// Ranked, confirmed and published once the scores are locked.
			clock.advance(Duration.ofDays(8));
			rankConfirmAndPublish(office, roundPage);

			// The secretariat names who gives and signs the certificates and downloads the winner's.
			p.navigate(office.url(roundPage));
			p.getByTestId("documents-link").click();
			assertThat(p.locator("h1")).hasText("เกียรติบัตรและรายการเงินรางวัล");
			p.locator("#issuerTh").fill("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์");
			p.locator("#issuerEn").fill("Ministry of Social Development and Human Security");
			p.locator("#nameTh").fill("นางสาวพิมพ์ใจ ตั้งมั่น");
			p.locator("#positionTh").fill("ผู้อำนวยการกองต่อต้านการค้ามนุษย์");
			p.locator("#nameEn").fill("Ms Pimjai Tangman");
			p.locator("#positionEn").fill("Director, Anti-Trafficking in Persons Division");
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกผู้ออกและผู้ลงนาม")).click();
			assertThat(p.getByRole(AriaRole.STATUS).first()).containsText("บันทึกหน่วยงานผู้ออกและผู้ลงนามเกียรติบัตรแล้ว");
			Locator winner = p.getByTestId("winner").filter(new Locator.FilterOptions().setHasText("ศพดส.ตร."));
			assertThat(winner).containsText("หน่วยงานดีเด่น ลำดับที่ 1");
			office.assertAccessible();
			shot(office, "ceremony-th-1280");
			Download download = p.waitForDownload(() -> winner.getByTestId("certificate-th").click());
			String text = PdfText.of(Files.readAllBytes(download.path()), "awards-ceremony-proof-certificate-th");
			assertThat(text).contains("เกียรติบัตร").contains("ศพดส.ตร.").contains("ได้รับรางวัลหน่วยงานดีเด่น ลำดับที่ ๑")
				.contains("ให้ไว้ ณ วันที่").contains("(นางสาวพิมพ์ใจ ตั้งมั่น)");
			String number = PdfText.numbers(text).get(0);

			// Anyone holding the paper checks it, without an account.
			try (BrowserPage anyone = new BrowserPage(browser, port, "th-TH", 360, 740)) {
				anyone.page().navigate(anyone.url("/certificates/" + number));
				assertThat(anyone.page().getByTestId("verdict")).containsText("ใช้ได้");
				assertThat(anyone.page().locator("body")).containsText("ศพดส.ตร.");
				assertThat(anyone.page().locator("body")).containsText("เกียรติบัตรรางวัล");
				anyone.assertAccessible();
				shot(anyone, "verify-th-360");
			}
			for (String lang : new String[] { "th", "en" }) {
				for (int width : new int[] { 1280, 360 }) {
					try (BrowserPage view = new BrowserPage(browser, port, lang.equals("th") ? "th-TH" : "en-GB", width,
							width == 360 ? 740 : 900)) {
						view.signIn(secretariat.username(), secretariat.password());
						view.page().navigate(view.url(roundPage + "/certificates?lang=" + lang));
						assertThat(view.scrollWidth()).as("width in %s; too wide: %s", lang, view.tooWide()).isLessThanOrEqualTo(width);
						view.assertAccessible();
						shot(view, "ceremony-" + lang + "-" + width);
					}
				}
			}
		}
	}

	/**
	 * The secretariat ranks and confirms every category (the agencies' two nominations as its winners, fewer than the quota
	 * with the committee's reason; the categories nobody was nominated in with none) and, once the announcement is due,
	 * publishes the results.
	 */
	private void rankConfirmAndPublish(BrowserPage office, String roundPage) throws Exception {
		Page p = office.page();
		p.navigate(office.url(roundPage));
		p.getByTestId("ranking-link").click();
		Locator agencies = p.getByTestId("ranking").filter(new Locator.FilterOptions().setHasText("หน่วยงานดีเด่น"));
		assertThat(agencies.getByTestId("ranked").first()).containsText("ศพดส.ตร.");
		office.assertAccessible();
		shot(office, "proof-ranking-th-1280");
		for (String category : new String[] { "หน่วยงานดีเด่น", "บุคคลต้นแบบ", "บุคคลดีเด่น", "จังหวัดต้นแบบ" }) {
			Locator board = p.getByTestId("ranking").filter(new Locator.FilterOptions().setHasText(category));
			for (Locator winner : board.getByTestId("winner").all()) {
				winner.check();
			}
			board.getByTestId("reason").fill("มีผู้ผ่านการคัดเลือกน้อยกว่าจำนวนรางวัล คณะกรรมการมีมติให้รางวัลเท่าที่มี");
			board.getByTestId("confirm").click();
			assertThat(p.getByTestId("ranking").filter(new Locator.FilterOptions().setHasText(category)).getByTestId("confirmed"))
				.isVisible();
		}
		clock.advance(Duration.ofDays(10));
		p.navigate(office.url(roundPage + "/results"));
		p.getByTestId("publish").click();
		assertThat(p.getByTestId("published")).isVisible();
		assertThat(p.locator("body")).containsText("ศพดส.ตร.");
		office.assertAccessible();
		shot(office, "proof-results-th-1280");
	}

	/** A nomination of an organisation for outstanding agency, made and submitted on the round's page; its id. */
	private String nominate(TestAccounts.Account nominator, String roundPage, String nominee) {
		try (BrowserPage tab = new BrowserPage(browser, port, "th-TH", 1280, 900)) {
			Page p = tab.page();
			tab.signIn(nominator.username(), nominator.password());
			p.navigate(tab.url(roundPage));
			p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("เสนอชื่อในประเภทนี้: หน่วยงานดีเด่น")).click();
			p.locator("#organisationId").selectOption(directory.organisationByReferenceKey(nominee).orElseThrow().id().toString());
			p.locator("#justification").fill("ทำงานร่วมกับเครือข่ายในการช่วยเหลือผู้เสียหายจากการค้ามนุษย์อย่างใกล้ชิด");
			p.locator("#achievements").fill("ช่วยเหลือและส่งต่อผู้เสียหาย 120 รายในปีที่ผ่านมา");
			p.locator("#nomineeConsented").check();
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งการเสนอชื่อ")).click();
			assertThat(p.getByTestId("status")).hasText("ส่งแล้ว");
			String url = p.url();
			return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
		}
	}

	/** A judge scores every criterion of a nomination on their phone. */
	private void score(TestAccounts.Account judge, String nomination, int[] scores) {
		try (BrowserPage phone = new BrowserPage(browser, port, "th-TH", 360, 740)) {
			Page p = phone.page();
			phone.signIn(judge.username(), judge.password());
			p.navigate(phone.url("/awards/judging/" + nomination));
			for (int i = 0; i < scores.length; i++) {
				p.locator("#score-" + i).fill(String.valueOf(scores[i]));
			}
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกคะแนน")).click();
			assertThat(p.getByRole(AriaRole.STATUS).first()).containsText("บันทึกคะแนนแล้ว");
		}
	}

	/** A screenshot under target/screenshots, and a copy where the team looks at them. */
	private static void shot(BrowserPage view, String name) throws Exception {
		Path screens = Path.of("/work/screens");
		if (view.shot("awards-ceremony-" + name) && Files.isDirectory(screens)) {
			Files.copy(BrowserTest.SCREENSHOTS.resolve("awards-ceremony-" + name + ".png"),
					screens.resolve("awards-ceremony-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
