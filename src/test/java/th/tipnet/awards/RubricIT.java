package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
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
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/**
 * The secretariat edits a category's rubric on its page and over the API until a judge scores the
 * category: the whole rubric checked at once, every fault named in the reader's language, nothing
 * changed on a refusal, each revision audited with the rubric before and after.
 */
@IntegrationTest
class RubricIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Panels panels;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	AwardsScene scene;

	TestAccounts accounts;

	TestAccounts.Account secretariat;

	AwardRound round;

	UUID agency;

	@BeforeEach
	void setUp() {
		scene = new AwardsScene(context, port);
		accounts = scene.accounts();
		secretariat = accounts.create("rubric-secretariat", Role.NETWORK_COORDINATOR);
		round = scene.openRound(secretariat);
		agency = AwardsScene.agency(round);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theSecretariatRevisesARubricOverTheApiKeepingTheIdsOfTheCriteriaItKeepsAndTheAuditHasBeforeAndAfter() {
		Api api = api(secretariat, "th");
		var before = new Api(port).get(criteria()).json();
		assertThat(before.get("items")).hasSize(4);
		assertThat(before.get("locked").asBoolean()).isFalse();
		assertThat(before.get("highestScore").asInt()).isEqualTo(10);
		String first = before.get("items").get(0).get("id").asString();

		var revised = api.put(criteria(), Map.of("criteria", List.of(criterion("ผลการดำเนินงาน", "Results", 50),
				criterion("การทำงานร่วมกับเครือข่าย", "Working with the network", 30),
				criterion("ความยั่งยืน", "Lasting results", 20))), Map.of());
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
		assertThat(revised.json().get("items")).hasSize(3);
		assertThat(revised.json().get("items").get(0).get("id").asString()).isEqualTo(first);
		assertThat(jdbc.queryForList("SELECT weight FROM award_criterion WHERE category_id = ? ORDER BY position", Integer.class, agency))
			.containsExactly(50, 30, 20);
		String changes = jdbc.queryForObject("SELECT changes FROM audit_entry WHERE entity_id = ? AND action = 'AWARD_RUBRIC_REVISED'",
				String.class, agency.toString());
		assertThat(changes).contains("The year's results (35)").contains("Results (50)").contains("Lasting results (20)");

		assertThat(api(secretariat, "th").put("/api/v1/award-rounds/" + round.id() + "/categories/" + UUID.randomUUID() + "/criteria",
				Map.of("criteria", List.of(criterion("ก", "A", 1))), Map.of()).status()).isEqualTo(404);
		TestAccounts.Account nominator = accounts.createIn(directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id(), null,
				"rubric-nominator", Role.ORG_ADMIN);
		assertThat(api(nominator, "th").put(criteria(), Map.of("criteria", List.of(criterion("ก", "A", 1))), Map.of()).status())
			.isEqualTo(403);
	}

	@Test
	void badCriteriaAreRefusedWith422NamingEveryFieldInTheReadersLanguageAndNothingChanges() {
		List<Integer> weights = weights();
		var empty = api(secretariat, "th").put(criteria(), Map.of("criteria", List.of()), Map.of());
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.problemFields()).containsExactly("criteria");
		assertThat(empty.body()).contains("เกณฑ์การให้คะแนนต้องมี 1 ถึง 12 เกณฑ์");
		List<Map<String, Object>> thirteen = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			thirteen.add(criterion("เกณฑ์ " + i, "Criterion " + i, 5));
		}
		assertThat(api(secretariat, "en").put(criteria(), Map.of("criteria", thirteen), Map.of()).body())
			.contains("A rubric has 1 to 12 criteria");

		Map<String, Object> noWeight = new HashMap<>();
		noWeight.put("nameTh", "ไม่มีน้ำหนัก");
		noWeight.put("nameEn", "No weight");
		var bad = api(secretariat, "en").put(criteria(), Map.of("criteria", List.of(criterion("ดี", " ", 10),
				criterion("หนัก", "Heavy", 101), noWeight, criterion("x".repeat(201), "Long", 5))), Map.of());
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.problemFields()).containsExactly("criteria[0].nameEn", "criteria[1].weight", "criteria[2].weight",
				"criteria[3].nameTh");
		assertThat(bad.body()).contains("The weight must be from 1 to 100");
		assertThat(weights()).isEqualTo(weights);
	}

	@Test
	void onThePageAnEmptiedRowRemovesACriterionAndAWeightThatIsNoNumberIsNamedBesideItsField() {
		WebVisitor web = new WebVisitor(port);
		web.signIn(secretariat.username(), secretariat.password());
		String page = web.get(rubricPage() + "?lang=th").body();
		assertThat(page).contains("เกณฑ์การให้คะแนน:").contains("ผลการดำเนินงานในรอบปี").contains("ตั้งแต่ 1 ถึง 10");
		assertThat(web.get("/awards/rounds/" + round.id()).body()).contains("data-testid=\"rubric-link\"");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("criteria[0].nameTh", "ผลการดำเนินงาน");
		form.put("criteria[0].nameEn", "Results");
		form.put("criteria[0].weight", "สามสิบ");
		form.put("criteria[1].nameTh", "");
		form.put("criteria[1].nameEn", "");
		form.put("criteria[1].weight", "");
		form.put("criteria[2].nameTh", "ความยั่งยืน");
		form.put("criteria[2].nameEn", "");
		form.put("criteria[2].weight", "20");
		var refused = web.post(rubricPage(), form);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("น้ำหนักต้องอยู่ระหว่าง").contains("aria-invalid=\"true\"");
		assertThat(weights()).containsExactly(35, 25, 25, 15);

		form.put("criteria[0].weight", "70");
		form.put("criteria[2].nameEn", "Lasting results");
		var saved = web.post(rubricPage(), form);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(weights()).containsExactly(70, 20);
		assertThat(web.get(rubricPage() + "?lang=en").body()).contains("The rubric is saved").contains("Lasting results");
	}

	@Test
	void onceAJudgeHasScoredTheCategoryItsRubricIsLockedOnThePageAndOverTheApi() {
		TestAccounts.Account nominator = accounts.createIn(directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id(), null,
				"rubric-lock-nominator", Role.ORG_ADMIN);
		TestAccounts.Account judge = accounts.createIn(directory.organisationByReferenceKey("hug-project").orElseThrow().id(), null,
				"rubric-judge", Role.JUDGE);
		String nomination = scene.nominate(nominator, round, "stella-maris", true);
		scene.as(secretariat, () -> panels.seat(round.id(), agency, judge.id()));
		scene.checkEligible(secretariat, round, nomination);
		clock.advance(Duration.ofDays(13));
		UUID criterion = jdbc.queryForObject("SELECT id FROM award_criterion WHERE category_id = ? AND position = 0", UUID.class, agency);
		var scored = api(judge, "th").put("/api/v1/nominations/" + nomination + "/scores",
				Map.of("scores", List.of(Map.of("criterionId", criterion.toString(), "score", 8))), Map.of());
		assertThat(scored.status()).as(scored.body()).isEqualTo(200);

		var locked = api(secretariat, "th").put(criteria(), Map.of("criteria", List.of(criterion("ก", "A", 1))), Map.of());
		assertThat(locked.status()).isEqualTo(409);
		assertThat(locked.body()).contains("แก้ไขเกณฑ์ของ").contains("มีกรรมการให้คะแนนในประเภทนี้แล้ว");
		assertThat(api(secretariat, "en").put(criteria(), Map.of("criteria", List.of(criterion("ก", "A", 1))), Map.of()).body())
			.contains("a judge has scored this category");
		assertThat(new Api(port).get(criteria()).json().get("locked").asBoolean()).isTrue();

		WebVisitor web = new WebVisitor(port);
		web.signIn(secretariat.username(), secretariat.password());
		String page = web.get(rubricPage() + "?lang=th").body();
		assertThat(page).contains("data-testid=\"rubric-locked\"").doesNotContain("data-testid=\"save-rubric\"");
		var posted = web.post(rubricPage(), Map.of("criteria[0].nameTh", "ก", "criteria[0].nameEn", "A", "criteria[0].weight", "1"));
		assertThat(posted.statusCode()).isEqualTo(409);
		assertThat(weights()).containsExactly(35, 25, 25, 15);
	}

	private List<Integer> weights() {
		return jdbc.queryForList("SELECT weight FROM award_criterion WHERE category_id = ? ORDER BY position", Integer.class, agency);
	}

	private static Map<String, Object> criterion(String nameTh, String nameEn, int weight) {
		Map<String, Object> c = new HashMap<>();
		c.put("nameTh", nameTh);
		c.put("nameEn", nameEn);
		c.put("weight", weight);
		return c;
	}

	private String criteria() {
		return "/api/v1/award-rounds/" + round.id() + "/categories/" + agency + "/criteria";
	}

	private String rubricPage() {
		return "/awards/rounds/" + round.id() + "/categories/" + agency + "/rubric";
	}

	private Api api(TestAccounts.Account account, String language) {
		return scene.api(account, language);
	}
}
