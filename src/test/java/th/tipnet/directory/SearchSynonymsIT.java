package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

@IntegrationTest
class SearchSynonymsIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	Api coordinator;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		coordinator = new Api(port).withToken(accounts.token(accounts.create("syn-coord", Role.NETWORK_COORDINATOR)));
	}

	@Test
	void aNewInstallationStartsWithTheNetworksUsualNames() {
		var list = coordinator.get("/api/v1/search-synonyms");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("สถานเอกอัครราชทูต").contains("ตรวจคนเข้าเมือง").contains("ที่พักพิง").contains("iom");
	}

	@Test
	void aGroupACoordinatorAddsChangesAndRemovesAppliesToTheNextSearchAndIsAudited() {
		create("เครือข่ายส้มจี๊ดช่วยเหลือ (ทดสอบ)", "Kumquat Relief Network (test)", List.of(), List.of());
		assertThat(namesEn("calamondin")).isEmpty();

		var added = coordinator.post("/api/v1/search-synonyms", Map.of("terms", List.of("calamondin", "kumquat", "มะนาวจีน")));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		String id = added.json().get("id").asString();
		assertThat(namesEn("calamondin")).containsExactly("Kumquat Relief Network (test)");
		assertThat(namesEn("มะนาวจีน")).containsExactly("Kumquat Relief Network (test)");

		long version = added.json().get("version").asLong();
		var changed = coordinator.put("/api/v1/search-synonyms/" + id,
				Map.of("terms", List.of("calamondin", "citrofortunella"), "version", version), Map.of());
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(namesEn("calamondin")).isEmpty();

		var stale = coordinator.put("/api/v1/search-synonyms/" + id,
				Map.of("terms", List.of("calamondin", "kumquat"), "version", version), Map.of());
		assertThat(stale.status()).isEqualTo(409);

		var removed = coordinator.sendJson("/api/v1/search-synonyms/" + id + "?version=" + changed.json().get("version").asLong(),
				"DELETE", "", Map.of());
		assertThat(removed.status()).isEqualTo(204);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_synonym WHERE id = ?", Integer.class,
				java.util.UUID.fromString(id))).isZero();
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'SynonymGroup' AND entity_id = ? ORDER BY seq",
				String.class, id)).containsExactlyInAnyOrder("SEARCH_SYNONYMS_ADDED", "SEARCH_SYNONYMS_CHANGED", "SEARCH_SYNONYMS_REMOVED");
	}

	@Test
	void badGroupsAreRefusedNamingTheFieldInTheReadersLanguageAndNothingChanges() {
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM search_synonym", Integer.class);
		var one = coordinator.speaking("en").post("/api/v1/search-synonyms", Map.of("terms", List.of("lonely")));
		assertThat(one.status()).isEqualTo(422);
		assertThat(one.problemFields()).containsExactly("terms");
		assertThat(one.body()).contains("Give 2 to 20 words");
		var thai = coordinator.speaking("th").post("/api/v1/search-synonyms", Map.of("terms", List.of("a => b", "c")));
		assertThat(thai.status()).isEqualTo(422);
		assertThat(thai.problemFields()).containsExactly("terms");
		assertThat(thai.body()).contains("คำต้องขึ้นต้นด้วยตัวอักษรหรือตัวเลข");
		var twice = coordinator.post("/api/v1/search-synonyms", Map.of("terms", List.of("Shelter", "shelter")));
		assertThat(twice.status()).isEqualTo(422);
		assertThat(coordinator.post("/api/v1/search-synonyms", Map.of("terms", List.of("x".repeat(101), "y"))).status()).isEqualTo(422);
		assertThat(coordinator.post("/api/v1/search-synonyms", Map.of()).problemFields()).containsExactly("terms");
		assertThat(coordinator.sendJson("/api/v1/search-synonyms", "POST", "{\"terms\": \"not a list\"}", Map.of()).status())
			.isBetween(400, 499);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_synonym", Integer.class)).isEqualTo(before);
	}

	@Test
	void onlyNetworkCoordinatorsChangeTheList() {
		var orgAdmin = new Api(port).withToken(accounts.token(accounts.create("syn-orgadmin", Role.ORG_ADMIN)));
		assertThat(orgAdmin.post("/api/v1/search-synonyms", Map.of("terms", List.of("a1", "b1"))).status()).isEqualTo(403);
		assertThat(orgAdmin.get("/api/v1/search-synonyms").status()).isEqualTo(403);
		var member = new Api(port).withToken(accounts.token(accounts.create("syn-member", Role.MEMBER)));
		assertThat(member.post("/api/v1/search-synonyms", Map.of("terms", List.of("a1", "b1"))).status()).isEqualTo(403);
		assertThat(new Api(port).get("/api/v1/search-synonyms").status()).isEqualTo(401);
	}

	@Test
	void servicesAndTheirEverydayNamesFindWhoOffersThem() {
		create("บ้านพักเด็กและครอบครัวจังหวัดทดสอบค้น (ทดสอบ)", "Search Test Children and Family Shelter (test)", List.of("TH-12"),
				List.of(Map.of("code", "SHELTER", "twentyFourSeven", true)));
		for (String q : List.of("ที่พักพิง", "บ้านพัก", "shelter", "safe house", "สถานคุ้มครอง", "พักพิง")) {
			assertThat(namesEn(q)).as(q).contains("Search Test Children and Family Shelter (test)");
		}
	}

	@Test
	void numbersInPublicContactsAreFoundMembersOnlyOnesAreNot() {
		create("มูลนิธิสายด่วนทดสอบค้น (ทดสอบ)", "Search Test Hotline Foundation (test)", List.of(), List.of(),
				List.of(Map.of("name", "สายด่วน 1399", "phone", "1399", "membersOnly", false),
						Map.of("name", "ผู้ประสานงาน", "phone", "081-577-1577", "membersOnly", true)));
		assertThat(namesEn("1399")).containsExactly("Search Test Hotline Foundation (test)");
		assertThat(namesEn("1577")).doesNotContain("Search Test Hotline Foundation (test)");
		assertThat(namesEn("081-577-1577")).doesNotContain("Search Test Hotline Foundation (test)");
	}

	@Test
	void aPartOfAWordIsMarkedInTheResults() {
		var page = new th.tipnet.support.WebVisitor(port).get("/directory?q=" + URLEncoder.encode("กระจก", StandardCharsets.UTF_8));
		assertThat(page.body()).contains("มูลนิธิ<mark>กระจก</mark>เงา");
		var embassy = new th.tipnet.support.WebVisitor(port).get("/directory?q=" + URLEncoder.encode("สถานทูต", StandardCharsets.UTF_8));
		assertThat(embassy.body()).contains("<mark>สถานเอกอัครราชทูต</mark>");
	}

	private List<String> namesEn(String query) {
		var r = new Api(port).get("/api/v1/organizations?size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		r.json().get("items").forEach(i -> names.add(i.get("nameEn").asString()));
		return names;
	}

	private void create(String th, String en, List<String> provinces, List<Map<String, Object>> services) {
		create(th, en, provinces, services, List.of());
	}

	private void create(String th, String en, List<String> provinces, List<Map<String, Object>> services,
			List<Map<String, Object>> contacts) {
		Map<String, Object> body = new HashMap<>();
		body.put("nameTh", th);
		body.put("nameEn", en);
		body.put("sector", "NGO");
		body.put("provinces", provinces);
		body.put("services", services);
		body.put("contacts", contacts);
		var r = coordinator.post("/api/v1/organizations", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
	}
}
