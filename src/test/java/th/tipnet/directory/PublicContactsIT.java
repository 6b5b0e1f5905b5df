package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/**
 * The contacts the network's reference file took from public sources: loaded once and never over an
 * administrator's answer, shown with their sources and date until the organisation confirms them,
 * and the national hotlines and the provinces' order on the pages where people look for help.
 */
@IntegrationTest
class PublicContactsIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReferenceData referenceData;

	@Autowired
	Directory directory;

	@Autowired
	PublicSourceContacts publicContacts;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
	}

	@Test
	void everyOrganisationOfTheFileIsInTheDirectoryWithItsContactsAndTheirSources() {
		for (String key : List.of("msdhs", "rtp", "immigration", "doe", "dlpw", "iom-thailand", "csn-vaht",
				"children-family-shelters", "myanmar-embassy")) {
			assertThat(directory.organisationByReferenceKey(key)).as(key).isPresent();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT organisation_id) FROM organisation_public_contact", Integer.class))
			.isGreaterThanOrEqualTo(40);

		Organisation hotline1300 = directory.organisationByReferenceKey("msdhs-1300").orElseThrow();
		PublicContact hotline = publicContacts.of(hotline1300.id()).get(0);
		assertThat(hotline.kind()).isEqualTo(PublicContact.Kind.HOTLINE);
		assertThat(hotline.value()).isEqualTo("1300");
		assertThat(hotline.sources()).first().isEqualTo("https://1300thailand.m-society.go.th/page/3");
		assertThat(hotline.confirmed()).isFalse();
		assertThat(publicContacts.of(directory.organisationByReferenceKey("us-embassy").orElseThrow().id()))
			.extracting(PublicContact::kind, PublicContact::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PublicContact.Kind.PHONE, "+66 2 205 4000"));
	}

	@Test
	void theNamesTheFileLacksAreFilledInThaiAndEnglish() {
		Organisation iom = directory.organisationByReferenceKey("iom-thailand").orElseThrow();
		assertThat(iom.nameTh()).isEqualTo("องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน (IOM) ประเทศไทย");
		assertThat(iom.nameEn()).isEqualTo("International Organization for Migration (IOM) Thailand");
		assertThat(iom.sector()).isEqualTo(Sector.INTERNATIONAL_ORGANISATION);
		Organisation shelters = directory.organisationByReferenceKey("children-family-shelters").orElseThrow();
		assertThat(shelters.nameTh()).isEqualTo("บ้านพักเด็กและครอบครัว (ทุกจังหวัด)");
		assertThat(shelters.nameEn()).isEqualTo("Children and Family Shelters (one in every province)");
		assertThat(directory.organisationByReferenceKey("dsi-htcb").orElseThrow().nameTh())
			.isEqualTo("กองคดีการค้ามนุษย์ กรมสอบสวนคดีพิเศษ");
		assertThat(directory.organisationByReferenceKey("center-for-girls").orElseThrow().provinceCodes())
			.containsExactly("TH-57");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE name_th = '' OR name_en = ''"
				+ " OR name_th LIKE '%{%' OR name_en LIKE '%{%'", Integer.class)).isZero();
	}

	@Test
	void loadingTwiceChangesNothing() {
		String before = snapshot();
		int organisations = jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class);

		referenceData.run(null);
		referenceData.run(null);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class)).isEqualTo(organisations);
	}

	@Test
	void anAdministratorsCorrectionAndRemovalSurviveAReload() {
		Organisation moj = directory.organisationByReferenceKey("moj").orElseThrow();
		WebVisitor admin = signedInAdminOf(moj, "moj-admin", "th");
		PublicContact phone = contact(moj, PublicContact.Kind.PHONE);
		PublicContact website = contact(moj, PublicContact.Kind.WEBSITE);

		var corrected = admin.post("/directory/organisations/" + moj.id() + "/public-contacts/" + phone.id(),
				Map.of("version", String.valueOf(phone.version()), "value", "02 141 5100"));
		assertThat(corrected.statusCode()).isEqualTo(302);
		admin.post("/directory/organisations/" + moj.id() + "/public-contacts/" + phone.id(),
				Map.of("version", String.valueOf(phone.version() + 1), "value", "02 141 5199"));
		admin.post("/directory/organisations/" + moj.id() + "/public-contacts/" + website.id(),
				Map.of("version", String.valueOf(website.version()), "value", ""));

		referenceData.run(null);

		assertThat(publicContacts.of(moj.id())).extracting(PublicContact::kind)
			.containsExactly(PublicContact.Kind.PHONE, PublicContact.Kind.ADDRESS);
		PublicContact after = contact(moj, PublicContact.Kind.PHONE);
		assertThat(after.value()).isEqualTo("02 141 5199");
		assertThat(after.confirmed()).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation_public_contact WHERE organisation_id = ?",
				Integer.class, moj.id())).isEqualTo(3);
		assertThat(auditActions(moj)).contains("PUBLIC_CONTACT_CORRECTED", "PUBLIC_CONTACT_REMOVED");
		assertThat(new WebVisitor(port).get("/directory/organisations/" + moj.id()).body()).contains("02 141 5199")
			.doesNotContain("https://www.moj.go.th\"");
	}

	@Test
	void aPublicSourceNumberFindsItsOrganisationAndACorrectionOrRemovalReindexesIt() {
		Organisation unhcr = directory.organisationByReferenceKey("unhcr-thailand").orElseThrow();
		assertThat(found("+66 2 288 2180")).contains("unhcr-thailand");
		assertThat(found("022882180")).contains("unhcr-thailand");
		assertThat(found("1178")).contains("immigration");
		WebVisitor admin = signedInAdminOf(unhcr, "unhcr-admin", "th");
		PublicContact phone = contact(unhcr, PublicContact.Kind.PHONE);

		admin.post("/directory/organisations/" + unhcr.id() + "/public-contacts/" + phone.id(),
				Map.of("version", String.valueOf(phone.version()), "value", "02-288-2199"));
		assertThat(found("022882199")).contains("unhcr-thailand");
		assertThat(found("022882180")).doesNotContain("unhcr-thailand");

		admin.post("/directory/organisations/" + unhcr.id() + "/public-contacts/" + phone.id(),
				Map.of("version", String.valueOf(phone.version() + 1), "value", ""));
		assertThat(found("022882199")).doesNotContain("unhcr-thailand");
		assertThat(found("UNHCR")).contains("unhcr-thailand");
	}

	@Autowired
	DirectorySearch search;

	private List<String> found(String text) {
		return search.search(new DirectoryQuery(text, null, null, null, null, null, false), 0, 20)
			.hits()
			.stream()
			.map(h -> h.organisation().referenceKey())
			.filter(k -> k != null)
			.toList();
	}

	@Test
	void theOrganisationsAdministratorConfirmsItsContactsOnceAndItIsAudited() {
		Organisation dlpw = directory.organisationByReferenceKey("dlpw").orElseThrow();
		String thai = new WebVisitor(port).get("/directory/organisations/" + dlpw.id()).body();
		assertThat(thai).contains("href=\"tel:1546\"", "จากแหล่งข้อมูลสาธารณะ", "href=\"https://www.labour.go.th/index.php/67057-2023-03-20-10-09-22\"",
				"ยังไม่ได้รับการยืนยันจากหน่วยงาน");
		assertThat(asOf(thai)).as("a B.E. year on Thai pages").matches("ข้อมูล ณ วันที่ \\d{1,2} \\S+ 25\\d\\d");
		String english = new WebVisitor(port).speaking("en").get("/directory/organisations/" + dlpw.id()).body();
		assertThat(english).contains("From a public source", "not yet confirmed by the organisation")
			.containsPattern("as of \\d{1,2} [A-Z][a-z]{2} 20\\d\\d");

		WebVisitor admin = signedInAdminOf(dlpw, "dlpw-admin", "th");
		assertThat(admin.get("/directory/organisations/" + dlpw.id()).body()).contains("ยืนยันว่าช่องทางติดต่อเหล่านี้ถูกต้อง");
		var confirmed = admin.post("/directory/organisations/" + dlpw.id() + "/public-contacts/confirm", Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(admin.followRedirects(confirmed).body()).contains("ยืนยันช่องทางติดต่อแล้ว 3 รายการ", "หน่วยงานยืนยันแล้วเมื่อ")
			.doesNotContain("ยังไม่ได้รับการยืนยันจากหน่วยงาน");
		admin.post("/directory/organisations/" + dlpw.id() + "/public-contacts/confirm", Map.of());

		assertThat(auditActions(dlpw)).containsOnlyOnce("PUBLIC_CONTACTS_CONFIRMED");
		String changes = jdbc.queryForObject("SELECT changes FROM audit_entry WHERE entity_id = ?"
				+ " AND action = 'PUBLIC_CONTACTS_CONFIRMED'", String.class, dlpw.id().toString());
		assertThat(changes).contains("HOTLINE", "WEBSITE", "ADDRESS");
		var api = new Api(port).get("/api/v1/organizations/" + dlpw.id()).json().get("publicContacts");
		assertThat(api.get(0).get("kind").asString()).isEqualTo("HOTLINE");
		assertThat(api.get(0).get("confirmed").asBoolean()).isTrue();
		assertThat(api.get(0).get("confirmedAt").isNull()).isFalse();
	}

	@Test
	void onlyTheOrganisationsOwnAdministratorConfirmsOrCorrects() {
		Organisation doe = directory.organisationByReferenceKey("doe").orElseThrow();
		PublicContact hotline = contact(doe, PublicContact.Kind.HOTLINE);
		String confirm = "/directory/organisations/" + doe.id() + "/public-contacts/confirm";
		String correct = "/directory/organisations/" + doe.id() + "/public-contacts/" + hotline.id();
		Map<String, String> form = Map.of("version", String.valueOf(hotline.version()), "value", "1111");

		WebVisitor coordinator = new WebVisitor(port);
		coordinator.signIn(accounts.create("pc-coord", Role.NETWORK_COORDINATOR).username(), TestAccounts.PASSWORD);
		coordinator.get("/directory/organisations/" + doe.id());
		assertThat(coordinator.post(confirm, Map.of()).statusCode()).isEqualTo(403);
		assertThat(coordinator.post(correct, form).statusCode()).isEqualTo(403);

		WebVisitor otherAdmin = signedInAdminOf(directory.organisationByReferenceKey("dlpw").orElseThrow(), "pc-other", "th");
		assertThat(otherAdmin.post(confirm, Map.of()).statusCode()).isEqualTo(403);
		assertThat(otherAdmin.post(correct, form).statusCode()).isEqualTo(403);

		assertThat(new WebVisitor(port).post(confirm, Map.of()).statusCode()).isIn(302, 401, 403);
		assertThat(contact(doe, PublicContact.Kind.HOTLINE).confirmed()).isFalse();
		assertThat(contact(doe, PublicContact.Kind.HOTLINE).value()).isEqualTo("1694");
	}

	@Test
	void aWrongCorrectionNamesTheFieldAndAStaleOneConflictsAndNothingChanges() {
		Organisation ilo = directory.organisationByReferenceKey("unhcr-thailand").orElseThrow();
		PublicContact phone = contact(ilo, PublicContact.Kind.PHONE);
		WebVisitor admin = signedInAdminOf(ilo, "unhcr-admin", "en");
		String path = "/directory/organisations/" + ilo.id() + "/public-contacts/" + phone.id();

		var wrong = admin.post(path, Map.of("version", String.valueOf(phone.version()), "value", "call us"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("value");
		var stale = admin.post(path, Map.of("version", String.valueOf(phone.version() + 7), "value", "02 288 2181"));
		assertThat(stale.statusCode()).isEqualTo(409);
		PublicContact after = contact(ilo, PublicContact.Kind.PHONE);
		assertThat(after.value()).isEqualTo("+66 2 288 2180");
		assertThat(after.confirmed()).isFalse();
	}

	@Test
	void theApiSaysWhereEachContactComesFromAndWhetherItIsConfirmed() {
		Organisation immigration = directory.organisationByReferenceKey("immigration").orElseThrow();
		var view = new Api(port).get("/api/v1/organizations/" + immigration.id()).json();
		var hotline = view.get("publicContacts").get(0);
		assertThat(hotline.get("kind").asString()).isEqualTo("HOTLINE");
		assertThat(hotline.get("value").asString()).isEqualTo("1178");
		assertThat(hotline.get("sources").get(0).asString()).startsWith("https://www.bangkokpost.com/");
		assertThat(hotline.get("asOf").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(hotline.get("confirmed").asBoolean()).isFalse();
		String openApi = new Api(port).get("/v3/api-docs").body();
		assertThat(openApi).contains("\"PublicContact\"", "not yet confirmed by the organisation", "\"HOTLINE\"");
	}

	@Test
	void theNationalHotlinesShowWhereAPersonLooksForHelpEvenWhenNothingMatched() {
		String none = new WebVisitor(port).get("/directory/who-can-help?province=TH-58&service=COMPENSATION&twentyFourSeven=true")
			.body();
		assertThat(none).contains("ต้องการความช่วยเหลือทันที โทรสายด่วนระดับประเทศด้านล่างได้เลย", "สายด่วนระดับประเทศ");
		for (String number : List.of("1300", "191", "1178", "1694", "1546")) {
			assertThat(none).contains("href=\"tel:" + number + "\"");
		}
		assertThat(none).contains("ศูนย์ช่วยเหลือสังคม สายด่วน 1300", "สายด่วนกรมการจัดหางาน สำหรับแรงงานต่างด้าว");
		String english = new WebVisitor(port).speaking("en")
			.get("/directory/who-can-help?province=TH-58&service=COMPENSATION&twentyFourSeven=true")
			.body();
		assertThat(english).contains("National hotlines", "Or call a national hotline below straight away.", "Police emergency", "href=\"tel:1546\"");
		assertThat(new WebVisitor(port).get("/directory/who-can-help").body()).contains("href=\"tel:1300\"");
		assertThat(new WebVisitor(port).speaking("en").get("/directory").body()).contains("National hotlines", "href=\"tel:1178\"");
	}

	@Test
	void provincesSortInThaiOrderOnThaiPagesAndInEnglishOrderOnEnglishPages() {
		for (String path : List.of("/directory", "/directory/who-can-help")) {
			List<String> thai = provinceOptions(new WebVisitor(port).get(path).body());
			assertThat(thai).hasSize(77).startsWith("กระบี่", "กรุงเทพมหานคร").endsWith("อุบลราชธานี");
			assertThat(thai.indexOf("เชียงใหม่")).isLessThan(thai.indexOf("นครปฐม"));
			assertThat(thai.indexOf("นครปฐม")).isLessThan(thai.indexOf("แพร่"));
			assertThat(thai).isSortedAccordingTo(Collator.getInstance(Locale.forLanguageTag("th")));
			List<String> english = provinceOptions(new WebVisitor(port).speaking("en").get(path).body());
			assertThat(english).hasSize(77).startsWith("Amnat Charoen").endsWith("Yasothon");
			assertThat(english).isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));
			assertThat(english.indexOf("Chai Nat")).isLessThan(english.indexOf("Chiang Mai"));
		}
	}

	private WebVisitor signedInAdminOf(Organisation organisation, String prefix, String language) {
		var account = accounts.createIn(organisation.id(), null, prefix, Role.ORG_ADMIN);
		WebVisitor web = new WebVisitor(port).speaking(language);
		web.signIn(account.username(), account.password());
		web.get("/directory/organisations/" + organisation.id());
		return web;
	}

	private PublicContact contact(Organisation organisation, PublicContact.Kind kind) {
		return jdbc.queryForList("SELECT id FROM organisation_public_contact WHERE organisation_id = ? AND kind = ?",
				java.util.UUID.class, organisation.id(), kind.name())
			.stream()
			.findFirst()
			.flatMap(id -> publicContacts.of(organisation.id()).stream().filter(c -> c.id().equals(id)).findFirst())
			.orElseThrow(() -> new AssertionError("no shown " + kind + " for " + organisation.referenceKey()));
	}

	private List<String> auditActions(Organisation organisation) {
		return jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class,
				organisation.id().toString());
	}

	private String snapshot() {
		return jdbc.queryForList("SELECT id, organisation_id, kind, contact_value, source_urls, as_of, state, version"
				+ " FROM organisation_public_contact ORDER BY id")
			.toString();
	}

	private static String asOf(String html) {
		Matcher m = Pattern.compile("ข้อมูล ณ วันที่ [^<]+").matcher(html);
		return m.find() ? m.group().strip() : "";
	}

	private static List<String> provinceOptions(String html) {
		Matcher select = Pattern.compile("<select id=\"province\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
		assertThat(select.find()).isTrue();
		Matcher option = Pattern.compile("<option value=\"TH-\\d\\d\"[^>]*>([^<]+)</option>").matcher(select.group(1));
		List<String> names = new ArrayList<>();
		while (option.find()) {
			names.add(option.group(1));
		}
		return names;
	}
}
