package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

/** The directory as people use it, in Chromium. */
@BrowserTest
class DirectoryBrowserIT {

	static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	TestAccounts accounts;

	BrowserPage tab;

	Page page;

	@BeforeEach
	void open(Browser chromium) {
		accounts = new TestAccounts(context);
		tab = new BrowserPage(chromium, port, "th-TH", 1280, 900);
		page = tab.page();
	}

	@AfterEach
	void close() {
		tab.close();
	}

	@Test
	void aVisitorSearchesInThaiAndFiltersByProvince() {
		page.navigate(url("/directory"));
		assertThat(page.locator("h1")).hasText("ทำเนียบเครือข่าย");
		page.getByLabel("ค้นหา", new Page.GetByLabelOptions().setExact(true)).fill("ประมง");
		page.locator("form.filters button[type=submit]").click();
		assertThat(page.locator(".results .result")).hasCount(5);
		assertThat(page.locator(".results mark").first()).hasText("ประมง");
		shot("directory-search-th");

		page.getByLabel("ค้นหา", new Page.GetByLabelOptions().setExact(true)).fill("");
		page.getByLabel("จังหวัด", EXACT).selectOption("TH-50");
		page.getByLabel("บริการ", EXACT).selectOption("SCREENING");
		page.locator("form.filters button[type=submit]").click();
		assertThat(page.locator(".results .result h2 a")).hasText(new String[] { "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่" });
		page.locator(".results .result h2 a").first().click();
		assertThat(page.locator("h1")).hasText("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่");
		assertThat(page.locator(".breadcrumb")).containsText("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์");
		shot("directory-organisation-th");
	}

	@Test
	void aCaseWorkerFindsWhoCanHelpInAProvince() {
		page.navigate(url("/directory/who-can-help"));
		tab.assertAccessible();
		page.getByLabel("จังหวัด", EXACT).selectOption("TH-12");
		page.getByLabel("บริการ", EXACT).selectOption("SCREENING");
		page.getByLabel("ภาษาของผู้เสียหาย", EXACT).selectOption("my");
		page.getByText("ค้นหาผู้ช่วยเหลือ").click();
		assertThat(page.locator(".helpers .result").first().locator("h2")).hasText("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดนนทบุรี");
		assertThat(page.locator(".helpers .result").first().locator(".chip.good")).hasText("ให้บริการในจังหวัดนี้โดยตรง");
		assertThat(page.locator(".helpers .result").first()).containsText("ไม่ได้ระบุว่าใช้ภาษานี้ได้");
		shot("directory-who-can-help-th");
	}

	@Test
	void anOrganisationAdministratorEditsItsOwnProfileButNotAnothers() {
		var hug = directory.organisationByReferenceKey("hug-project").orElseThrow();
		var other = directory.organisationByReferenceKey("a21").orElseThrow();
		var admin = accounts.createIn(hug.id(), null, "hug-admin", Role.ORG_ADMIN);
		signIn(admin.username(), admin.password());
		page.navigate(url("/directory/organisations/" + hug.id()));
		page.getByText("แก้ไขข้อมูล", new Page.GetByTextOptions().setExact(true)).click();
		tab.assertAccessible();
		page.getByLabel("ที่อยู่").fill("เชียงราย");
		page.locator("#services0\\.code").selectOption("OUTREACH_RESCUE");
		page.locator("#contacts0\\.name").fill("ผู้ประสานงานโครงการ");
		page.locator("#contacts0\\.phone").fill("not a phone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก")).click();
		assertThat(page.locator(".field-error").first()).hasText("หมายเลขโทรศัพท์ไม่ถูกต้อง");
		shot("directory-edit-error-th");
		page.locator("#contacts0\\.phone").fill("053-123-456");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("บันทึกข้อมูลแล้ว");
		assertThat(page.locator("table")).containsText("ค้นหาและช่วยเหลือ");
		assertThat(page.locator(".contacts")).containsText("053-123-456");
		tab.assertAccessible();

		page.navigate(url("/directory/organisations/" + other.id()));
		assertThat(page.getByText("แก้ไขข้อมูล", new Page.GetByTextOptions().setExact(true))).hasCount(0);
		var denied = page.navigate(url("/directory/organisations/" + other.id() + "/edit"));
		assertThat(denied.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("ไม่มีสิทธิ์");
		tab.assertAccessible();
	}

	@Test
	void aCoordinatorsImportDryRunShowsTheBadRows() throws Exception {
		var coordinator = accounts.create("browser-import", Role.NETWORK_COORDINATOR);
		signIn(coordinator.username(), coordinator.password());
		Path file = Files.createTempFile("tipnet-import", ".csv");
		Files.writeString(file, "name_th,name_en,sector,provinces,services\n"
				+ "มูลนิธิเบราว์เซอร์,Browser Foundation,NGO,TH-50,SHELTER\n"
				+ "มูลนิธิจังหวัดผิด,Bad Province,NGO,TH-99,\n"
				+ ",Missing Thai,NGO,,\n", StandardCharsets.UTF_8);
		page.navigate(url("/directory/import"));
		tab.assertAccessible();
		page.getByLabel("ไฟล์").setInputFiles(file);
		page.getByText("ตรวจไฟล์ (ยังไม่นำเข้า)").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("ยังไม่ได้นำเข้าข้อมูลใด");
		assertThat(page.locator("table.problems tbody tr")).hasCount(2);
		assertThat(page.locator("table.problems tbody tr").nth(0)).containsText("3");
		assertThat(page.locator("table.problems tbody tr").nth(0)).containsText("ไม่รู้จักรหัสจังหวัดนี้");
		assertThat(page.locator("table.problems tbody tr").nth(1)).containsText("name_th");
		shot("directory-import-dry-run-th");
	}

	@Test
	void theDirectoryFitsAPhone() {
		try (BrowserPage phone = new BrowserPage(page.context().browser(), port, "en-GB", 360, 740)) {
			Page small = phone.page();
			var mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow();
			for (String path : new String[] { "/directory", "/directory?q=%E0%B8%84%E0%B9%89%E0%B8%B2%E0%B8%A1%E0%B8%99%E0%B8%B8%E0%B8%A9%E0%B8%A2%E0%B9%8C",
					"/directory/who-can-help?province=TH-12&service=SCREENING", "/directory/organisations/" + mirror.id() }) {
				small.navigate(url(path));
				int width = phone.scrollWidth();
				assertThat(width).as("page width of %s on a 360-px phone", path).isLessThanOrEqualTo(360);
				phone.assertAccessible();
			}
			small.navigate(url("/directory?lang=en&q=trafficking"));
			phone.assertAccessible();
			phone.shot("phone-directory-en");
			small.navigate(url("/directory/who-can-help?province=TH-12&service=SCREENING&lang=th"));
			phone.assertAccessible();
			phone.shot("phone-who-can-help-th");
		}
	}

	private void signIn(String username, String password) {
		tab.signIn(username, password);
	}

	private void shot(String name) {
		tab.assertAccessible();
		tab.shot(name);
	}

	private String url(String path) {
		return tab.url(path);
	}
}
