package th.tipnet.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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

import tools.jackson.databind.JsonNode;

import th.tipnet.common.Dates;
import th.tipnet.identity.Role;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/**
 * Follow-up actions rolled up across forums (#16 item 4) on H2 and PostgreSQL: per owner organisation and per theme,
 * counts by status, overdue (by the application's clock), mean progress without the dropped ones and the oldest
 * overdue due date; each figure on the overview page links to the actions behind it; only signed-in members read
 * them; a wrong grouping or filter is 422 naming it in the reader's language.
 */
@IntegrationTest
class ActionRollupsIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	TestForums forums;

	Api chair;

	UUID forum;

	LocalDate forumDay;

	@BeforeEach
	void setUp() {
		forums = new TestForums(context, port);
		forum = forums.record(forums.planForumEvent("Rollups", Duration.ofDays(5)));
		forumDay = Instant.now().plus(Duration.ofDays(5)).atZone(Dates.BANGKOK).toLocalDate();
		chair = forums.as(forums.chair);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anOwnersActionsAreCountedByStatusWithOverdueMeanProgressAndOldestOverdue() {
		UUID owner = newOrganisation("Rollup owner");
		String input = raise("PROBLEM", "LEGAL_PROCESS", "คดีล่าช้าเพราะขาดล่าม");
		String lateOpen = agree(input, "จัดหาล่ามภาษาเมียนมา", owner, forumDay.plusDays(1));
		String lateStarted = agree(input, "อบรมล่ามศาล", owner, forumDay.plusDays(3));
		String done = agree(input, "ทำบัญชีล่าม", owner, forumDay.plusDays(60));
		String dropped = agree(input, "จ้างล่ามประจำ", owner, forumDay.plusDays(60));
		String notYet = agree(input, "ประชุมศาลจังหวัด", owner, forumDay.plusDays(60));
		report(lateStarted, Map.of("status", "IN_PROGRESS", "progress", 40, "note", "อบรมไปแล้วหนึ่งรุ่น"));
		report(done, Map.of("status", "DONE", "note", "ทำบัญชีแล้ว"));
		report(dropped, Map.of("status", "DROPPED", "reason", "งบประมาณไม่พอ"));

		Api reader = forums.as(forums.accounts.createIn(forums.organisation("a21"), null, "rollup-reader", Role.MEMBER));
		JsonNode before = row(reader.get("/api/v1/actions/rollup?by=owner"), "owner", owner.toString());
		assertThat(before.get("overdue").asLong()).as("nothing is late yet").isZero();
		assertThat(before.get("oldestOverdue") == null || before.get("oldestOverdue").isNull()).isTrue();

		clock.advance(Duration.ofDays(10));
		JsonNode figures = row(reader.get("/api/v1/actions/rollup?by=OWNER"), "owner", owner.toString());
		assertThat(figures.get("total").asLong()).isEqualTo(5);
		assertThat(figures.get("open").asLong()).isEqualTo(2);
		assertThat(figures.get("inProgress").asLong()).isEqualTo(1);
		assertThat(figures.get("done").asLong()).isEqualTo(1);
		assertThat(figures.get("dropped").asLong()).isEqualTo(1);
		assertThat(figures.get("overdue").asLong()).isEqualTo(2);
		assertThat(figures.get("meanProgress").asDouble()).as("(0 + 40 + 100 + 0) / 4, the dropped one left out").isEqualTo(35.0);
		assertThat(figures.get("oldestOverdue").asString()).isEqualTo(forumDay.plusDays(1).toString());

		// The page shows the same figures, each linking to the actions behind it; the link lists exactly those.
		WebVisitor visitor = new WebVisitor(port).speaking("en");
		visitor.signIn(forums.chair.username(), forums.chair.password());
		String page = ok(visitor.get("/actions/overview?by=owner"));
		String overdueLink = "/actions/list?owner=" + owner + "&amp;overdue=true";
		assertThat(page).contains("Rollup owner", overdueLink, "35%");
		String listed = ok(visitor.get("/actions/list?owner=" + owner + "&overdue=true"));
		assertThat(listed).contains("/actions/" + lateOpen, "/actions/" + lateStarted, "Actions: 2")
			.doesNotContain("/actions/" + notYet, "/actions/" + done);
		assertThat(ok(visitor.get("/actions/list?owner=" + owner + "&status=DROPPED"))).contains("/actions/" + dropped, "Actions: 1");
	}

	@Test
	void aThemesActionsAreCountedAcrossForums() {
		Api reader = forums.as(forums.accounts.createIn(forums.organisation("a21"), null, "theme-reader", Role.MEMBER));
		JsonNode before = rowOrEmpty(reader.get("/api/v1/actions/rollup?by=theme"), "theme", "REPATRIATION");
		UUID owner = forums.organisation("mirror-foundation");
		String input = raise("RECOMMENDATION", "REPATRIATION", "ประสานการส่งกลับกับประเทศต้นทาง");
		String first = agree(input, "ทำข้อตกลงส่งกลับ", owner, forumDay.plusDays(2));
		agree(input, "ติดตามผู้เสียหายหลังส่งกลับ", owner, forumDay.plusDays(90));
		report(first, Map.of("status", "DONE", "note", "ลงนามแล้ว"));
		clock.advance(Duration.ofDays(30));
		JsonNode after = row(reader.get("/api/v1/actions/rollup?by=theme"), "theme", "REPATRIATION");
		assertThat(after.get("total").asLong() - count(before, "total")).isEqualTo(2);
		assertThat(after.get("done").asLong() - count(before, "done")).isEqualTo(1);
		assertThat(after.get("open").asLong() - count(before, "open")).isEqualTo(1);

		// The theme's figures agree with the action list, read another way.
		JsonNode all = reader.get("/api/v1/actions?theme=REPATRIATION").json();
		long overdue = 0;
		double progress = 0;
		int counted = 0;
		for (JsonNode a : all) {
			overdue += a.get("overdue").asBoolean() ? 1 : 0;
			if (!"DROPPED".equals(a.get("status").asString())) {
				progress += a.get("progress").asInt();
				counted++;
			}
		}
		assertThat(after.get("total").asLong()).isEqualTo(all.size());
		assertThat(after.get("overdue").asLong()).isEqualTo(overdue);
		assertThat(after.get("meanProgress").asDouble()).isCloseTo(progress / counted, org.assertj.core.data.Offset.offset(0.05));
	}

	@Test
	void onlyMembersReadTheRollupAndAWrongGroupingOrFilterIsNamed() {
		assertThat(new Api(port).get("/api/v1/actions/rollup?by=owner").status()).isEqualTo(401);
		HttpResponse<String> anonymous = new WebVisitor(port).get("/actions/overview");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");

		Api thai = forums.as(forums.chair).speaking("th");
		Api.Response wrong = thai.get("/api/v1/actions/rollup?by=province");
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.problemFields()).containsExactly("by");
		assertThat(wrong.body()).contains("เลือกจัดกลุ่มตามหน่วยงานผู้รับผิดชอบหรือตามประเด็น");
		assertThat(thai.get("/api/v1/actions/rollup").problemFields()).containsExactly("by");

		WebVisitor visitor = new WebVisitor(port).speaking("en");
		visitor.signIn(forums.chair.username(), forums.chair.password());
		assertThat(visitor.get("/actions/list?status=SOMEDAY").statusCode()).isEqualTo(422);
		assertThat(visitor.get("/actions/overview?by=province").statusCode()).isEqualTo(422);
	}

	private UUID newOrganisation(String nameEn) {
		UUID id = UUID.randomUUID();
		jdbc.update("INSERT INTO organisation (id, name_th, name_en, sector, status, created_at, updated_at, version) "
				+ "VALUES (?, ?, ?, 'GOVERNMENT_PROVINCIAL', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", id,
				"หน่วยงานทดสอบ " + id.toString().substring(0, 6), nameEn + " " + id.toString().substring(0, 6));
		return id;
	}

	private String raise(String kind, String theme, String text) {
		Api.Response r = chair.post("/api/v1/forums/" + forum + "/inputs",
				TestForums.input(forums.organisation("dof").toString(), kind, theme, text, List.of()));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private String agree(String input, String what, UUID owner, LocalDate due) {
		Map<String, Object> body = new HashMap<>();
		body.put("inputId", input);
		body.put("what", what);
		body.put("ownerOrganisationId", owner.toString());
		body.put("dueOn", due.toString());
		Api.Response r = chair.post("/api/v1/actions", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private void report(String action, Map<String, Object> report) {
		long version = chair.get("/api/v1/actions/" + action).json().get("version").asLong();
		Map<String, Object> body = new HashMap<>(report);
		body.put("version", version);
		Api.Response r = chair.post("/api/v1/actions/" + action + "/updates", body);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
	}

	private static JsonNode row(Api.Response r, String key, String value) {
		JsonNode found = rowOrEmpty(r, key, value);
		assertThat(found).as("a row for %s in %s", value, r.body()).isNotNull();
		return found;
	}

	private static JsonNode rowOrEmpty(Api.Response r, String key, String value) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		for (JsonNode row : r.json()) {
			if (value.equals(row.get(key).asString())) {
				return row;
			}
		}
		return null;
	}

	private static long count(JsonNode row, String field) {
		return row == null ? 0 : row.get(field).asLong();
	}

	private static String ok(HttpResponse<String> page) {
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return page.body();
	}
}
