package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import java.awt.image.BufferedImage;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import th.tipnet.common.Dates;
import th.tipnet.forums.TestForums;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/**
 * A forum's outputs in Chromium, in Thai (#16 items 1, 3 and 5): the organiser corrects the minutes; the chair marks
 * one problem and one action public; a visitor without an account reads the public summary and sees only those; the
 * minutes download as a PDF in Thai (rendered to PNG for people to look at, its text extracted and compared with what
 * was recorded) and the action list as XLSX; the owner's member gives a photo as evidence, and a file that is no image
 * is refused beside its field. Every new page is photographed in Thai and English at 360 and 1280 px, axe-core clean.
 */
@BrowserTest
class ForumOutputsBrowserIT {

	static final String MINUTES = "ที่ประชุมรับทราบปัญหาลูกเรือประมงถูกยึดเอกสาร และมอบหมายกรมประมงตรวจเรือร่วมกับผู้ตรวจแรงงานภายในสามสิบวัน";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theForumsOutputsInThai(Browser chromium) throws Exception {
		TestForums forums = new TestForums(context, port);
		UUID event = forums.planForumEvent("Let's Talk TIP outputs", Duration.ofDays(8));
		LocalDate forumDay = Instant.now().plus(Duration.ofDays(8)).atZone(Dates.BANGKOK).toLocalDate();
		UUID forum = forums.record(event);
		Api chair = forums.as(forums.chair);
		String fisheries = forums.organisation("dof").toString();
		String problem = raise(chair, forum, fisheries, "PROBLEM", "FISHERIES", "ลูกเรือประมงต่างชาติถูกยึดเอกสารประจำตัว", List.of("TH-90"));
		String hiddenInput = raise(chair, forum, forums.organisation("mirror-foundation").toString(), "RECOMMENDATION", "ONLINE_CYBER",
				"ตั้งช่องทางแจ้งเบาะแสการหลอกลวงทางออนไลน์ร่วมกัน", List.of());
		raise(chair, forum, forums.organisation("nfat").toString(), "PROBLEM", "LABOUR", "นายจ้างไม่ทราบขั้นตอนการส่งต่อผู้เสียหาย", List.of());
		String shownAction = agree(chair, problem, "ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา", fisheries, forumDay.plusDays(30));
		agree(chair, hiddenInput, "ทำคู่มือภายในเรื่องการแจ้งเบาะแส", forums.organisation("mirror-foundation").toString(), forumDay.plusDays(20));
		String forumPath = "/forums/" + forum;

		// The organiser corrects the minutes on a phone, in Thai.
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(forums.organiser.username(), forums.organiser.password());
			page.navigate(tab.url(forumPath + "?lang=th"));
			page.getByTestId("edit-record").click();
			page.getByLabel("บันทึกการประชุม").fill(MINUTES);
			tab.assertAccessible();
			shot(tab, "edit-th-360");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกการแก้ไข")).click();
			assertThat(page).hasURL(Pattern.compile(forumPath + "$"));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกการแก้ไขแล้ว");
			assertThat(page.getByTestId("minutes")).hasText(MINUTES);
			assertThat(tab.scrollWidth()).as("no sideways scroll: %s", tab.tooWide()).isLessThanOrEqualTo(360);
		}

		// The chair marks one problem and one action public, and downloads the minutes and the action list.
		byte[] pdf;
		byte[] xlsx;
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = tab.page();
			tab.signIn(forums.chair.username(), forums.chair.password());
			page.navigate(tab.url(forumPath + "?lang=th"));
			tab.assertAccessible();
			shot(tab, "forum-th-1280");
			page.getByTestId("choose-public").click();
			page.locator("input[name=inputIds][value='" + problem + "']").check();
			page.locator("input[name=actionIds][value='" + shownAction + "']").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกสิ่งที่เผยแพร่")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกสิ่งที่เผยแพร่แล้ว");
			assertThat(page.locator("input[name=inputIds][value='" + problem + "']")).isChecked();
			assertThat(page.locator("input[name=inputIds][value='" + hiddenInput + "']")).not().isChecked();
			tab.assertAccessible();
			shot(tab, "public-th-1280");
			page.navigate(tab.url(forumPath + "?lang=th"));
			assertThat(page.getByTestId("outputs")).containsText("เผยแพร่ปัญหาและข้อเสนอแนะ 1 รายการ การติดตามผล 1 รายการ");
			Download pdfDownload = page.waitForDownload(() -> page.getByTestId("minutes-pdf").click());
			pdf = Files.readAllBytes(pdfDownload.path());
			Download xlsxDownload = page.waitForDownload(() -> page.getByTestId("actions-xlsx").click());
			xlsx = Files.readAllBytes(xlsxDownload.path());
		}

		// The minutes in Thai: the text comes out as it went in, vowels and tone marks included (and people look at the PNG).
		String text = pdfText(pdf, "forums-outputs-minutes");
		String flat = text.replaceAll("\\s+", "");
		for (String recorded : List.of(MINUTES, "ลูกเรือประมงต่างชาติถูกยึดเอกสารประจำตัว", "ตั้งช่องทางแจ้งเบาะแสการหลอกลวงทางออนไลน์ร่วมกัน",
				"ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา", "รายงานการประชุม", "เวทีทดสอบ Let's Talk TIP outputs", "กรมประมง", "มูลนิธิกระจกเงา",
				"Test forum-chair", "ยังไม่เริ่ม", "ประมง", "องค์กรพัฒนาเอกชน")) {
			assertThat(flat).as("the minutes' text holds %s", recorded).contains(recorded.replaceAll("\\s+", ""));
		}
		assertThat(flat).as("dates in the Buddhist era").contains(String.valueOf(forumDay.getYear() + 543));

		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			assertThat(rows.stream().skip(1).map(r -> r.getCellText(5)).toList())
				.containsExactlyInAnyOrder("ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา", "ทำคู่มือภายในเรื่องการแจ้งเบาะแส");
		}

		// A visitor without an account reads the public summary: only what the chair marked.
		for (String[] look : new String[][] { { "th-TH", "th", "360" }, { "th-TH", "th", "1280" }, { "en-GB", "en", "360" },
				{ "en-GB", "en", "1280" } }) {
			try (BrowserPage tab = new BrowserPage(chromium, port, look[0], Integer.parseInt(look[2]), 800)) {
				Page page = tab.page();
				page.navigate(tab.url(forumPath + "/summary?lang=" + look[1]));
				assertThat(page.getByTestId("public-inputs")).containsText("ลูกเรือประมงต่างชาติถูกยึดเอกสารประจำตัว");
				assertThat(page.getByTestId("public-actions")).containsText("ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา");
				assertThat(page.getByTestId("summary")).not().containsText("ตั้งช่องทางแจ้งเบาะแส");
				assertThat(page.getByTestId("summary")).not().containsText("ทำคู่มือภายใน");
				assertThat(page.getByTestId("summary")).not().containsText("ที่ประชุมรับทราบ");
				assertThat(page.getByTestId("summary")).not().containsText("Test forum-chair");
				assertThat(tab.scrollWidth()).as("no sideways scroll: %s", tab.tooWide()).isLessThanOrEqualTo(Integer.parseInt(look[2]));
				tab.assertAccessible();
				shot(tab, "summary-" + look[1] + "-" + look[2]);
			}
		}

		// The owner's member gives a photo as evidence with a report; a text file is refused beside its field.
		TestAccounts.Account owner = forums.accounts.createIn(forums.organisation("dof"), null, "outputs-fisheries", Role.MEMBER);
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(owner.username(), owner.password());
			page.navigate(tab.url("/actions/" + shownAction + "?lang=th"));
			page.getByLabel("สถานะ").selectOption("IN_PROGRESS");
			page.getByLabel("หลักฐาน: บันทึก").fill("ตรวจเรือแล้ว 6 ลำ");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกรายงาน")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกรายงานแล้ว");
			page.getByTestId("attach-link").click();
			page.getByLabel("ไฟล์", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
					new FilePayload("notes.pdf", "application/pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("แนบไฟล์")).click();
			assertThat(page.locator(".field-error")).containsText("ไฟล์ต้องเป็น PDF, JPEG หรือ PNG");
			tab.assertAccessible();
			shot(tab, "evidence-refused-th-360");
			page.getByLabel("ไฟล์", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
					new FilePayload("ภาพการตรวจเรือ.png", "image/png", png()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("แนบไฟล์")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("แนบไฟล์ ภาพการตรวจเรือ.png แล้ว");
			assertThat(page.getByTestId("evidence-files")).containsText("ภาพการตรวจเรือ.png");
			tab.assertAccessible();
			shot(tab, "action-th-360");
			Download file = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ภาพการตรวจเรือ.png")).click());
			assertThat(Files.readAllBytes(file.path())).isEqualTo(png());
		}

		// Every new page in both languages and both widths.
		for (String[] look : new String[][] { { "th-TH", "th", "360" }, { "th-TH", "th", "1280" }, { "en-GB", "en", "360" },
				{ "en-GB", "en", "1280" } }) {
			int width = Integer.parseInt(look[2]);
			String suffix = look[1] + "-" + look[2];
			try (BrowserPage tab = new BrowserPage(chromium, port, look[0], width, 800)) {
				tab.signIn(forums.organiser.username(), forums.organiser.password());
				look(tab, "/forums/" + forum + "/edit?lang=" + look[1], width, "edit-" + suffix);
			}
			try (BrowserPage tab = new BrowserPage(chromium, port, look[0], width, 800)) {
				tab.signIn(forums.chair.username(), forums.chair.password());
				look(tab, "/forums/" + forum + "/public?lang=" + look[1], width, "public-" + suffix);
				look(tab, "/actions/" + shownAction + "/files/new?lang=" + look[1], width, "evidence-" + suffix);
				look(tab, "/forums/" + forum + "?lang=" + look[1], width, "forum-" + suffix);
				look(tab, "/actions/" + shownAction + "?lang=" + look[1], width, "action-" + suffix);
			}
		}
	}

	private void look(BrowserPage tab, String path, int width, String name) {
		tab.page().navigate(tab.url(path));
		assertThat(tab.scrollWidth()).as("no sideways scroll on %s: %s", path, tab.tooWide()).isLessThanOrEqualTo(width);
		tab.assertAccessible();
		shot(tab, name);
	}

	/** A screenshot under target/screenshots, copied to /work/screens where people look at them. */
	private static void shot(BrowserPage tab, String name) {
		String file = "forums-outputs-" + name;
		Path screens = Path.of("/work/screens");
		if (tab.shot(file) && Files.isDirectory(screens)) {
			try {
				Files.copy(BrowserTest.SCREENSHOTS.resolve(file + ".png"), screens.resolve(file + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
	}

	private static String raise(Api chair, UUID forum, String organisation, String kind, String theme, String text, List<String> provinces) {
		Api.Response r = chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(organisation, kind, theme, text, provinces));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private static String agree(Api chair, String input, String what, String owner, LocalDate due) {
		Map<String, Object> body = new HashMap<>();
		body.put("inputId", input);
		body.put("what", what);
		body.put("ownerOrganisationId", owner);
		body.put("dueOn", due.toString());
		Api.Response r = chair.post("/api/v1/actions", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private static byte[] png() throws java.io.IOException {
		BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "png", out);
		return out.toByteArray();
	}

	/** Saves the PDF and its first page as PNG (target/screenshots and /work/screens), and answers the PDF's text. */
	private static String pdfText(byte[] pdf, String name) throws Exception {
		Path dir = BrowserTest.SCREENSHOTS;
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".pdf");
		Files.write(file, pdf);
		run("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "2", file.toString(), dir.resolve(name).toString());
		Path png = dir.resolve(name + "-1.png");
		assertThat(Files.size(png)).isGreaterThan(5_000);
		Path screens = Path.of("/work/screens");
		if (Files.isDirectory(screens)) {
			Files.copy(png, screens.resolve(name + "-1.png"), StandardCopyOption.REPLACE_EXISTING);
		}
		Path txt = dir.resolve(name + ".txt");
		run("pdftotext", "-enc", "UTF-8", file.toString(), txt.toString());
		return Files.readString(txt, StandardCharsets.UTF_8);
	}

	private static void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(out).isZero();
	}
}
