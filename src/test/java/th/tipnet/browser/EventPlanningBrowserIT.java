package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.common.Dates;
import th.tipnet.common.Languages;
import th.tipnet.directory.Directory;
import th.tipnet.events.Applicant;
import th.tipnet.events.AttendanceMode;
import th.tipnet.events.Event;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventStatus;
import th.tipnet.events.Registrar;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestMail;

/**
 * Events as a new organiser and a new participant meet them, in Thai and English, on a desktop and
 * a 360-px phone: planning a draft, publishing, cancelling after a confirmation, registering for
 * the demo forum at once, and the organiser's list for the day with a filter.
 */
@BrowserTest
class EventPlanningBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Registrar registrar;

	@Autowired
	Directory directory;

	private TestAccounts.Account organiser(String prefix) {
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		return new TestAccounts(context).createIn(division, null, prefix, Role.EVENT_ORGANISER);
	}

	@Test
	void anOrganiserCreatesPublishesAndCancelsAnEventInThaiAndEnglish(Browser chromium) throws Exception {
		var organiser = organiser("plan-browser");
		for (String[] run : new String[][] { { "th-TH", "1280", "th" }, { "en-GB", "360", "en" } }) {
			Locale language = run[2].equals("th") ? Languages.THAI : Languages.ENGLISH;
			int width = Integer.parseInt(run[1]);
			String slug = "browser-" + run[2] + "-" + UUID.randomUUID().toString().substring(0, 6);
			try (BrowserPage tab = new BrowserPage(chromium, port, run[0], width, width < 600 ? 740 : 900)) {
				Page page = tab.page();
				tab.signIn(organiser.username(), organiser.password());
				page.navigate(tab.url("/events"));
				page.getByTestId("new-event").click();
				assertThat(page.locator("h1")).hasText(language == Languages.THAI ? "สร้างงานใหม่" : "New event");
				assertThat(page.getByTestId("own-organisation")).containsText(language == Languages.THAI ? "กองต่อต้านการค้ามนุษย์" : "Anti-Trafficking");
				tab.assertAccessible();
				assertThat(tab.scrollWidth()).as("too wide: %s", tab.tooWide()).isLessThanOrEqualTo(width);
				tab.shot("event-pages-new-" + run[2] + "-" + width);

				Instant starts = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
				Dates dates = new Dates();
				page.locator("#titleTh").fill("เวทีหารือทดสอบ " + slug);
				page.locator("#titleEn").fill("Browser forum " + slug);
				page.locator("#slug").fill(slug);
				page.locator("#startsAt").fill(dates.typed(starts, language));
				// An end before the start: refused by name, the rest of the form kept.
				page.locator("#endsAt").fill(dates.typed(starts.minus(Duration.ofHours(1)), language));
				page.locator("#venueName").fill("สำนักงานตำรวจแห่งชาติ");
				page.locator("#onsiteCapacity").fill("30");
				page.locator("#registrationOpensAt").fill(dates.typed(Instant.now().minus(Duration.ofHours(1)), language));
				page.locator("#registrationClosesAt").fill(dates.typed(starts.minus(Duration.ofDays(1)), language));
				page.locator("input[name='groups[0].code']").fill("NGO");
				page.locator("input[name='groups[0].nameTh']").fill("องค์กรพัฒนาเอกชน");
				page.locator("input[name='groups[0].nameEn']").fill("NGOs");
				page.locator("input[name='agenda[0].startsAt']").fill("09:00");
				page.locator("input[name='agenda[0].titleTh']").fill("เปิดงาน");
				page.locator("input[name='agenda[0].titleEn']").fill("Opening");
				var refused = page.waitForResponse(r -> r.url().endsWith("/events/new") && r.request().method().equals("POST"),
						() -> page.getByTestId("save-draft").click());
				assertThat(refused.status()).isEqualTo(422);
				assertThat(page.locator("#endsAt ~ .field-error")).isVisible();
				assertThat(page.locator("#endsAt")).hasAttribute("aria-invalid", "true");
				assertThat(page.locator("#titleEn")).hasValue("Browser forum " + slug);
				tab.assertAccessible();
				tab.shot("event-pages-new-error-" + run[2] + "-" + width);
				page.locator("#endsAt").fill(dates.typed(starts.plus(Duration.ofHours(3)), language));
				page.getByTestId("save-draft").click();

				assertThat(page.getByTestId("event-state")).containsText(language == Languages.THAI ? "ฉบับร่าง" : "Draft");
				assertThat(planning.bySlug(slug).status()).isEqualTo(EventStatus.DRAFT);
				tab.assertAccessible();
				tab.shot("event-pages-draft-" + run[2] + "-" + width);
				page.getByTestId("publish-event").click();
				assertThat(page.getByRole(AriaRole.STATUS).first())
					.containsText(language == Languages.THAI ? "เผยแพร่งานแล้ว" : "The event is published");
				assertThat(planning.bySlug(slug).status()).isEqualTo(EventStatus.PUBLISHED);

				Event event = planning.bySlug(slug);
				String address = "told-" + run[2] + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
				registrar.register(event.id(), new Applicant("ผู้ลงทะเบียน แจ้งยกเลิก", null, null, "NGO", AttendanceMode.ONSITE, address,
						null, null, null, run[2], true, false, false), null);

				page.getByTestId("cancel-event").click();
				assertThat(page.getByTestId("registrants-told")).containsText("1");
				tab.assertAccessible();
				assertThat(tab.scrollWidth()).as("too wide: %s", tab.tooWide()).isLessThanOrEqualTo(width);
				tab.shot("event-pages-cancel-confirm-" + run[2] + "-" + width);
				page.locator("#reason").fill(language == Languages.THAI ? "สถานที่ไม่พร้อม" : "The venue is not available");
				page.getByTestId("confirm-cancel-event").click();
				assertThat(page.getByTestId("event-state")).containsText(language == Languages.THAI ? "ถูกยกเลิกเมื่อ" : "cancelled on");
				assertThat(planning.bySlug(slug).status()).isEqualTo(EventStatus.CANCELLED);
				assertThat(TestMail.html(TestMail.awaitSubject(address, language == Languages.THAI ? "ยกเลิกงาน:" : "Cancelled:")))
					.contains(language == Languages.THAI ? "สถานที่ไม่พร้อม" : "The venue is not available");
				tab.assertAccessible();

				page.navigate(tab.url("/events"));
				assertThat(page.getByTestId("upcoming")).containsText(language == Languages.THAI ? "เวทีหารือทดสอบ " + slug : "Browser forum " + slug);
				tab.assertAccessible();
				assertThat(tab.scrollWidth()).as("too wide: %s", tab.tooWide()).isLessThanOrEqualTo(width);
				tab.shot("event-pages-list-" + run[2] + "-" + width);
			}
		}
	}

	@Test
	void aNewUserRegistersForTheDemoForumAtOnceAndCancelsAfterConfirming(Browser chromium) throws Exception {
		for (String[] run : new String[][] { { "th-TH", "360", "th" }, { "en-GB", "1280", "en" } }) {
			boolean thai = run[2].equals("th");
			int width = Integer.parseInt(run[1]);
			try (BrowserPage tab = new BrowserPage(chromium, port, run[0], width, width < 600 ? 740 : 900)) {
				Page page = tab.page();
				page.navigate(tab.url("/events"));
				var forum = page.getByTestId("upcoming").locator("a", new com.microsoft.playwright.Locator.LocatorOptions()
					.setHasText("Let's Talk TIP")).first();
				assertThat(forum).isVisible();
				assertThat(page.getByTestId("past")).containsText(thai ? "ประจำปี 2567" : "Anti-Human Trafficking Day 2024");
				tab.assertAccessible();
				assertThat(tab.scrollWidth()).as("too wide: %s", tab.tooWide()).isLessThanOrEqualTo(width);
				tab.shot("event-pages-events-" + run[2] + "-" + width);
				forum.click();
				assertThat(page.locator(".facts")).containsText("ห้องสารสิน");
				tab.assertAccessible();
				tab.shot("event-pages-forum-" + run[2] + "-" + width);
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(thai ? "ลงทะเบียน" : "Register").setExact(true)).first().click();
				page.locator("#fullName").fill(thai ? "ผู้ใช้ใหม่ ทดลองใช้" : "New User");
				page.locator("#groupCode").selectOption("CIVIL_SOCIETY");
				String address = "forum-" + run[2] + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
				page.locator("#email").fill(address);
				page.locator("input[name=consentPrivacy]").check();
				tab.assertAccessible();
				page.locator("form.stack button[type=submit]").click();
				assertThat(page.getByTestId("registration-status")).containsText(thai ? "ยืนยันแล้ว" : "Confirmed");
				TestMail.awaitSubject(address, "");
				// The page says the confirmation went out once it did (reloaded until then).
				for (int i = 0; i < 30 && !page.getByTestId("mail-status").textContent().contains(thai ? "ส่งอีเมลยืนยัน" : "was sent"); i++) {
					page.reload();
				}
				assertThat(page.getByTestId("mail-status")).containsText(thai ? "ส่งอีเมลยืนยันไปยังที่อยู่อีเมลของคุณแล้ว" : "A confirmation e-mail was sent");
				assertThat(page.locator("body")).not().containsText(address);
				tab.assertAccessible();
				assertThat(tab.scrollWidth()).as("too wide: %s", tab.tooWide()).isLessThanOrEqualTo(width);
				tab.shot("event-pages-registered-" + run[2] + "-" + width);
				page.getByTestId("cancel-registration").click();
				assertThat(page.locator("h1")).hasText(thai ? "ยกเลิกการลงทะเบียนหรือไม่" : "Cancel your registration?");
				tab.assertAccessible();
				tab.shot("event-pages-cancel-registration-" + run[2] + "-" + width);
				page.getByTestId("confirm-cancel").click();
				assertThat(page.getByTestId("registration-status")).containsText(thai ? "ยกเลิกแล้ว" : "Cancelled");
				tab.assertAccessible();
			}
		}
	}

	@Test
	void theOrganisersDayListFiltersAndItsCountsNeverBreakAThaiWord(Browser chromium) {
		var organiser = organiser("day-browser");
		UUID division = organiser.organisationId();
		Instant starts = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
		Map<String, Object> body = new HashMap<>();
		String slug = "day-" + UUID.randomUUID().toString().substring(0, 8);
		body.put("slug", slug);
		body.put("type", "FORUM");
		body.put("titleTh", "วันงานทดสอบ");
		body.put("titleEn", "Day of the event");
		body.put("startsAt", starts.toString());
		body.put("endsAt", starts.plus(Duration.ofHours(3)).toString());
		body.put("liveStreamUrl", "https://live.example.org/day");
		body.put("onsiteCapacity", 20);
		body.put("onlineCapacity", 20);
		body.put("registrationOpensAt", Instant.now().minus(Duration.ofHours(1)).toString());
		body.put("registrationClosesAt", starts.minus(Duration.ofHours(2)).toString());
		body.put("ownerOrganisationId", division.toString());
		body.put("groups", List.of(Map.of("code", "NGO", "nameTh", "องค์กรพัฒนาเอกชน", "nameEn", "NGOs", "invitationOnly", false),
				Map.of("code", "VIP", "nameTh", "ผู้ได้รับเชิญ", "nameEn", "Invited", "invitationOnly", true)));
		var created = new Api(port).withToken(new TestAccounts(context).token(organiser)).post("/api/v1/events", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Event event = planning.bySlug(slug);
		var arrived = registrar.register(event.id(), applicant("กนกพร มาถึงแล้ว", "NGO", AttendanceMode.ONSITE), null);
		registrar.register(event.id(), applicant("ขวัญใจ ยังไม่มา", "NGO", AttendanceMode.ONSITE), null);
		registrar.register(event.id(), applicant("คมกริช ออนไลน์", "NGO", AttendanceMode.ONLINE), null);
		registrar.register(event.id(), applicant("จันทร์เพ็ญ รออนุมัติ", "VIP", AttendanceMode.ONSITE), null);
		try (BrowserPage door = new BrowserPage(chromium, port, "th-TH", 360, 740)) {
			door.signIn(organiser.username(), organiser.password());
			door.page().navigate(door.url("/events/" + slug + "/organise"));
			door.page().locator("#code").fill(arrived.registration().ticketCode());
			door.page().locator("form.stack button[type=submit]").click();
			assertThat(door.page().getByRole(AriaRole.STATUS).first()).containsText("กนกพร มาถึงแล้ว");
		}

		for (String[] run : new String[][] { { "th-TH", "1280", "th" }, { "th-TH", "360", "th" }, { "en-GB", "360", "en" },
				{ "en-GB", "1280", "en" } }) {
			boolean thai = run[2].equals("th");
			int width = Integer.parseInt(run[1]);
			try (BrowserPage tab = new BrowserPage(chromium, port, run[0], width, width < 600 ? 740 : 900)) {
				Page page = tab.page();
				tab.signIn(organiser.username(), organiser.password());
				page.navigate(tab.url("/events/" + event.slug() + "/organise"));
				assertThat(page.locator("#pending-heading")).containsText(thai ? "รอการอนุมัติ (1)" : "Awaiting approval (1)");
				assertThat(page.locator("table.found")).containsText("ขวัญใจ ยังไม่มา");
				assertThat(page.getByTestId("participants-count")).containsText("4");
				assertThat(tab.scrollWidth()).as("too wide: %s", tab.tooWide()).isLessThanOrEqualTo(width);
				assertThat(brokenThaiWords(page)).as("Thai words broken in the counts' headings").isEmpty();
				tab.assertAccessible();
				tab.shot("event-pages-organise-" + run[2] + "-" + width);

				page.locator("#f-checked").selectOption("false");
				page.locator("#f-mode").selectOption("ONSITE");
				page.getByTestId("filter-participants").click();
				assertThat(page.locator("table.found")).containsText("ขวัญใจ ยังไม่มา");
				assertThat(page.locator("table.found")).not().containsText("กนกพร มาถึงแล้ว");
				assertThat(page.locator("table.found")).not().containsText("คมกริช ออนไลน์");
				assertThat(page.locator("#f-checked")).hasValue("false");
				tab.assertAccessible();
				tab.shot("event-pages-organise-filtered-" + run[2] + "-" + width);
			}
		}
	}

	/**
	 * The counts' headings laid on more than one line (a count's heading may not wrap at all: the
	 * browser's Thai dictionary splits loanwords such as เช็กอิน), and the group heading wrapped
	 * other than between the words the browser's own Thai segmentation finds.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> brokenThaiWords(Page page) {
		return (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('table.counts thead th')].flatMap(th => {
				  const node = th.firstChild;
				  if (!node || node.nodeType !== Node.TEXT_NODE) return [];
				  const text = node.textContent;
				  const range = document.createRange();
				  range.selectNodeContents(node);
				  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
				    .map(r => getComputedStyle(th).writingMode.startsWith('vertical') ? Math.round(r.left) : Math.round(r.top)));
				  if (th.classList.contains('num')) return lines.size > 1 ? [text + ' on ' + lines.size + ' lines'] : [];
				  const starts = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map(s => s.index));
				  const broken = [];
				  let lastTop = null;
				  for (let i = 0; i < text.length; i++) {
				    range.setStart(node, i); range.setEnd(node, i + 1);
				    const rect = range.getBoundingClientRect();
				    if (rect.width === 0) continue;
				    if (lastTop !== null && rect.top > lastTop + 2 && !starts.has(i)) broken.push(text.slice(0, i) + '|' + text.slice(i));
				    lastTop = rect.top;
				  }
				  return broken;
				})""");
	}

	private static Applicant applicant(String name, String group, AttendanceMode mode) {
		return new Applicant(name, null, null, group, mode, "day-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
				null, null, null, "th", true, false, false);
	}
}
