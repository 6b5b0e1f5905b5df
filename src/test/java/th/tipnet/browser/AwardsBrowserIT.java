package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/** The yearly awards as a visitor meets them, in Chromium, on a desktop and on a phone, in Thai and English. */
@BrowserTest
class AwardsBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
	void aVisitorFindsThe2567RoundFromTheHeaderWithItsCategoriesAndDatesInTheBuddhistEra() {
		page.navigate(tab.url("/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("รางวัล").setExact(true)).click();

		assertThat(page.locator("h1")).hasText("รางวัลประจำปี");
		assertThat(page.getByTestId("round").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("เปิดรับการเสนอชื่อ"))
			// the network's own rounds only: other tests open rounds of their own ("รางวัลทดสอบ …") in the same database
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("รางวัลวันต่อต้านการค้ามนุษย์")))
			.hasCount(1);
		tab.assertAccessible();
		tab.shot("awards-rounds-th");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("รางวัลวันต่อต้านการค้ามนุษย์ ประจำปี 2567")).click();

		assertThat(page.locator("h1")).hasText("รางวัลวันต่อต้านการค้ามนุษย์ ประจำปี 2567");
		assertThat(page.getByTestId("phase")).hasText("ประกาศผลแล้ว");
		assertThat(page.getByTestId("windows")).containsText("5 มิ.ย. 2567 08:30");
		assertThat(page.getByTestId("category")).hasCount(4);
		assertThat(page.getByTestId("category").locator("h3")).hasText(new String[] { "บุคคลต้นแบบ", "บุคคลดีเด่น", "หน่วยงานดีเด่น",
				"จังหวัดต้นแบบขับเคลื่อนกลไกการส่งต่อระดับชาติ" });
		assertThat(page.getByTestId("quota")).hasText(new String[] { "3 รางวัล", "15 รางวัล", "6 รางวัล", "5 รางวัล" });
		tab.assertAccessible();
		tab.shot("awards-round-th");
		String round = page.url().substring(page.url().indexOf("/awards/"));

		page.navigate(tab.url(round + "?lang=en"));
		assertThat(page.locator("h1")).hasText("Anti-Human Trafficking Day Awards 2024");
		assertThat(page.getByTestId("windows")).containsText("5 Jun 2024 08:30");
		tab.assertAccessible();
		tab.shot("awards-round-en");
		page.navigate(tab.url("/awards?lang=en"));
		tab.assertAccessible();
		tab.shot("awards-rounds-en");

		for (String lang : new String[] { "th", "en" }) {
			try (BrowserPage phone = new BrowserPage(page.context().browser(), port, lang.equals("th") ? "th-TH" : "en-GB", 360, 740)) {
				for (String path : new String[] { "/awards", round }) {
					phone.page().navigate(phone.url(path + "?lang=" + lang));
					assertThat(phone.scrollWidth()).as("width of %s in %s; too wide: %s", path, lang, phone.tooWide())
						.isLessThanOrEqualTo(360);
					phone.assertAccessible();
					phone.shot("phone-awards-" + (path.equals(round) ? "round-" : "rounds-") + lang);
				}
			}
		}
	}

	@Test
	void anOrganisationAdministratorNominatesAnAgencyInThaiAndSeesItSubmitted() {
		TestAccounts accounts = new TestAccounts(context);
		var mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		var admin = accounts.createIn(mirror, null, "awards-nominator", Role.ORG_ADMIN);
		tab.signIn(admin.username(), admin.password());

		page.navigate(tab.url("/awards"));
		page.getByTestId("round").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("เปิดรับการเสนอชื่อ"))
			// the network's own rounds only: other tests open rounds of their own ("รางวัลทดสอบ …") in the same database
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("รางวัลวันต่อต้านการค้ามนุษย์"))
			.locator("h2 a").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("เสนอชื่อในประเภทนี้: หน่วยงานดีเด่น")).click();
		assertThat(page.locator("h1")).hasText("เสนอชื่อ: หน่วยงานดีเด่น");
		tab.assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งการเสนอชื่อ")).click();

		assertThat(page.locator("#organisationId + .field-error")).containsText("ต้องระบุ");
		assertThat(page.locator("#justification")).hasAttribute("aria-invalid", "true");
		tab.assertAccessible();
		tab.shot("awards-nominate-errors-th");
		page.locator("#organisationId").selectOption(directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id().toString());
		page.locator("#justification").fill("ทำงานร่วมกับเครือข่ายในการช่วยเหลือผู้เสียหายจากการค้ามนุษย์ทางออนไลน์");
		page.locator("#achievements").fill("ช่วยเหลือผู้เสียหาย 120 รายจากแหล่งหลอกลวงออนไลน์");
		page.locator("#nomineeConsented").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งการเสนอชื่อ")).click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("ส่งการเสนอชื่อแล้ว");
		assertThat(page.getByTestId("status")).hasText("ส่งแล้ว");
		assertThat(page.locator("h1")).containsText("ศพดส.ตร.");
		tab.assertAccessible();
		tab.shot("awards-nomination-th");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("การเสนอชื่อ").setExact(true)).click();
		assertThat(page.getByTestId("nomination")).hasCount(1);
		tab.assertAccessible();
		tab.shot("awards-nominations-th");

		page.navigate(page.url().replace("/nominations", ""));
		String nominate = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("เสนอชื่อในประเภทนี้: บุคคลต้นแบบ"))
			.getAttribute("href");
		page.navigate(tab.url(nominate + "&lang=en"));
		assertThat(page.locator("h1")).hasText("Nominate: Model person");
		tab.assertAccessible();
		tab.shot("awards-nominate-en");
		try (BrowserPage phone = new BrowserPage(page.context().browser(), port, "th-TH", 360, 740)) {
			phone.signIn(admin.username(), admin.password());
			phone.page().navigate(phone.url(nominate + "&lang=th"));
			assertThat(phone.scrollWidth()).as("width of the nomination form; too wide: %s", phone.tooWide()).isLessThanOrEqualTo(360);
			phone.assertAccessible();
			phone.shot("phone-awards-nominate-th");
		}
	}
}
