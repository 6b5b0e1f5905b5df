package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
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

import th.tipnet.awards.ResultsFixture;
import th.tipnet.directory.Directory;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestClock;

/**
 * The results in Chromium, in Thai: after judging, the secretariat reads the ranking, is refused while
 * a tie across the quota line is undecided, records the committee's order and confirms; once the
 * announcement is due it publishes, and a visitor who is not signed in reads the winners.
 */
@BrowserTest
class ResultsBrowserIT {

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
	void theSecretariatBreaksATieConfirmsAndPublishesAndThePublicReadsTheWinners() throws Exception {
		ResultsFixture fixture = new ResultsFixture(context);
		ResultsFixture.Scene scene = fixture.decided(2, List.of("rtp-tatip", "stella-maris", "mirror-foundation"),
				new int[][] { { 9, 7, 7 }, { 9, 7, 7 } });
		UUID police = scene.nominations().get(0);
		UUID stella = scene.nominations().get(1);
		UUID mirror = scene.nominations().get(2);
		String mirrorName = directory.summaryByReferenceKey("mirror-foundation").orElseThrow().nameTh();

		tab.signIn(scene.secretariat().username(), scene.secretariat().password());
		page.navigate(tab.url("/awards/rounds/" + scene.roundId()));
		page.getByTestId("ranking-link").click();
		assertThat(page.locator("h1")).hasText("การจัดอันดับและการยืนยันผลของคณะกรรมการ");
		Locator board = page.getByTestId("ranking");
		assertThat(board.getByTestId("ranked")).hasCount(3);
		assertThat(board.getByTestId("total")).hasText(new String[] { "9", "7", "7" });
		assertThat(board.getByTestId("tie")).containsText("คณะกรรมการต้องบันทึกลำดับ");
		tab.assertAccessible();
		shot(tab, "ranking-tie-th-1280");

		board.getByTestId("confirm").click();
		assertThat(page.getByTestId("refused")).containsText("มีคะแนนเท่ากันคร่อมเส้นจำนวนรางวัลที่ยังไม่ได้ตัดสิน");
		tab.assertAccessible();

		board = page.getByTestId("ranking");
		board.locator("select[name=committeeOrder]").nth(0).selectOption(mirror.toString());
		board.locator("select[name=committeeOrder]").nth(1).selectOption(stella.toString());
		board.locator("input[name=winner][value='" + mirror + "']").check();
		assertThat(board.locator("input[name=winner][value='" + police + "']")).isChecked();
		board.getByTestId("confirm").click();
		assertThat(page.getByTestId("saved")).hasText("ยืนยันผู้ได้รับรางวัลแล้ว");
		assertThat(page.getByTestId("confirmed")).containsText("อันดับที่ 2 " + mirrorName);
		assertThat(page.getByTestId("confirmed")).containsText("คณะกรรมการตัดสินคะแนนที่เท่ากันตามลำดับ");
		tab.assertAccessible();
		shot(tab, "ranking-confirmed-th-1280");

		page.getByTestId("results-link").click();
		assertThat(page.getByTestId("preview")).isVisible();
		assertThat(page.getByTestId("not-publishable")).isVisible();
		clock.advance(Duration.ofDays(10));
		page.reload();
		page.getByTestId("publish").click();
		assertThat(page.getByTestId("published")).isVisible();
		assertThat(page.getByTestId("winner")).hasCount(2);
		tab.assertAccessible();

		try (BrowserPage visitor = new BrowserPage(page.context().browser(), port, "th-TH", 1280, 900)) {
			Page v = visitor.page();
			v.navigate(visitor.url("/awards/rounds/" + scene.roundId() + "/results"));
			assertThat(v.locator("h1")).containsText("ผลการตัดสินรางวัล");
			assertThat(v.getByTestId("winner").nth(1)).containsText("อันดับที่ 2");
			assertThat(v.getByTestId("winner").nth(1)).containsText(mirrorName);
			assertThat(v.getByTestId("published-at")).containsText(String.valueOf(
					java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).plusDays(31).getYear() + 543));
			visitor.assertAccessible();
			assertThat(v.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ประกาศผล"))).hasCount(0);
		}

		String round = "/awards/rounds/" + scene.roundId();
		for (String lang : new String[] { "th", "en" }) {
			for (int width : new int[] { 1280, 360 }) {
				try (BrowserPage view = new BrowserPage(page.context().browser(), port, lang.equals("th") ? "th-TH" : "en-GB", width,
						width == 360 ? 740 : 900)) {
					look(view, round + "/results", "results", lang, width);
					view.signIn(scene.secretariat().username(), scene.secretariat().password());
					look(view, round + "/ranking", "ranking", lang, width);
					look(view, round + "/ceremony", "ceremony", lang, width);
				}
			}
		}
	}

	private void look(BrowserPage view, String path, String name, String lang, int width) throws Exception {
		view.page().navigate(view.url(path + "?lang=" + lang));
		assertThat(view.scrollWidth()).as("width of %s in %s; too wide: %s", path, lang, view.tooWide()).isLessThanOrEqualTo(width);
		view.assertAccessible();
		shot(view, name + "-" + lang + "-" + width);
	}

	/** A screenshot under target/screenshots, and a copy where the team looks at them. */
	private static void shot(BrowserPage view, String name) throws Exception {
		Path screens = Path.of("/work/screens");
		if (view.shot("awards-results-" + name) && Files.isDirectory(screens)) {
			Files.copy(BrowserTest.SCREENSHOTS.resolve("awards-results-" + name + ".png"),
					screens.resolve("awards-results-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
