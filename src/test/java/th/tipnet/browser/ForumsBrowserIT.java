package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

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
import th.tipnet.forums.TestForums;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestClock;

/**
 * A forum recorded in Chromium, in Thai on a phone (#16): the organiser of "Let's Talk TIP" records the forum of
 * its event with the chair and the organisations present, then what three sectors raised; a wrong input is
 * answered beside its field; the pages read well in English on a desktop too, without a serious accessibility
 * violation. Once an action is overdue, its owner's member sees it on their home page; another organisation's does not.
 */
@BrowserTest
class ForumsBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Test
	void theOrganiserRecordsAForumAndWhatThreeSectorsRaisedInThai(Browser chromium) {
		TestForums forums = new TestForums(context, port);
		UUID event = forums.planForumEvent("Let's Talk TIP in the browser", Duration.ofDays(12));
		String forumPath;
		String actionPath;
		String soonDuePath;
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(forums.organiser.username(), forums.organiser.password());
			page.navigate(tab.url("/forums?lang=th"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("บันทึกเวที")).click();
			page.getByLabel("กิจกรรม").selectOption(event.toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เลือกกิจกรรมนี้")).click();
			page.getByLabel("ประธาน").selectOption(forums.chair.id().toString());
			for (String id : forums.present()) {
				page.locator("input[name=organisationIds][value='" + id + "']").check();
			}
			page.getByLabel("บันทึกการประชุม").fill("ที่ประชุมรับฟังปัญหาของแต่ละภาคส่วนและตกลงติดตามผลในเวทีครั้งถัดไป");
			tab.assertAccessible();
			tab.shot("forums-new-th-360");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกเวทีนี้")).click();
			assertThat(page).hasURL(Pattern.compile("/forums/[0-9a-f-]{36}$"));
			forumPath = page.url().substring(page.url().indexOf("/forums/"));
			assertThat(page.getByTestId("chair")).hasText("Test forum-chair");

			raise(page, "กรมประมง", null, "ปัญหา", "ประมง", "ลูกเรือประมงต่างชาติถูกยึดเอกสารประจำตัว", "สงขลา");
			raise(page, "มูลนิธิกระจกเงา", null, "ข้อเสนอแนะ", "การค้ามนุษย์ทางออนไลน์และไซเบอร์",
					"ตั้งช่องทางแจ้งเบาะแสการหลอกลวงทางออนไลน์ร่วมกัน", null);
			raise(page, null, "ภาคเอกชน", "ปัญหา", "แรงงาน", "นายจ้างไม่ทราบขั้นตอนการส่งต่อผู้เสียหาย", null);

			// Neither who raised it nor a theme: the form says so beside each field, in Thai, and nothing is added.
			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("ปัญหา").setExact(true)).check();
			page.getByLabel("รายละเอียด").fill("ไม่มีประเด็น");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เพิ่ม").setExact(true)).click();
			assertThat(page.locator(".field-error")).containsText(new String[] { "ต้องระบุหน่วยงานที่เข้าร่วม หรือภาคส่วน", "ต้องเลือกประเด็น" });
			assertThat(page.getByTestId("input")).hasCount(3);

			Locator problems = page.getByTestId("problems");
			assertThat(problems).containsText("ลูกเรือประมงต่างชาติถูกยึดเอกสารประจำตัว");
			assertThat(problems).containsText("สงขลา");
			assertThat(problems).containsText("ภาคเอกชน");
			assertThat(page.getByTestId("recommendations")).containsText("มูลนิธิกระจกเงา");
			assertThat(page.getByTestId("recommendations")).containsText("ทั้งประเทศ");
			assertThat(tab.scrollWidth()).as("no sideways scroll: %s", tab.tooWide()).isLessThanOrEqualTo(360);
			tab.assertAccessible();
			tab.shot("forums-forum-th-360");

			// Follow-up actions: one for the fisheries problem with milestones, one soon due for the recommendation.
			LocalDate forumDay = Instant.now().plus(Duration.ofDays(12)).atZone(Dates.BANGKOK).toLocalDate();
			agree(page, 1, "ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา", "กรมประมง", forumDay.plusDays(30), "วางแผนการตรวจ\nตรวจเรือ");
			assertThat(page.getByTestId("owner")).hasText("กรมประมง");
			actionPath = page.url().substring(page.url().indexOf("/actions/"));
			tab.assertAccessible();
			tab.shot("forums-action-th-360");
			page.navigate(tab.url(forumPath));
			agree(page, 2, "เปิดช่องทางแจ้งเบาะแสการหลอกลวงออนไลน์", "มูลนิธิกระจกเงา", forumDay.plusDays(1), "");
			soonDuePath = page.url().substring(page.url().indexOf("/actions/"));
			page.navigate(tab.url(forumPath));
			assertThat(page.getByTestId("action")).hasCount(2);
			page.navigate(tab.url("/forums"));
			assertThat(page.getByTestId("forum-row").first()).isVisible();
			tab.assertAccessible();
			tab.shot("forums-list-th-360");
		}
		try (BrowserPage tab = new BrowserPage(chromium, port, "en-GB", 1280, 800)) {
			Page page = tab.page();
			tab.signIn(forums.chair.username(), forums.chair.password());
			page.navigate(tab.url(forumPath + "?lang=en"));
			assertThat(page.getByTestId("problems")).containsText("Fisheries");
			assertThat(page.getByTestId("add-input")).isVisible();
			tab.assertAccessible();
			tab.shot("forums-forum-en-1280");
			page.navigate(tab.url("/forums?lang=en"));
			tab.assertAccessible();
			tab.shot("forums-list-en-1280");
		}

		// The owner's member marks the fisheries action done with evidence; the change shows in its history.
		TestAccounts.Account owner = forums.accounts.createIn(forums.organisation("dof"), null, "fisheries-member", Role.MEMBER);
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(owner.username(), owner.password());
			page.navigate(tab.url(actionPath + "?lang=th"));
			page.getByLabel("สถานะ").selectOption("DONE");
			page.getByLabel("หลักฐาน: บันทึก").fill("ตรวจเรือประมง 12 ลำ พบลูกเรือถูกยึดเอกสาร 3 ราย ส่งต่อแล้ว");
			page.getByLabel("หลักฐาน: ลิงก์").fill("https://example.org/inspection-report.pdf");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกรายงาน")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกรายงานแล้ว");
			assertThat(page.getByTestId("status")).hasText("เสร็จแล้ว");
			assertThat(page.getByTestId("progress")).hasText("100%");
			assertThat(page.getByTestId("history")).containsText("ตรวจเรือประมง 12 ลำ");
			assertThat(page.getByTestId("history").getByRole(AriaRole.LINK)).hasAttribute("href", "https://example.org/inspection-report.pdf");
			assertThat(page.getByTestId("report")).hasCount(0);
			tab.assertAccessible();
			tab.shot("forums-action-done-th-360");
		}

		// Three weeks on, the soon-due action is past its date: flagged on the forum and on its page.
		clock.advance(Duration.ofDays(20));
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 1280, 800)) {
			Page page = tab.page();
			tab.signIn(forums.chair.username(), forums.chair.password());
			page.navigate(tab.url(forumPath + "?lang=th"));
			assertThat(page.getByTestId("action").filter(new Locator.FilterOptions().setHasText("เปิดช่องทางแจ้งเบาะแส")))
				.containsText("เลยกำหนด");
			assertThat(page.getByTestId("action").filter(new Locator.FilterOptions().setHasText("ตรวจเรือประมง")))
				.not().containsText("เลยกำหนด");
			page.navigate(tab.url(soonDuePath));
			assertThat(page.getByTestId("overdue")).hasText("เลยกำหนดเสร็จแล้ว");
			tab.assertAccessible();
			tab.shot("forums-action-overdue-th-1280");
			seeOverdueOnTheOwnersHomePage(chromium, forums, soonDuePath);
		}
		finally {
			clock.reset();
		}
	}

	/** The owner's member finds the overdue action on their home page, in Thai on a phone and in English; others do not. */
	private void seeOverdueOnTheOwnersHomePage(Browser chromium, TestForums forums, String overduePath) {
		TestAccounts.Account owner = forums.accounts.createIn(forums.organisation("mirror-foundation"), null, "mirror-member",
				Role.MEMBER);
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 360, 800)) {
			Page page = tab.page();
			tab.signIn(owner.username(), owner.password());
			page.navigate(tab.url("/?lang=th"));
			assertThat(page.locator(".attention-list")).containsText("การติดตามผลจากเวทีของหน่วยงานของคุณที่เลยกำหนดเสร็จ");
			assertThat(page.locator(".attention-list a[href='" + overduePath + "']")).containsText("เปิดช่องทางแจ้งเบาะแส");
			assertThat(tab.scrollWidth()).as("no sideways scroll: %s", tab.tooWide()).isLessThanOrEqualTo(360);
			tab.assertAccessible();
			tab.shot("forum-reminders-home-th-360");
			page.navigate(tab.url("/?lang=en"));
			tab.shot("forum-reminders-home-en-360");
			page.locator(".attention-list a[href='" + overduePath + "']").click();
			assertThat(page.getByTestId("overdue")).isVisible();
		}
		try (BrowserPage tab = new BrowserPage(chromium, port, "en-GB", 1280, 800)) {
			Page page = tab.page();
			tab.signIn(owner.username(), owner.password());
			page.navigate(tab.url("/?lang=en"));
			assertThat(page.locator(".attention-list")).containsText("Follow-up actions of your organisation that are overdue");
			tab.assertAccessible();
			tab.shot("forum-reminders-home-en-1280");
			page.navigate(tab.url("/?lang=th"));
			tab.shot("forum-reminders-home-th-1280");
		}
		TestAccounts.Account stranger = forums.accounts.createIn(forums.organisation("nfat"), null, "nfat-member", Role.MEMBER);
		try (BrowserPage tab = new BrowserPage(chromium, port, "en-GB", 1280, 800)) {
			Page page = tab.page();
			tab.signIn(stranger.username(), stranger.password());
			page.navigate(tab.url("/?lang=en"));
			assertThat(page.locator("#attention-heading")).isVisible();
			assertThat(page.getByText("Follow-up actions of your organisation that are overdue")).hasCount(0);
		}
	}

	/** Agrees an action on the forum page: the n-th input raised, what, the owner by name, the due day typed in B.E. */
	private static void agree(Page page, int input, String what, String owner, LocalDate due, String milestones) {
		page.getByLabel("ติดตามเรื่อง").selectOption(new SelectOption().setIndex(input));
		page.getByLabel("สิ่งที่จะทำ").fill(what);
		page.getByLabel("หน่วยงานผู้รับผิดชอบ").selectOption(new SelectOption().setLabel(owner));
		page.getByLabel("กำหนดเสร็จ").fill(due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + (due.getYear() + 543));
		page.getByLabel("ขั้นตอนสำคัญ").fill(milestones);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกการติดตามผล")).click();
		assertThat(page).hasURL(Pattern.compile("/actions/[0-9a-f-]{36}$"));
	}

	/** Adds one input through the forum page's form; organisation or sector, theme and province by their Thai names. */
	private static void raise(Page page, String organisation, String sector, String kind, String theme, String text,
			String province) {
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(kind).setExact(true)).check();
		if (organisation != null) {
			page.getByLabel("ผู้เสนอ").selectOption(new SelectOption().setLabel(organisation));
		}
		if (sector != null) {
			page.getByLabel("ภาคส่วน", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(sector));
		}
		page.getByLabel("ประเด็น").selectOption(new SelectOption().setLabel(theme));
		if (province != null) {
			page.getByLabel("จังหวัดที่เกี่ยวข้อง").selectOption(new SelectOption().setLabel(province));
		}
		page.getByLabel("รายละเอียด").fill(text);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เพิ่ม").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกแล้ว");
	}
}
