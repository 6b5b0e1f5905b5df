package th.tipnet.forums;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import th.tipnet.common.Dates;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.TestMail;

/**
 * The proof of issue 16, in Thai in Chromium: the organiser records "Let's Talk TIP" with what government, the
 * private sector and civil society raised; the chair agrees follow-up actions; the fisheries department's member
 * marks one done with a note and a link; three weeks on the other is flagged overdue on its page and in the
 * follow-up overview, and its reminder reaches the owner's administrator by e-mail (GreenMail); a second forum
 * raises the same theme again, and the recurring-problem view shows both forums; the recommendation's timeline runs
 * from the first forum to the second forum's review. Every page passes axe-core; the new pages are photographed in
 * Thai and English, on a phone and a desktop.
 */
@BrowserTest
class ForumsProofBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	ActionReminders reminders;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void fromAForumsInputsToTheirFollowUpTheRecurringProblemAndTheRecommendationsTimelineInThai(Browser chromium)
			throws Exception {
		TestForums forums = new TestForums(context, port);
		UUID firstEvent = forums.planForumEvent("Let's Talk TIP proof one", Duration.ofDays(12));
		UUID secondEvent = forums.planForumEvent("Let's Talk TIP proof two", Duration.ofDays(40));
		LocalDate forumDay = Instant.now().plus(Duration.ofDays(12)).atZone(Dates.BANGKOK).toLocalDate();
		TestAccounts.Account mirrorAdmin = forums.accounts.createIn(forums.organisation("mirror-foundation"), null, "proof-mirror-admin",
				Role.ORG_ADMIN);
		String firstForum;
		String doneAction;
		String lateAction;
		String recommendationPath;
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(forums.organiser.username(), forums.organiser.password());
			firstForum = record(tab, forums, firstEvent);
			raise(page, "กรมประมง", null, "ปัญหา", "ประมง", "ลูกเรือประมงต่างชาติถูกยึดเอกสารประจำตัว");
			raise(page, null, "ภาคเอกชน", "ปัญหา", "แรงงาน", "นายจ้างไม่ทราบขั้นตอนการส่งต่อผู้เสียหาย");
			raise(page, "มูลนิธิกระจกเงา", null, "ข้อเสนอแนะ", "การค้ามนุษย์ทางออนไลน์และไซเบอร์",
					"ตั้งช่องทางแจ้งเบาะแสการหลอกลวงทางออนไลน์ร่วมกัน");
			Locator inputs = page.getByTestId("input");
			assertThat(inputs).hasCount(3);
			assertThat(page.getByTestId("problems")).containsText("กรมประมง");
			assertThat(page.getByTestId("problems")).containsText("ภาคเอกชน");
			assertThat(page.getByTestId("recommendations")).containsText("มูลนิธิกระจกเงา");
			tab.assertAccessible();
			recommendationPath = page.getByTestId("recommendations").getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("เส้นเวลาของข้อเสนอแนะ")).getAttribute("href");

			agree(page, 1, "ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา", "กรมประมง", forumDay.plusDays(30));
			doneAction = page.url().substring(page.url().indexOf("/actions/"));
			tab.assertAccessible();
			page.navigate(tab.url(firstForum));
			agree(page, 3, "เปิดช่องทางแจ้งเบาะแสการหลอกลวงออนไลน์", "มูลนิธิกระจกเงา", forumDay.plusDays(1));
			lateAction = page.url().substring(page.url().indexOf("/actions/"));
		}

		// The fisheries department's member marks its action done, with a note and a link as evidence.
		TestAccounts.Account fisheries = forums.accounts.createIn(forums.organisation("dof"), null, "proof-fisheries", Role.MEMBER);
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(fisheries.username(), fisheries.password());
			page.navigate(tab.url(doneAction + "?lang=th"));
			page.getByLabel("สถานะ").selectOption("DONE");
			page.getByLabel("หลักฐาน: บันทึก").fill("ตรวจเรือประมง 12 ลำ ส่งต่อผู้เสียหาย 3 ราย");
			page.getByLabel("หลักฐาน: ลิงก์").fill("https://example.org/inspection-report.pdf");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกรายงาน")).click();
			assertThat(page.getByTestId("status")).hasText("เสร็จแล้ว");
			assertThat(page.getByTestId("history").getByRole(AriaRole.LINK)).hasAttribute("href", "https://example.org/inspection-report.pdf");
			tab.assertAccessible();
		}

		// Three weeks on: the other action is overdue, its owner's administrator is e-mailed, and the overview flags it.
		clock.advance(Duration.ofDays(21));
		reminders.remindDue();
		String late = lateAction;
		List<MimeMessage> mails = TestMail.awaitCount(mirrorAdmin.username() + "@example.org", 1,
				m -> html(m).contains(late) && html(m).contains("OVERDUE"));
		assertThat(html(mails.get(0))).contains("เปิดช่องทางแจ้งเบาะแสการหลอกลวงออนไลน์");
		String secondForum;
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 1280, 900)) {
			Page page = tab.page();
			tab.signIn(forums.chair.username(), forums.chair.password());
			page.navigate(tab.url(lateAction + "?lang=th"));
			assertThat(page.getByTestId("overdue")).hasText("เลยกำหนดเสร็จแล้ว");
			tab.assertAccessible();
			page.navigate(tab.url("/forums?lang=th"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ภาพรวมการติดตามผลจากทุกเวที")).click();
			Locator mirror = page.getByTestId("rollup-group").filter(new Locator.FilterOptions().setHasText("มูลนิธิกระจกเงา"));
			assertThat(mirror.getByTestId("overdue")).not().hasText("0");
			tab.assertAccessible();
			mirror.getByTestId("overdue").click();
			assertThat(page.getByTestId("narrowed")).containsText("เลยกำหนด");
			assertThat(page.locator("a[href='" + lateAction + "']")).isVisible();
			assertThat(page.locator("a[href='" + doneAction + "']")).hasCount(0);
			tab.assertAccessible();
			page.navigate(tab.url("/actions/overview?by=theme&lang=th"));
			Locator fisheriesTheme = page.getByTestId("rollup-group").filter(new Locator.FilterOptions().setHasText("ประมง"));
			assertThat(fisheriesTheme.first().getByTestId("done")).not().hasText("0");
			tab.assertAccessible();
		}

		// A second forum raises the same theme again: the recurring-problem view shows both forums.
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(forums.organiser.username(), forums.organiser.password());
			secondForum = record(tab, forums, secondEvent);
			raise(page, "มูลนิธิกระจกเงา", null, "ปัญหา", "การค้ามนุษย์ทางออนไลน์และไซเบอร์",
					"ยังพบการหลอกลวงทางออนไลน์เพิ่มขึ้น ช่องทางแจ้งเบาะแสยังไม่ครบทุกภาษา");
			page.navigate(tab.url("/forums/recurring?lang=th"));
			Locator online = page.getByTestId("recurring-theme").filter(new Locator.FilterOptions().setHasText("การค้ามนุษย์ทางออนไลน์และไซเบอร์"));
			assertThat(online).isVisible();
			tab.assertAccessible();
			online.getByRole(AriaRole.LINK).first().click();
			Locator history = page.getByTestId("history-forum");
			Locator first = history.filter(new Locator.FilterOptions().setHasText("Let's Talk TIP proof one"));
			Locator second = history.filter(new Locator.FilterOptions().setHasText("Let's Talk TIP proof two"));
			assertThat(first).containsText("ตั้งช่องทางแจ้งเบาะแสการหลอกลวงทางออนไลน์ร่วมกัน");
			assertThat(first.getByTestId("history-action")).containsText("เลยกำหนด");
			assertThat(second).containsText("ยังพบการหลอกลวงทางออนไลน์เพิ่มขึ้น");
			assertThat(tab.scrollWidth()).as("no sideways scroll: %s", tab.tooWide()).isLessThanOrEqualTo(360);
			tab.assertAccessible();
		}

		// The chair reviews the recommendation at the second forum; its timeline runs from the first forum to that review.
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(forums.chair.username(), forums.chair.password());
			page.navigate(tab.url(recommendationPath + "?lang=th"));
			page.getByLabel("ในเวที", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setValue(secondForum.substring("/forums/".length())));
			page.getByLabel("เรื่องที่ทบทวน").selectOption(new SelectOption().setLabel("เปิดช่องทางแจ้งเบาะแสการหลอกลวงออนไลน์"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกผลการทบทวน")).click();
			assertThat(page.locator(".field-error")).containsText(new String[] { "ต้องเลือกผลการทบทวน", "ต้องระบุ" });
			tab.assertAccessible();
			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("ยกไปติดตามในเวทีครั้งถัดไป")).check();
			page.getByLabel("ข้อสรุปของที่ประชุม").fill("ช่องทางยังไม่ครบทุกภาษา ให้มูลนิธิกระจกเงารายงานในเวทีครั้งถัดไป");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกผลการทบทวน")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกผลการทบทวนแล้ว");
			Locator steps = page.getByTestId("timeline").getByTestId("step");
			assertThat(steps.first()).containsText("เสนอในเวที");
			assertThat(steps.first()).containsText("Let's Talk TIP proof one");
			assertThat(steps.last()).containsText("ทบทวนในเวทีครั้งถัดไป");
			assertThat(steps.last()).containsText("ยกไปติดตามในเวทีครั้งถัดไป");
			assertThat(page.getByTestId("timeline")).containsText("ตกลงการติดตามผล");
			assertThat(steps.first().locator("time")).containsText(String.valueOf(forumDay.getYear() + 543));
			assertThat(tab.scrollWidth()).as("no sideways scroll: %s", tab.tooWide()).isLessThanOrEqualTo(360);
			tab.assertAccessible();
		}

		photograph(chromium, forums, recommendationPath);
	}

	/** The new pages in Thai and English, on a phone and a desktop, each checked by axe-core. */
	private void photograph(Browser chromium, TestForums forums, String recommendationPath) {
		String[][] pages = { { "overview-owner", "/actions/overview?by=owner" }, { "overview-theme", "/actions/overview?by=theme" },
				{ "action-list", "/actions/list?overdue=true" }, { "recurring", "/forums/recurring" },
				{ "recurring-theme", "/forums/recurring/ONLINE_CYBER" }, { "timeline", recommendationPath } };
		for (String language : new String[] { "th", "en" }) {
			for (int width : new int[] { 360, 1280 }) {
				try (BrowserPage tab = new BrowserPage(chromium, port, "th".equals(language) ? "th-TH" : "en-GB", width, 800)) {
					tab.signIn(forums.chair.username(), forums.chair.password());
					for (String[] p : pages) {
						tab.page().navigate(tab.url(p[1] + (p[1].contains("?") ? "&" : "?") + "lang=" + language));
						tab.assertAccessible();
						if (width == 360) {
							assertThat(tab.scrollWidth()).as("%s: no sideways scroll: %s", p[1], tab.tooWide()).isLessThanOrEqualTo(360);
						}
						tab.shot("forums-rollups-" + p[0] + "-" + language + "-" + width);
					}
				}
			}
		}
	}

	/** Records the forum of an event as the organiser, with the chair and the organisations of three sectors. */
	private static String record(BrowserPage tab, TestForums forums, UUID event) {
		Page page = tab.page();
		page.navigate(tab.url("/forums?lang=th"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("บันทึกเวที")).click();
		page.getByLabel("กิจกรรม").selectOption(event.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เลือกกิจกรรมนี้")).click();
		page.getByLabel("ประธาน").selectOption(forums.chair.id().toString());
		for (String id : forums.present()) {
			page.locator("input[name=organisationIds][value='" + id + "']").check();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกเวทีนี้")).click();
		assertThat(page).hasURL(Pattern.compile("/forums/[0-9a-f-]{36}$"));
		return page.url().substring(page.url().indexOf("/forums/"));
	}

	/** Agrees an action on the forum page: the n-th input raised, what, the owner by name, the due day typed in B.E. */
	private static void agree(Page page, int input, String what, String owner, LocalDate due) {
		page.getByLabel("ติดตามเรื่อง").selectOption(new SelectOption().setIndex(input));
		page.getByLabel("สิ่งที่จะทำ").fill(what);
		page.getByLabel("หน่วยงานผู้รับผิดชอบ").selectOption(new SelectOption().setLabel(owner));
		page.getByLabel("กำหนดเสร็จ").fill(due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + (due.getYear() + 543));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกการติดตามผล")).click();
		assertThat(page).hasURL(Pattern.compile("/actions/[0-9a-f-]{36}$"));
	}

	/** Adds one input through the forum page's form; organisation or sector and theme by their Thai names. */
	private static void raise(Page page, String organisation, String sector, String kind, String theme, String text) {
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(kind).setExact(true)).check();
		if (organisation != null) {
			page.getByLabel("ผู้เสนอ").selectOption(new SelectOption().setLabel(organisation));
		}
		if (sector != null) {
			page.getByLabel("ภาคส่วน", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(sector));
		}
		page.getByLabel("ประเด็น").selectOption(new SelectOption().setLabel(theme));
		page.getByLabel("รายละเอียด").fill(text);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เพิ่ม").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกแล้ว");
	}

	private static String html(MimeMessage message) {
		try {
			return TestMail.html(message);
		}
		catch (Exception e) {
			return "";
		}
	}
}
