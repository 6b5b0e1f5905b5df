package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;

import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.Participants;
import th.tipnet.events.Applicant;
import th.tipnet.events.AttendanceMode;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.events.Registrar;
import th.tipnet.events.Registration;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.FakeCamera;
import th.tipnet.support.NetworkCut;

/**
 * The door scanner on a phone: signed tickets checked in by camera or typed, through a network
 * drop (Playwright's offline mode), synced afterwards, and counted once when two phones scan one ticket.
 */
@BrowserTest
class DoorScannerBrowserIT {

	private static final LocatorAssertions.ContainsTextOptions SYNC_WAIT = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(45_000);

	private static final LocatorAssertions.HasCountOptions SHELL_WAIT = new LocatorAssertions.HasCountOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Registrar registrar;

	@Autowired
	Participants registered;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	Browser chromium;

	TestAccounts.Account organiser;

	String slug;

	UUID eventId;

	@BeforeEach
	void plan(Browser chromium) {
		this.chromium = chromium;
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiser = accounts.createIn(division, null, "door", Role.EVENT_ORGANISER);
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(organiser));
		try {
			Instant now = Instant.now();
			slug = "door-" + UUID.randomUUID().toString().substring(0, 8);
			eventId = planning.plan(new EventPlan(slug, EventType.CAMPAIGN_DAY, "วันรณรงค์ (ทดสอบประตู)", "Campaign day (door test)",
					null, null, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)).plus(Duration.ofHours(4)), "IMPACT",
					"Phoenix Ballroom", null, null, null, null, 50, 50, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(20)),
					division, java.util.Set.of(), List.of(new AgendaItem("08:30", "ลงทะเบียน", "Registration", null)),
					List.of(new ParticipantGroup("NGO", "องค์กรพัฒนาเอกชน", "NGOs", null, null, false)))).id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void checksInThroughANetworkDropAndCountsATicketScannedOnTwoPhonesOnce() {
		Registration arrivesEarly = register("มาลี ตรงเวลา");
		Registration arrivesOffline = register("น้ำผึ้ง ศรีสุขใจ");
		String cancelledTicket = cancelledTicket("สมชาย ยกเลิก");
		String offlineTicket = registered.ticketOf(arrivesOffline);
		String onlineTicket = registered.ticketOf(register("ออนไลน์ ที่บ้าน", AttendanceMode.ONLINE));

		try (BrowserPage phone = scanner("th-TH"); BrowserPage second = scanner("en-GB")) {
			Locator result = phone.page().locator("#scan-result");
			scan(phone, registered.ticketOf(arrivesEarly));
			assertThat(result).hasClass(java.util.regex.Pattern.compile("\\bok\\b"));
			assertThat(result).containsText("เช็กอินแล้ว: มาลี ตรงเวลา");
			scan(phone, registered.ticketOf(arrivesEarly));
			assertThat(result).containsText("เช็กอินไปแล้วเมื่อเวลา");
			// An online participant's ticket is no entry at the door, whether the server or the page decides.
			scan(phone, onlineTicket);
			assertThat(result).hasClass(java.util.regex.Pattern.compile("\\brefused\\b"));
			assertThat(result).containsText("บัตรนี้เป็นบัตรสำหรับเข้าร่วมออนไลน์");

			// The network goes; the phones keep checking people in on their own.
			phone.page().context().setOffline(true);
			second.page().context().setOffline(true);
			scan(phone, offlineTicket);
			assertThat(result).containsText("เช็กอินแล้ว (ออฟไลน์");
			assertThat(result).containsText("น้ำผึ้ง ศรีสุขใจ");
			assertThat(phone.page().locator("#scan-queue")).containsText("รอส่ง 1 รายการ");
			assertThat(phone.page().locator("#scan-limits")).containsText("ตรวจไม่ได้");
			assertThat(checkedIn(arrivesOffline)).as("not on the server yet").isFalse();

			scan(phone, forge(offlineTicket));
			assertThat(result).hasClass(java.util.regex.Pattern.compile("\\brefused\\b"));
			assertThat(result).containsText("ไม่ถูกต้องหรือถูกแก้ไข");
			scan(phone, cancelledTicket);
			assertThat(result).containsText("ถูกยกเลิกหรือเปลี่ยนแล้ว");
			scan(phone, onlineTicket);
			assertThat(result).hasClass(java.util.regex.Pattern.compile("\\brefused\\b"));
			assertThat(result).containsText("บัตรนี้เป็นบัตรสำหรับเข้าร่วมออนไลน์");
			assertThat(phone.page().locator("#scan-queue")).containsText("รอส่ง 1 รายการ");
			scan(phone, arrivesOffline.ticketCode());
			assertThat(result).containsText("เช็กอินไปแล้วเมื่อเวลา");
			phone.assertAccessible();
			phone.shot("phone-scanner-offline-th");

			scan(second, offlineTicket);
			assertThat(second.page().locator("#scan-result")).containsText("Checked in (offline");
			second.assertAccessible();
			second.shot("phone-scanner-offline-en");

			// The network returns: both queues are sent; the ticket counts once.
			phone.page().context().setOffline(false);
			assertThat(phone.page().locator("#scan-status")).containsText("ออนไลน์ พร้อมสแกน", SYNC_WAIT);
			assertThat(phone.page().locator("#scan-status")).containsText("มาแล้ว 2 จาก 2 คน");
			assertThat(phone.page().locator("#scan-queue")).hasText("");
			second.page().context().setOffline(false);
			assertThat(second.page().locator("#scan-attention")).containsText("counted once", SYNC_WAIT);
			assertThat(second.page().locator("#scan-queue")).hasText("");
			assertThat(checkedIn(arrivesOffline)).isTrue();
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CHECKED_IN' AND entity_id = ?",
					Integer.class, arrivesOffline.id().toString())).isEqualTo(1);
			assertThat(phone.scrollWidth()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("phone-scanner-synced-th");
		}
	}

	@Test
	void theCameraReadsTheQrCodeOnATicket() throws Exception {
		Registration guest = register("ประเสริฐ กล้องดี");
		FakeCamera.show(registered.ticketOf(guest));
		try (BrowserPage phone = scanner("th-TH")) {
			phone.page().locator("#scan-camera").click();
			assertThat(phone.page().locator("#scan-result")).containsText("เช็กอินแล้ว: ประเสริฐ กล้องดี",
					new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
			assertThat(phone.page().locator("#scan-video")).isVisible();
			phone.assertAccessible();
			phone.shot("phone-scanner-camera-th");
		}
		assertThat(checkedIn(guest)).isTrue();
	}

	@Test
	void theScannerOpensAgainWithoutNetworkAndGoesOnCheckingQrCodes() {
		Registration early = register("มาลี ตรงเวลา");
		Registration later = register("น้ำผึ้ง ศรีสุขใจ");
		String cancelledTicket = cancelledTicket("สมชาย ยกเลิก");

		try (NetworkCut network = new NetworkCut(port); BrowserPage phone = scanner("th-TH", network.port())) {
			Locator result = phone.page().locator("#scan-result");
			scan(phone, registered.ticketOf(early));
			assertThat(result).containsText("เช็กอินแล้ว: มาลี ตรงเวลา");
			// The service worker installs and keeps the page: slower than a page on a cold machine.
			assertThat(phone.page().locator("#scanner[data-offline-ready=true]")).hasCount(1, SHELL_WAIT);

			// The venue's network drops and the phone reloads the tab: the page still opens.
			network.cut();
			phone.page().reload();
			assertThat(phone.page().locator("#scanner[data-ready=true]")).hasCount(1, SHELL_WAIT);
			assertThat(phone.page().locator("#scan-status")).containsText("ออฟไลน์");
			assertThat(phone.page().locator("#scan-limits")).containsText("หน้านี้เปิดใหม่ขณะออฟไลน์");
			// What the device kept holds no names (the roster is never stored).
			String kept = (String) phone.page().evaluate("() => JSON.stringify(localStorage)");
			assertThat(kept).doesNotContain("มาลี").doesNotContain("น้ำผึ้ง").doesNotContain(later.ticketCode());

			scan(phone, registered.ticketOf(later));
			assertThat(result).containsText("บัตรถูกต้อง (หน้านี้เปิดใหม่ขณะออฟไลน์");
			assertThat(phone.page().locator("#scan-queue")).containsText("รอส่ง 1 รายการ");
			scan(phone, registered.ticketOf(early));
			assertThat(result).containsText("เช็กอินไปแล้วเมื่อเวลา");
			scan(phone, cancelledTicket);
			assertThat(result).containsText("ถูกยกเลิกหรือเปลี่ยนแล้ว");
			scan(phone, forge(registered.ticketOf(later)));
			assertThat(result).containsText("ไม่ถูกต้องหรือถูกแก้ไข");
			scan(phone, later.ticketCode());
			assertThat(result).containsText("ตรวจรหัสนี้ขณะออฟไลน์ไม่ได้");
			assertThat(phone.scrollWidth()).as("too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("phone-scanner-reopened-offline-th");
			assertThat(checkedIn(later)).as("not on the server yet").isFalse();

			// The network returns (the browser says so with an 'online' event): the queue is sent.
			network.restore();
			phone.page().evaluate("() => window.dispatchEvent(new Event('online'))");
			assertThat(phone.page().locator("#scan-status")).containsText("ออนไลน์ พร้อมสแกน", SYNC_WAIT);
			assertThat(phone.page().locator("#scan-status")).containsText("มาแล้ว 2 จาก 2 คน");
			assertThat(phone.page().locator("#scan-queue")).hasText("");
			assertThat(checkedIn(later)).isTrue();
		}
	}

	private BrowserPage scanner(String locale) {
		return scanner(locale, port);
	}

	private BrowserPage scanner(String locale, int port) {
		BrowserPage phone = new BrowserPage(chromium, port, locale, 360, 740);
		phone.signIn(organiser.username(), organiser.password());
		phone.page().navigate(phone.url("/events/" + slug + "/organise/scan" + (locale.startsWith("en") ? "?lang=en" : "")));
		assertThat(phone.page().locator("#scanner[data-ready=true]")).hasCount(1);
		return phone;
	}

	private static void scan(BrowserPage phone, String code) {
		phone.page().locator("#scan-result").evaluate("e => e.textContent = ''");
		phone.page().locator("#scan-code").fill(code);
		phone.page().locator("#scan-form button[type=submit]").click();
		assertThat(phone.page().locator("#scan-result")).not().hasText("");
	}

	/** One character of the signature changed: still well-formed, no longer signed. */
	private static String forge(String ticket) {
		int at = ticket.length() - 12;
		char swapped = ticket.charAt(at) == 'A' ? 'B' : 'A';
		return ticket.substring(0, at) + swapped + ticket.substring(at + 1);
	}

	private Registration register(String name) {
		return register(name, AttendanceMode.ONSITE);
	}

	private Registration register(String name, AttendanceMode mode) {
		return registrar.register(eventId, new Applicant(name, null, null, "NGO", mode,
				"door-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", null, null, null, "th", true, false, false),
				null).registration();
	}

	/** The ticket of someone who registered and then cancelled: void at the door. */
	private String cancelledTicket(String name) {
		Registration cancelled = register(name);
		String ticket = registered.ticketOf(cancelled);
		registrar.cancel(registered.manageTokenOf(cancelled));
		return ticket;
	}

	private boolean checkedIn(Registration r) {
		return jdbc.queryForObject("SELECT checked_in_at IS NOT NULL FROM registration WHERE id = ?", Boolean.class, r.id());
	}
}
