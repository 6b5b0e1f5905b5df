package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/** The exhibition as a visitor and an organiser meet it, in Chromium, on a desktop and on a phone. */
@BrowserTest
class ExhibitionBrowserIT {

	static final String DEMO = "/events/anti-trafficking-day-2567/exhibition";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Directory directory;

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
	}

	@Test
	void theExhibitionInThaiShowsTheBoothMapAndTheExhibitors() {
		List<String> refused = new java.util.ArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy")) {
				refused.add(m.text());
			}
		});
		page.navigate(tab.url("/events/anti-trafficking-day-2567"));
		tab.assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("นิทรรศการ").setExact(true)).click();

		assertThat(page.locator("h1")).hasText("นิทรรศการ");
		assertThat(page.getByTestId("booth-map")).isVisible();
		assertThat(page.locator("svg.booth-map a.booth")).hasCount(13);
		assertThat(page.getByTestId("exhibitor")).hasCount(13);
		assertThat(page.locator(".legend")).containsText("ผลิตภัณฑ์จากฝีมือผู้เสียหาย");
		assertThat(page.getByTestId("product").first()).containsText("350 บาท");
		// A booth on the map leads to its entry in the list, which says the same in words.
		page.locator("svg.booth-map a.booth[data-number=A3]").click();
		assertThat(page.locator(".exhibitor:target")).containsText("สำนักงานอัยการคดีค้ามนุษย์");
		tab.assertAccessible();
		tab.shot("exhibition-th");
		assertThat(refused).as("what the strict CSP refused").isEmpty();

		page.navigate(tab.url(DEMO + "?lang=en"));
		assertThat(page.locator("h1")).hasText("Exhibition");
		assertThat(page.getByTestId("product").first()).containsText("THB 350");
		tab.assertAccessible();
		tab.shot("exhibition-en");

		for (String lang : new String[] { "th", "en" }) {
			try (BrowserPage phone = new BrowserPage(page.context().browser(), port, lang.equals("th") ? "th-TH" : "en-GB", 360, 740)) {
				phone.page().navigate(phone.url(DEMO + "?lang=" + lang));
				assertThat(phone.page().getByTestId("booth-map")).isVisible();
				assertThat(phone.scrollWidth()).as("width of the exhibition in %s", lang).isLessThanOrEqualTo(360);
				phone.assertAccessible();
				phone.shot("phone-exhibition-" + lang);
			}
		}
	}

	@Test
	void anOrganiserAllocatesABoothAndShowsAProductWithItsPhoto() throws IOException {
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		var organiser = accounts.createIn(division, null, "exh-browser", Role.EVENT_ORGANISER);
		String slug = openEvent(accounts, organiser);
		tab.signIn(organiser.username(), organiser.password());

		page.navigate(tab.url("/events/" + slug));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("จัดการนิทรรศการ").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("จัดการนิทรรศการ");
		page.locator("#number").fill("A1");
		page.locator("#zone").fill("A");
		page.locator("#organisationId").selectOption(directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id().toString());
		page.locator("#gridRow").fill("1");
		page.locator("#gridColumn").fill("1");
		page.getByTestId("allocate-form").locator("button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("จัดสรรบูธ A1 แล้ว");
		assertThat(page.getByTestId("booth-row")).hasCount(1);

		// A second booth: the survivors' showcase, with a product and its photo.
		page.locator("#number").fill("B1");
		page.locator("#zone").fill("B");
		page.locator("#type").selectOption("SURVIVOR_SHOWCASE");
		page.locator("#organisationId").selectOption(directory.organisationByReferenceKey("msdhs").orElseThrow().id().toString());
		page.locator("#gridRow").fill("1");
		page.locator("#gridColumn").fill("1");
		page.getByTestId("allocate-form").locator("button[type=submit]").click();
		assertThat(page.locator("#gridRow + .field-error, #gridRow ~ .field-error")).containsText("บูธ A1");
		page.locator("#gridColumn").fill("3");
		page.getByTestId("allocate-form").locator("button[type=submit]").click();
		assertThat(page.getByTestId("booth-row")).hasCount(2);
		tab.assertAccessible();
		tab.shot("exhibition-organise-th");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("แก้ไขบูธ B1")).click();
		page.locator("#nameTh").fill("กระเป๋าผ้าทอมือ");
		page.locator("#nameEn").fill("Hand-woven tote bag");
		page.locator("#makerGroup").fill("กลุ่มทอผ้า บ้านหนองบัว");
		page.locator("#priceBaht").fill("350");
		page.locator("#photo").setInputFiles(new FilePayload("bag.png", "image/png", photo()));
		page.getByTestId("product-form").locator("button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("เพิ่ม กระเป๋าผ้าทอมือ แล้ว");
		assertThat(page.getByTestId("product").locator("img")).isVisible();
		tab.assertAccessible();
		tab.shot("exhibition-booth-th");

		page.navigate(tab.url("/events/" + slug + "/exhibition"));
		assertThat(page.locator("svg.booth-map a.booth")).hasCount(2);
		assertThat(page.getByTestId("product")).containsText("350 บาท");
		boolean loaded = (boolean) page.getByTestId("product").locator("img").evaluate("img => img.complete && img.naturalWidth > 0");
		assertThat(loaded).as("the product photo loads").isTrue();
		tab.assertAccessible();
		tab.shot("exhibition-own-th");

		page.navigate(tab.url("/events/" + slug + "/organise/exhibition?lang=en"));
		assertThat(page.locator("h1")).hasText("Manage the exhibition");
		tab.assertAccessible();
		tab.shot("exhibition-organise-en");
		try (BrowserPage phone = new BrowserPage(page.context().browser(), port, "th-TH", 360, 740)) {
			phone.signIn(organiser.username(), organiser.password());
			for (String path : new String[] { "/events/" + slug + "/organise/exhibition?lang=th",
					"/events/" + slug + "/organise/exhibition?lang=en" }) {
				phone.page().navigate(phone.url(path));
				assertThat(phone.scrollWidth()).as("width of %s; too wide: %s", path, phone.tooWide()).isLessThanOrEqualTo(360);
				phone.assertAccessible();
			}
			phone.page().navigate(phone.url("/events/" + slug + "/organise/exhibition?lang=th"));
			phone.assertAccessible();
			phone.shot("phone-exhibition-organise-th");
			phone.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("แก้ไขบูธ B1")).click();
			assertThat(phone.page().locator("h1")).hasText("แก้ไขบูธ B1");
			assertThat(phone.scrollWidth()).as("width of a booth's page; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("phone-exhibition-booth-th");
		}
	}

	/** The elements that stick out of a phone's screen, to say what to fix. */
	private static byte[] photo() throws IOException {
		BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 320; x++) {
			for (int y = 0; y < 240; y++) {
				boolean stripe = (x / 20 + y / 20) % 2 == 0;
				img.setRGB(x, y, stripe ? 0x9b1f5e : 0xf4d35e);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "png", out);
		return out.toByteArray();
	}

	private String openEvent(TestAccounts accounts, TestAccounts.Account organiser) {
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(organiser));
		try {
			Instant now = Instant.now();
			String slug = "exh-browser-" + UUID.randomUUID().toString().substring(0, 8);
			planning.plan(new EventPlan(slug, EventType.CAMPAIGN_DAY, "งานรณรงค์ต่อต้านการค้ามนุษย์ (ทดสอบนิทรรศการ)",
					"Anti-trafficking campaign (exhibition test)", null, null, now.plus(Duration.ofDays(5)),
					now.plus(Duration.ofDays(5)).plus(Duration.ofHours(4)), "อิมแพ็ค", null, null, null, null, null, 100, 100,
					now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(4)), organiser.organisationId(), java.util.Set.of(),
					List.of(new AgendaItem("09:00", "เปิดงาน", "Opening", null)),
					List.of(new ParticipantGroup("GOV", "หน่วยงานภาครัฐ", "Government agencies", null, null, false))));
			return slug;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
