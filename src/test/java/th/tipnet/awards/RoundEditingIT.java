package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/** The secretariat opens and revises rounds and their categories, on the page and over the API. */
@IntegrationTest
class RoundEditingIT {

	/** Years no other test uses. */
	static final AtomicInteger YEARS = new AtomicInteger(2750);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	th.tipnet.support.TestClock clock;

	TestAccounts accounts;

	TestAccounts.Account secretariat;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		secretariat = accounts.create("round-editor", Role.NETWORK_COORDINATOR);
	}

	@Test
	void theSecretariatOpensARoundOnItsPageThenRevisesItAndItsCategoriesAndEveryChangeIsAudited() {
		WebVisitor web = signedIn(secretariat);
		String form = web.get("/awards/new-round").body();
		assertThat(form).contains("เปิดรอบรางวัลใหม่").contains("บุคคลต้นแบบ");
		int year = YEARS.getAndIncrement();

		var opened = web.post("/awards/new-round", round(year, "3"));
		assertThat(opened.statusCode()).isEqualTo(302);
		String location = opened.headers().firstValue("Location").orElseThrow();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(web.get("/awards/rounds/" + id).body()).contains("รางวัลทดสอบ " + year).contains("เปิดรอบรางวัลแล้ว")
			.contains("3 รางวัล").contains("30 มิ.ย. 2573 16:30");

		String edit = web.get("/awards/rounds/" + id + "/edit").body();
		assertThat(edit).contains("value=\"MODEL_PERSON\"").contains("readonly");
		String categoryId = jdbc.queryForObject("SELECT id FROM award_category WHERE round_id = ? AND code = 'MODEL_PERSON'",
				String.class, id);
		Map<String, String> revised = round(year, "5");
		revised.put("version", version(edit));
		revised.put("titleTh", "รางวัลทดสอบแก้ไข " + year);
		revised.put("categories[0].id", categoryId);
		revised.put("categories[1].code", "MODEL_PROVINCE");
		revised.put("categories[1].nameTh", "จังหวัดต้นแบบ");
		revised.put("categories[1].nameEn", "Model province");
		revised.put("categories[1].nomineeKind", "PROVINCE");
		revised.put("categories[1].quota", "2");
		revised.put("categories[1].eligibility", "มีทีมสหวิชาชีพ | A multidisciplinary team");
		var saved = web.post("/awards/rounds/" + id + "/edit", revised);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(web.get("/awards/rounds/" + id).body()).contains("รางวัลทดสอบแก้ไข " + year).contains("5 รางวัล")
			.contains("จังหวัดต้นแบบ").contains("มีทีมสหวิชาชีพ").contains("บันทึกการแก้ไขรอบรางวัลแล้ว");
		assertThat(jdbc.queryForObject("SELECT id FROM award_category WHERE round_id = ? AND code = 'MODEL_PERSON'", String.class, id))
			.isEqualTo(categoryId);

		// The page read before the change is stale now: nothing changes.
		var stale = web.post("/awards/rounds/" + id + "/edit", revised);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY occurred_at", String.class,
				id.toString())).containsExactly("AWARD_ROUND_OPENED", "AWARD_ROUND_REVISED");
		assertThat(jdbc.queryForObject("SELECT changes FROM audit_entry WHERE entity_id = ? AND action = 'AWARD_ROUND_REVISED'",
				String.class, id.toString())).contains("\"awards\"").contains("\"categories\"");
	}

	@Test
	void aRefusedFormNamesEveryFieldAtFaultInThaiAndInEnglishWith422AndStoresNothing() {
		WebVisitor web = signedIn(secretariat);
		web.get("/awards/new-round");
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM award_round", Integer.class);
		Map<String, String> bad = round(2900, "0");
		bad.put("judgingOpen", "01/01/2573 08:30");
		bad.put("categories[1].code", "MODEL_PERSON");
		bad.put("categories[1].nameTh", "ซ้ำ");
		bad.put("categories[1].nameEn", "Twice");
		bad.put("categories[1].nomineeKind", "PERSON");
		bad.put("categories[1].quota", "101");
		bad.put("categories[1].prizeBaht", "-5");

		var refused = web.post("/awards/new-round", bad);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("ปี พ.ศ. ต้องอยู่ระหว่าง 2500 ถึง 2800")
			.contains("id=\"judgingOpen\"")
			.contains("มีประเภทรางวัลรหัส MODEL_PERSON แล้ว");
		assertThat(refused.body().split("aria-invalid=\"true\"", -1).length - 1).isGreaterThanOrEqualTo(6);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award_round", Integer.class)).isEqualTo(before);

		WebVisitor english = signedIn(secretariat).speaking("en");
		english.get("/awards/new-round");
		assertThat(english.post("/awards/new-round", bad).body()).contains("The B.E. year must be from 2500 to 2800")
			.contains("The number of awards must be from 1 to 100").contains("The prize money cannot be negative");
	}

	@Test
	void aCategoryWithNominationsKeepsItsKindAndCannotBeRemoved() {
		WebVisitor web = signedIn(secretariat);
		web.get("/awards/new-round");
		int year = YEARS.getAndIncrement();
		Map<String, String> open = nominatingNow(round(year, "3"));
		String location = web.post("/awards/new-round", open).headers().firstValue("Location").orElseThrow();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		String categoryId = jdbc.queryForObject("SELECT id FROM award_category WHERE round_id = ?", String.class, id);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		TestAccounts.Account nominator = accounts.createIn(division, null, "round-nominator", Role.ORG_ADMIN);
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", categoryId);
		body.put("nomineeKind", "PERSON");
		body.put("personName", "สมปอง ทดสอบ");
		body.put("personPosition", "ครู");
		body.put("personOrganisationId", division.toString());
		body.put("personProvinceCode", "TH-10");
		body.put("justification", "ทำงานต่อเนื่อง");
		body.put("achievements", "ช่วยผู้เสียหาย");
		body.put("nomineeConsented", true);
		assertThat(new Api(port).withToken(accounts.token(nominator)).post("/api/v1/award-rounds/" + id + "/nominations", body)
			.status()).isEqualTo(201);

		String version = version(web.get("/awards/rounds/" + id + "/edit").body());
		Map<String, String> kind = nominatingNow(round(year, "3"));
		kind.put("version", version);
		kind.put("categories[0].id", categoryId);
		kind.put("categories[0].nomineeKind", "PROVINCE");
		var changedKind = web.post("/awards/rounds/" + id + "/edit", kind);
		assertThat(changedKind.statusCode()).isEqualTo(409);
		assertThat(changedKind.body()).contains("มีการเสนอชื่อแล้ว จึงเปลี่ยนประเภทผู้ถูกเสนอชื่อไม่ได้");
		Map<String, String> removed = nominatingNow(round(year, "3"));
		removed.put("categories[0].id", categoryId);
		removed.put("categories[0].remove", "true");
		removed.put("version", version);
		removed.put("categories[1].code", "OTHER");
		removed.put("categories[1].nameTh", "อื่น");
		removed.put("categories[1].nameEn", "Other");
		removed.put("categories[1].nomineeKind", "PERSON");
		removed.put("categories[1].quota", "1");
		var remove = web.post("/awards/rounds/" + id + "/edit", removed);
		assertThat(remove.statusCode()).isEqualTo(409);
		assertThat(remove.body()).contains("มีการเสนอชื่อแล้ว จึงลบไม่ได้");
		assertThat(jdbc.queryForObject("SELECT nominee_kind FROM award_category WHERE id = ?", String.class, UUID.fromString(categoryId)))
			.isEqualTo("PERSON");
	}

	@Test
	void theApiOpensARoundForTheSecretariatOnlyAndNamesAFieldAtFault() {
		Api api = new Api(port).withToken(accounts.token(secretariat)).speaking("th");
		int year = YEARS.getAndIncrement();
		var created = api.post("/api/v1/award-rounds", apiRound(year, 3));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("yearBe").asInt()).isEqualTo(year);
		assertThat(created.json().get("awards").asInt()).isEqualTo(3);

		var quota = api.post("/api/v1/award-rounds", apiRound(YEARS.getAndIncrement(), 0));
		assertThat(quota.status()).isEqualTo(422);
		assertThat(quota.problemFields()).containsExactly("categories[0].quota");
		assertThat(quota.body()).contains("จำนวนรางวัลต้องอยู่ระหว่าง 1 ถึง 100");
		assertThat(api.post("/api/v1/award-rounds", apiRound(year, 3)).status()).isEqualTo(409);
		TestAccounts.Account member = accounts.create("round-member", Role.MEMBER, Role.ORG_ADMIN);
		assertThat(new Api(port).withToken(accounts.token(member)).post("/api/v1/award-rounds", apiRound(2799, 3)).status())
			.isEqualTo(403);
		WebVisitor memberPages = signedIn(member);
		assertThat(memberPages.get("/awards/new-round").statusCode()).isEqualTo(403);

		var doc = new Api(port).get("/v3/api-docs").json();
		assertThat(doc.get("paths").get("/api/v1/award-rounds").has("post")).isTrue();
		assertThat(doc.get("components").get("schemas").get("NewAwardCategory").get("properties").get("quota").get("maximum")
			.asInt()).isEqualTo(100);
	}

	/** The windows moved so that the round takes nominations now, by the test clock. */
	private Map<String, String> nominatingNow(Map<String, String> form) {
		java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(th.tipnet.common.Dates.BANGKOK));
		java.util.function.Function<java.time.LocalDate, String> typed = d -> String.format("%02d/%02d/%d 08:30",
				d.getDayOfMonth(), d.getMonthValue(), d.getYear() + 543);
		form.put("nominationsOpen", typed.apply(today.minusDays(2)));
		form.put("nominationsClose", typed.apply(today.plusDays(10)));
		form.put("judgingOpen", typed.apply(today.plusDays(12)));
		form.put("judgingClose", typed.apply(today.plusDays(20)));
		form.put("announcement", typed.apply(today.plusDays(30)));
		return form;
	}

	/** The version the edit page was read at, as its hidden field holds it. */
	private static String version(String page) {
		var m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private WebVisitor signedIn(TestAccounts.Account account) {
		WebVisitor web = new WebVisitor(port);
		web.signIn(account.username(), account.password());
		return web;
	}

	/** A round's form with one category (the model person) and windows in 2573 (2030). */
	static Map<String, String> round(int year, String quota) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("yearBe", String.valueOf(year));
		f.put("titleTh", "รางวัลทดสอบ " + year);
		f.put("titleEn", "Test awards " + year);
		f.put("nominationsOpen", "01/02/2573 08:30");
		f.put("nominationsClose", "15/03/2573 16:30");
		f.put("judgingOpen", "22/03/2573 08:30");
		f.put("judgingClose", "30/04/2573 16:30");
		f.put("announcement", "30/06/2573 16:30");
		f.put("version", "0");
		f.put("categories[0].code", "MODEL_PERSON");
		f.put("categories[0].nameTh", "บุคคลต้นแบบ");
		f.put("categories[0].nameEn", "Model person");
		f.put("categories[0].nomineeKind", "PERSON");
		f.put("categories[0].quota", quota);
		f.put("categories[0].plaque", "true");
		f.put("categories[0].prizeBaht", "20000");
		f.put("categories[0].eligibility", "ปฏิบัติงานไม่น้อยกว่า 3 ปี | At least three years' work");
		return f;
	}

	private static Map<String, Object> apiRound(int year, int quota) {
		Map<String, Object> body = new HashMap<>();
		body.put("yearBe", year);
		body.put("titleTh", "รางวัล API " + year);
		body.put("titleEn", "API awards " + year);
		body.put("nominationsOpenAt", "2030-02-01T01:30:00Z");
		body.put("nominationsCloseAt", "2030-03-15T09:30:00Z");
		body.put("judgingOpenAt", "2030-03-22T01:30:00Z");
		body.put("judgingCloseAt", "2030-04-30T09:30:00Z");
		body.put("announcementAt", "2030-06-05T01:30:00Z");
		body.put("categories", List.of(Map.of("code", "MODEL_PERSON", "nameTh", "บุคคลต้นแบบ", "nameEn", "Model person",
				"nomineeKind", "PERSON", "quota", quota, "plaque", true)));
		return body;
	}
}
