package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

import th.tipnet.common.DomainException;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/** The award rounds as visitors, API clients and the secretariat meet them. */
@IntegrationTest
class AwardRoundsIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Awards awards;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
	}

	@Test
	void aFreshInstallHoldsThe2567RoundWithItsFourCategoriesAndARoundOpenForNominations() {
		var list = new Api(port).get("/api/v1/award-rounds");

		assertThat(list.status()).isEqualTo(200);
		JsonNode day = round(list.json(), 2567);
		assertThat(day.get("yearCe").asInt()).isEqualTo(2024);
		assertThat(day.get("titleTh").asString()).isEqualTo("รางวัลวันต่อต้านการค้ามนุษย์ ประจำปี 2567");
		assertThat(day.get("awards").asInt()).isEqualTo(29);
		assertThat(day.get("phase").asString()).isEqualTo("ANNOUNCED");
		assertThat(day.get("announcementAt").asString()).isEqualTo("2024-06-05T01:30:00Z");
		List<String> phases = new ArrayList<>();
		list.json().get("items").forEach(r -> phases.add(r.get("phase").asString()));
		assertThat(phases).contains("NOMINATING");

		var categories = new Api(port).get("/api/v1/award-rounds/" + day.get("id").asString() + "/categories");
		assertThat(categories.status()).isEqualTo(200);
		List<String> rows = new ArrayList<>();
		categories.json().get("items").forEach(c -> rows.add(c.get("code").asString() + " " + c.get("nomineeKind").asString()
				+ " " + c.get("quota").asInt() + " " + c.get("prize").get("plaque").asBoolean()));
		assertThat(rows).containsExactly("MODEL_PERSON PERSON 3 true", "OUTSTANDING_PERSON PERSON 15 true",
				"OUTSTANDING_AGENCY ORGANISATION 6 true", "MODEL_PROVINCE PROVINCE 5 true");
		JsonNode province = categories.json().get("items").get(3);
		assertThat(province.get("nameTh").asString()).isEqualTo("จังหวัดต้นแบบขับเคลื่อนกลไกการส่งต่อระดับชาติ");
		assertThat(province.get("nameEn").asString()).isEqualTo("Model province driving the National Referral Mechanism");
		assertThat(province.get("prize").get("amountBaht").decimalValue()).isPositive();
		assertThat(province.get("eligibility").size()).isGreaterThan(0);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'AWARD_ROUND_OPENED' AND entity_id = ?",
				Integer.class, day.get("id").asString())).isEqualTo(1);
	}

	@Test
	void theRoundPagesShowTheWindowsInTheBuddhistEraInThaiAndTheCommonEraInEnglish() {
		String id = round(new Api(port).get("/api/v1/award-rounds").json(), 2567).get("id").asString();

		var list = new WebVisitor(port).get("/awards");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("รางวัลวันต่อต้านการค้ามนุษย์ ประจำปี 2567").contains("29 รางวัล ใน 4 ประเภท")
			.contains("ประกาศผลแล้ว").contains("เปิดรับการเสนอชื่อ").contains("href=\"/awards/rounds/" + id + "\"");
		var thai = new WebVisitor(port).get("/awards/rounds/" + id);
		assertThat(thai.statusCode()).isEqualTo(200);
		assertThat(thai.body()).contains("5 มิ.ย. 2567 08:30").contains("บุคคลต้นแบบ").contains("บุคคลดีเด่น")
			.contains("หน่วยงานดีเด่น").contains("3 รางวัล").contains("15 รางวัล")
			.contains("โล่ประกาศเกียรติคุณและเงินรางวัล 20,000 บาท").contains("หน่วยงานในทำเนียบเครือข่าย");
		var english = new WebVisitor(port).speaking("en").get("/awards/rounds/" + id);
		assertThat(english.body()).contains("Anti-Human Trafficking Day Awards 2024").contains("5 Jun 2024 08:30")
			.contains("Model person").contains("A plaque of honour and 20,000 baht prize money").doesNotContain("2567");
	}

	@Test
	void aRoundThatDoesNotExistIs404OnThePageAndTheApi() {
		String nothing = "/awards/rounds/00000000-0000-0000-0000-000000000001";
		assertThat(new WebVisitor(port).get(nothing).statusCode()).isEqualTo(404);
		assertThat(new Api(port).get("/api/v1/award-rounds/00000000-0000-0000-0000-000000000001/categories").status())
			.isEqualTo(404);
	}

	@Test
	void onlyTheSecretariatOpensARoundAndAYearHasOneRound() {
		TestAccounts.Account member = accounts.create("awards-member", Role.MEMBER, Role.ORG_ADMIN);
		TestAccounts.Account coordinator = accounts.create("awards-coordinator", Role.NETWORK_COORDINATOR);
		int before = rounds();

		assertThatThrownBy(() -> as(member, () -> awards.open(plan(2700, windows())))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).status().value()).isEqualTo(403);
		AwardRound opened = as(coordinator, () -> awards.open(plan(2700, windows())));
		assertThat(opened.yearBe()).isEqualTo(2700);
		assertThat(opened.awards()).isEqualTo(29);
		assertThatThrownBy(() -> as(coordinator, () -> awards.open(plan(2700, windows())))).isInstanceOf(DomainException.class)
			.satisfies(e -> {
				assertThat(((DomainException) e).status().value()).isEqualTo(409);
				assertThat(((DomainException) e).field()).isEqualTo("yearBe");
			});
		assertThat(rounds()).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("SELECT actor_name FROM audit_entry WHERE action = 'AWARD_ROUND_OPENED' AND entity_id = ?",
				String.class, opened.id().toString())).isEqualTo(coordinator.username());
	}

	@Test
	void windowsOutOfOrderAreRefusedNamingTheFieldAndNothingIsStored() {
		TestAccounts.Account coordinator = accounts.create("awards-windows", Role.NETWORK_COORDINATOR);
		Instant t = Instant.parse("2030-01-01T00:00:00Z");
		Windows judgingBeforeNominationsClose = new Windows(t, t.plus(Duration.ofDays(10)), t.plus(Duration.ofDays(5)),
				t.plus(Duration.ofDays(20)), t.plus(Duration.ofDays(30)));
		int before = rounds();

		assertThatThrownBy(() -> as(coordinator, () -> awards.open(plan(2701, judgingBeforeNominationsClose))))
			.isInstanceOf(DomainException.class)
			.satisfies(e -> {
				assertThat(((DomainException) e).status().value()).isEqualTo(422);
				assertThat(((DomainException) e).field()).isEqualTo("judgingOpen");
			});
		assertThat(rounds()).isEqualTo(before);
	}

	private int rounds() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM award_round", Integer.class);
	}

	static Windows windows() {
		Instant t = Instant.parse("2030-01-01T00:00:00Z");
		return new Windows(t, t.plus(Duration.ofDays(10)), t.plus(Duration.ofDays(12)), t.plus(Duration.ofDays(20)),
				t.plus(Duration.ofDays(30)));
	}

	static AwardRound.Plan plan(int yearBe, Windows windows) {
		return new AwardRound.Plan(yearBe, "รางวัลทดสอบ " + yearBe, "Test awards " + yearBe, windows, false,
				DemoAwards.categories());
	}

	private static JsonNode round(JsonNode list, int yearBe) {
		for (JsonNode r : list.get("items")) {
			if (r.get("yearBe").asInt() == yearBe) {
				return r;
			}
		}
		throw new AssertionError("no round of " + yearBe);
	}

	private <T> T as(TestAccounts.Account account, Supplier<T> body) {
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(account));
		try {
			return body.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
