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
import th.tipnet.support.WebVisitor;

/**
 * Across forums (#16 item 4) on H2 and PostgreSQL: a theme raised again at a later forum is a recurring problem,
 * listed with its history (each forum, when, by whom, the text, the actions and their status); a recommendation's
 * timeline runs from the forum that raised it through its actions, milestones and updates to the later forum that
 * reviewed it; only that forum's chair or recorders review, and a wrong review is 422 naming each field with nothing
 * stored.
 */
@IntegrationTest
class RecurringAndTimelineIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TestForums forums;

	Api chair;

	UUID first;

	UUID second;

	LocalDate firstDay;

	@BeforeEach
	void setUp() {
		forums = new TestForums(context, port);
		first = forums.record(forums.planForumEvent("Recurring first", Duration.ofDays(5)));
		second = forums.record(forums.planForumEvent("Recurring second", Duration.ofDays(8)));
		firstDay = Instant.now().plus(Duration.ofDays(5)).atZone(Dates.BANGKOK).toLocalDate();
		chair = forums.as(forums.chair);
	}

	@Test
	void aThemeRaisedAgainAtALaterForumIsShownWithItsHistory() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String recommendation = raise(first, "mirror-foundation", "RECOMMENDATION", "DATA_SHARING",
				"แบ่งปันข้อมูลผู้เสียหายระหว่างหน่วยงาน " + marker);
		String action = agree(recommendation, "ทำข้อตกลงแลกเปลี่ยนข้อมูล " + marker, "mirror-foundation", firstDay.plusDays(30), List.of());
		raise(second, "dof", "PROBLEM", "DATA_SHARING", "ยังแลกเปลี่ยนข้อมูลไม่ได้ " + marker);

		Api reader = forums.as(forums.accounts.createIn(forums.organisation("a21"), null, "recurring-reader", Role.MEMBER));
		Api.Response recurring = reader.get("/api/v1/forums/recurring");
		assertThat(recurring.status()).as(recurring.body()).isEqualTo(200);
		JsonNode dataSharing = null;
		for (JsonNode t : recurring.json()) {
			if ("DATA_SHARING".equals(t.get("theme").asString())) {
				dataSharing = t;
			}
			assertThat(t.get("forums").asLong()).as("only themes raised at two forums or more").isGreaterThanOrEqualTo(2);
		}
		assertThat(dataSharing).as(recurring.body()).isNotNull();
		assertThat(dataSharing.get("openActions").asLong()).isGreaterThanOrEqualTo(1);

		WebVisitor visitor = new WebVisitor(port).speaking("en");
		visitor.signIn(forums.chair.username(), forums.chair.password());
		assertThat(ok(visitor.get("/forums/recurring"))).contains("/forums/recurring/DATA_SHARING", "Data sharing");
		String history = ok(visitor.get("/forums/recurring/DATA_SHARING"));
		int atFirst = history.indexOf("แบ่งปันข้อมูลผู้เสียหายระหว่างหน่วยงาน " + marker);
		int atSecond = history.indexOf("ยังแลกเปลี่ยนข้อมูลไม่ได้ " + marker);
		assertThat(atFirst).as("the first forum's input is shown").isPositive();
		assertThat(atSecond).as("the later forum's input comes after").isGreaterThan(atFirst);
		assertThat(history).contains("Recurring first", "Recurring second", "/actions/" + action, "Open 0%",
				"/recommendations/" + recommendation, "Mirror Foundation", "Department of Fisheries");
		assertThat(visitor.get("/forums/recurring/NO_SUCH_THEME").statusCode()).isEqualTo(404);
	}

	@Test
	void aRecommendationsTimelineRunsFromTheForumThatRaisedItToTheForumThatReviewedIt() {
		String recommendation = raise(first, "mirror-foundation", "RECOMMENDATION", "ONLINE_CYBER", "ตั้งช่องทางแจ้งเบาะแสออนไลน์ร่วมกัน");
		String action = agree(recommendation, "เปิดช่องทางแจ้งเบาะแส", "mirror-foundation", firstDay.plusDays(30),
				List.of(Map.of("title", "ออกแบบแบบฟอร์ม", "dueOn", firstDay.plusDays(10).toString())));
		JsonNode read = chair.get("/api/v1/actions/" + action).json();
		Api.Response progressed = chair.post("/api/v1/actions/" + action + "/updates", Map.of("version", read.get("version").asLong(),
				"status", "IN_PROGRESS", "progress", 60, "note", "เปิดทดลองแล้ว", "link", "https://example.org/tipline"));
		assertThat(progressed.status()).as(progressed.body()).isEqualTo(200);

		Api.Response reviewed = chair.post("/api/v1/recommendations/" + recommendation + "/reviews", review(second.toString(), action,
				"PARTLY_ACHIEVED", "เปิดช่องทางแล้วแต่ยังไม่ครบทุกภาษา"));
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
		assertThat(reviewed.json().get("outcome").asString()).isEqualTo("PARTLY_ACHIEVED");

		Api reader = forums.as(forums.accounts.createIn(forums.organisation("a21"), null, "timeline-reader", Role.MEMBER));
		JsonNode steps = reader.get("/api/v1/recommendations/" + recommendation + "/timeline").json();
		assertThat(steps.findValuesAsString("step")).containsExactly("RAISED", "AGREED", "UPDATE", "REVIEWED", "MILESTONE");
		assertThat(steps.get(0).get("forumId").asString()).isEqualTo(first.toString());
		assertThat(steps.get(2).get("link").asString()).isEqualTo("https://example.org/tipline");
		assertThat(steps.get(3).get("forumId").asString()).isEqualTo(second.toString());
		assertThat(steps.get(3).get("what").asString()).isEqualTo("เปิดช่องทางแจ้งเบาะแส");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'FORUM_RECOMMENDATION_REVIEWED' "
				+ "AND entity_type = 'ForumReview' AND entity_id IN (SELECT CAST(id AS VARCHAR(36)) FROM forum_review WHERE input_id = ?)",
				Long.class, UUID.fromString(recommendation))).isEqualTo(1);

		// The page: one ordered list, dates in the Buddhist era in Thai.
		WebVisitor visitor = new WebVisitor(port).speaking("th");
		visitor.signIn(forums.chair.username(), forums.chair.password());
		String page = ok(visitor.get("/recommendations/" + recommendation + "?lang=th"));
		assertThat(page).contains("<ol class=\"path\"", "เสนอในเวที", "ทบทวนในเวทีครั้งถัดไป", "บรรลุผลบางส่วน",
				String.valueOf(firstDay.getYear() + 543));
		assertThat(reader.get("/api/v1/recommendations/" + UUID.randomUUID() + "/timeline").status()).isEqualTo(404);
	}

	@Test
	void aWrongReviewIsRefusedNamingEachFieldAndOnlyTheLaterForumsChairOrRecordersReview() {
		String recommendation = raise(first, "mirror-foundation", "RECOMMENDATION", "REFERRAL", "ส่งต่อผู้เสียหายภายใน 24 ชั่วโมง");
		String problem = raise(first, "dof", "PROBLEM", "REFERRAL", "ส่งต่อช้า");
		String otherAction = agree(problem, "ทำแนวทางส่งต่อ", "dof", firstDay.plusDays(30), List.of());
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM forum_review", Long.class);
		Api thai = forums.as(forums.chair).speaking("th");

		Api.Response sameForum = thai.post("/api/v1/recommendations/" + recommendation + "/reviews", review(first.toString(), null,
				"ACHIEVED", "ทำแล้ว"));
		assertThat(sameForum.status()).isEqualTo(422);
		assertThat(sameForum.problemFields()).containsExactly("forumId");
		assertThat(sameForum.body()).contains("เวทีที่ทบทวนต้องจัดหลังเวทีที่เสนอข้อเสนอแนะนี้");
		Api.Response empty = thai.post("/api/v1/recommendations/" + recommendation + "/reviews", review(second.toString(), otherAction,
				"SOMEHOW", " "));
		assertThat(empty.problemFields()).containsExactlyInAnyOrder("outcome", "note", "actionId");
		assertThat(empty.body()).contains("ต้องเลือกผลการทบทวน", "ต้องเลือกการติดตามผลของข้อเสนอแนะนี้");
		assertThat(thai.post("/api/v1/recommendations/" + recommendation + "/reviews", review("not-an-id", null, "ACHIEVED", "x"))
			.problemFields()).containsExactly("forumId");
		assertThat(thai.post("/api/v1/recommendations/" + problem + "/reviews", review(second.toString(), null, "ACHIEVED", "x"))
			.status()).as("a problem has no review").isEqualTo(404);
		Api stranger = forums.as(forums.accounts.createIn(forums.organisation("a21"), null, "review-stranger", Role.MEMBER));
		assertThat(stranger.post("/api/v1/recommendations/" + recommendation + "/reviews", review(second.toString(), null, "ACHIEVED",
				"ทำแล้ว")).status()).isEqualTo(403);
		assertThat(new Api(port).get("/api/v1/recommendations/" + recommendation + "/timeline").status()).isEqualTo(401);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM forum_review", Long.class)).isEqualTo(before);

		// The page's form answers beside the field, in Thai, and nothing is stored.
		WebVisitor visitor = new WebVisitor(port).speaking("th");
		visitor.signIn(forums.chair.username(), forums.chair.password());
		HttpResponse<String> refused = visitor.post("/recommendations/" + recommendation + "/reviews?lang=th",
				Map.of("forumId", second.toString(), "outcome", "", "note", ""));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("ต้องเลือกผลการทบทวน");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM forum_review", Long.class)).isEqualTo(before);
	}

	private String raise(UUID forum, String organisation, String kind, String theme, String text) {
		Api.Response r = chair.post("/api/v1/forums/" + forum + "/inputs",
				TestForums.input(forums.organisation(organisation).toString(), kind, theme, text, List.of()));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private String agree(String input, String what, String owner, LocalDate due, List<Map<String, String>> milestones) {
		Map<String, Object> body = new HashMap<>();
		body.put("inputId", input);
		body.put("what", what);
		body.put("ownerOrganisationId", forums.organisation(owner).toString());
		body.put("dueOn", due.toString());
		body.put("milestones", milestones);
		Api.Response r = chair.post("/api/v1/actions", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private static Map<String, Object> review(String forumId, String actionId, String outcome, String note) {
		Map<String, Object> body = new HashMap<>();
		body.put("forumId", forumId);
		body.put("actionId", actionId);
		body.put("outcome", outcome);
		body.put("note", note);
		return body;
	}

	private static String ok(HttpResponse<String> page) {
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return page.body();
	}
}
