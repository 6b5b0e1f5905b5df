package th.tipnet.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * Follow-up actions of forums (#16 items 3, 6, 7) on H2 and PostgreSQL: the chair agrees actions on what was
 * raised, each with an owner organisation, a due date not before the forum and milestones; the owner's member
 * reports progress and marks one done with evidence, every change kept as its history; the list filters by
 * owner, status, theme and overdue (by the application's clock); bad input is 422 naming the field in the reader's
 * language with nothing changed, and a report on a closed action is 409.
 */
@IntegrationTest
class ActionsIT {

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

	String problem;

	String recommendation;

	LocalDate forumDay;

	@BeforeEach
	void setUp() {
		forums = new TestForums(context, port);
		UUID event = forums.planForumEvent("Actions", Duration.ofDays(5));
		forumDay = java.time.Instant.now().plus(Duration.ofDays(5)).atZone(Dates.BANGKOK).toLocalDate();
		forum = forums.record(event);
		chair = forums.as(forums.chair);
		problem = chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(forums.organisation("dof").toString(),
				"PROBLEM", "FISHERIES", "ลูกเรือถูกยึดเอกสาร", List.of("TH-90"))).json().get("id").asString();
		recommendation = chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(
				forums.organisation("mirror-foundation").toString(), "RECOMMENDATION", "ONLINE_CYBER", "ช่องทางแจ้งเบาะแสร่วมกัน",
				List.of())).json().get("id").asString();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theOwnerReportsProgressAndMarksAnActionDoneWithEvidenceKeptAsItsHistory() {
		String fisheries = forums.organisation("dof").toString();
		Api.Response agreed = chair.post("/api/v1/actions", action(problem, "ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา", fisheries,
				forumDay.plusDays(30).toString(), List.of(Map.of("title", "วางแผนการตรวจ"), Map.of("title", "ตรวจเรือ"))));
		assertThat(agreed.status()).as(agreed.body()).isEqualTo(201);
		JsonNode a = agreed.json();
		assertThat(a.get("status").asString()).isEqualTo("OPEN");
		assertThat(a.get("theme").asString()).isEqualTo("FISHERIES");
		assertThat(a.get("milestones")).hasSize(2);
		String id = a.get("id").asString();

		TestAccounts.Account owner = forums.accounts.createIn(forums.organisation("dof"), null, "action-owner", Role.MEMBER);
		Api ownerApi = forums.as(owner);
		Api.Response progressed = ownerApi.post("/api/v1/actions/" + id + "/updates", Map.of("version", a.get("version").asLong(),
				"status", "IN_PROGRESS", "progress", 40, "note", "วางแผนการตรวจแล้ว"));
		assertThat(progressed.status()).as(progressed.body()).isEqualTo(200);
		Api.Response done = ownerApi.post("/api/v1/actions/" + id + "/updates", Map.of("version",
				progressed.json().get("version").asLong(), "status", "DONE", "note", "ตรวจเรือ 12 ลำ",
				"link", "https://example.org/report.pdf"));
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		JsonNode history = done.json().get("updates");
		assertThat(history).hasSize(3);
		assertThat(history.findValuesAsString("status")).containsExactly("OPEN", "IN_PROGRESS", "DONE");
		assertThat(history.get(2).get("progress").asInt()).isEqualTo(100);
		assertThat(history.get(2).get("link").asString()).isEqualTo("https://example.org/report.pdf");
		assertThat(ownerApi.post("/api/v1/actions/" + id + "/updates", Map.of("version", done.json().get("version").asLong(),
				"status", "IN_PROGRESS")).status()).as("done is final").isEqualTo(409);

		// Another organisation's member may not report on it; a stale version is refused.
		Api stranger = forums.as(forums.accounts.createIn(forums.organisation("a21"), null, "action-stranger", Role.MEMBER));
		assertThat(stranger.post("/api/v1/actions/" + id + "/updates", Map.of("version", 0, "progress", 10)).status()).isEqualTo(403);
		assertThat(stranger.get("/api/v1/actions/" + id).status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'FORUM_ACTION_REPORTED'",
				Long.class, id)).isEqualTo(2);
	}

	@Test
	void theListFiltersByOwnerStatusThemeAndOverdue() {
		UUID owner = forums.organisation("mirror-foundation");
		String late = chair.post("/api/v1/actions", action(recommendation, "เปิดช่องทางแจ้งเบาะแส", owner.toString(),
				forumDay.plusDays(1).toString(), null)).json().get("id").asString();
		String later = chair.post("/api/v1/actions", action(recommendation, "อบรมเจ้าหน้าที่", owner.toString(),
				forumDay.plusDays(60).toString(), null)).json().get("id").asString();
		Api reader = forums.as(forums.accounts.createIn(forums.organisation("a21"), null, "action-reader", Role.MEMBER));
		assertThat(ids(reader.get("/api/v1/actions?owner=" + owner + "&theme=ONLINE_CYBER"))).contains(late, later);
		assertThat(ids(reader.get("/api/v1/actions?owner=" + owner + "&overdue=true"))).doesNotContain(late, later);

		clock.advance(Duration.ofDays(10));
		List<String> overdue = ids(reader.get("/api/v1/actions?owner=" + owner + "&overdue=true"));
		assertThat(overdue).contains(late).doesNotContain(later);
		assertThat(ids(reader.get("/api/v1/actions?owner=" + owner + "&status=OPEN&overdue=false"))).contains(later).doesNotContain(late);
		assertThat(ids(reader.get("/api/v1/actions?theme=FISHERIES"))).doesNotContain(late, later);
		assertThat(reader.get("/api/v1/actions?status=SOMEDAY").status()).isEqualTo(422);
	}

	@Test
	void badActionsAndReportsAreRefusedNamingTheFieldAndNothingChanges() {
		long before = count("forum_action");
		Api thai = forums.as(forums.chair).speaking("th");
		Api.Response noOwnerNoDue = thai.post("/api/v1/actions", action(problem, "ตรวจเรือ", null, null, null));
		assertThat(noOwnerNoDue.status()).isEqualTo(422);
		assertThat(noOwnerNoDue.problemFields()).containsExactlyInAnyOrder("ownerOrganisationId", "dueOn");
		assertThat(noOwnerNoDue.body()).contains("ต้องระบุหน่วยงานผู้รับผิดชอบ", "ต้องระบุกำหนดเสร็จ");
		Api.Response beforeForum = thai.post("/api/v1/actions", action(problem, "ตรวจเรือ", forums.organisation("dof").toString(),
				forumDay.minusDays(1).toString(), null));
		assertThat(beforeForum.problemFields()).containsExactly("dueOn");
		assertThat(beforeForum.body()).contains("กำหนดเสร็จต้องไม่ก่อนวันจัดเวที");
		assertThat(forums.as(forums.chair).post("/api/v1/actions", action(UUID.randomUUID().toString(), "x",
				forums.organisation("dof").toString(), forumDay.toString(), null)).problemFields()).containsExactly("inputId");
		Api outsider = forums.as(forums.accounts.createIn(forums.organisation("a21"), null, "action-outsider", Role.MEMBER));
		assertThat(outsider.post("/api/v1/actions", action(problem, "ตรวจเรือ", forums.organisation("dof").toString(),
				forumDay.toString(), null)).status()).isEqualTo(403);
		assertThat(count("forum_action")).isEqualTo(before);

		JsonNode a = thai.post("/api/v1/actions", action(problem, "ตรวจเรือ", forums.organisation("dof").toString(),
				forumDay.toString(), null)).json();
		String id = a.get("id").asString();
		Api.Response noReason = thai.post("/api/v1/actions/" + id + "/updates", Map.of("version", a.get("version").asLong(),
				"status", "DROPPED"));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.problemFields()).containsExactly("reason");
		assertThat(noReason.body()).contains("ต้องระบุเหตุผลที่ยกเลิก");
		Api.Response badLink = thai.post("/api/v1/actions/" + id + "/updates", Map.of("version", a.get("version").asLong(),
				"progress", 120, "link", "javascript:alert(1)"));
		assertThat(badLink.problemFields()).containsExactlyInAnyOrder("progress", "link");
		assertThat(thai.post("/api/v1/actions/" + id + "/updates", Map.of("version", a.get("version").asLong() + 5,
				"progress", 10)).status()).isEqualTo(409);
		JsonNode unchanged = thai.get("/api/v1/actions/" + id).json();
		assertThat(unchanged.get("status").asString()).isEqualTo("OPEN");
		assertThat(unchanged.get("updates")).hasSize(1);

		Api.Response dropped = thai.post("/api/v1/actions/" + id + "/updates", Map.of("version", a.get("version").asLong(),
				"status", "DROPPED", "reason", "กรมประมงดำเนินการในโครงการอื่นแล้ว"));
		assertThat(dropped.status()).as(dropped.body()).isEqualTo(200);
		assertThat(dropped.json().get("dropReason").asString()).isEqualTo("กรมประมงดำเนินการในโครงการอื่นแล้ว");
	}

	@Test
	void anActionOwnedByAMergedOrganisationIsReportedOnByItsMembersFromTheOrganisationThatStays() {
		var organisations = new th.tipnet.directory.TestOrganisations(context);
		UUID duplicate = organisations.create("หน่วยรับผิดชอบซ้ำ", "Duplicate owner");
		UUID survivor = organisations.create("หน่วยรับผิดชอบที่คงอยู่", "Surviving owner");
		Api.Response agreed = chair.post("/api/v1/actions", action(problem, "ประสานการตรวจแรงงาน", duplicate.toString(),
				forumDay.plusDays(30).toString(), List.of(Map.of("title", "ประชุมร่วม"))));
		assertThat(agreed.status()).as(agreed.body()).isEqualTo(201);
		String id = agreed.json().get("id").asString();
		TestAccounts.Account member = forums.accounts.createIn(duplicate, null, "merged-owner", Role.MEMBER);

		organisations.merge(duplicate, survivor);

		assertThat(jdbc.queryForObject("SELECT owner_org_id FROM forum_action WHERE id = ?", UUID.class, UUID.fromString(id)))
			.isEqualTo(survivor);
		Api ownerApi = forums.as(member);
		long version = ownerApi.get("/api/v1/actions/" + id).json().get("version").asLong();
		Api.Response progressed = ownerApi.post("/api/v1/actions/" + id + "/updates", Map.of("version", version,
				"status", "IN_PROGRESS", "progress", 40, "note", "ประชุมร่วมแล้ว"));
		assertThat(progressed.status()).as(progressed.body()).isEqualTo(200);
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class, id))
			.contains("FORUM_ACTION_MOVED");
	}

	private static Map<String, Object> action(String input, String what, String owner, String dueOn, List<Map<String, String>> milestones) {
		Map<String, Object> body = new HashMap<>();
		body.put("inputId", input);
		body.put("what", what);
		body.put("ownerOrganisationId", owner);
		body.put("dueOn", dueOn);
		body.put("milestones", milestones);
		return body;
	}

	private static List<String> ids(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().findValuesAsString("id");
	}

	private long count(String table) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return n == null ? 0 : n;
	}
}
