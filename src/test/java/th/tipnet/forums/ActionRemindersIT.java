package th.tipnet.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
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
import th.tipnet.support.TestMail;
import th.tipnet.support.WebVisitor;

/**
 * Reminders of follow-up actions (#16 item 3) on H2 and PostgreSQL, with the application's clock moved forward:
 * the owner organisation's contacts get one e-mail when an action is nearly due and one when it is overdue, each
 * linking to the action; a second run sends nothing again; a done or dropped action gets none. The owner's members
 * get a notice and see the overdue actions on their home page; another organisation's members see neither.
 */
@IntegrationTest
class ActionRemindersIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ActionReminders reminders;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theOwnersContactsAreRemindedOnceWhenAnActionIsNearlyDueAndOnceWhenOverdue() throws Exception {
		TestForums forums = new TestForums(context, port);
		UUID event = forums.planForumEvent("Reminders", Duration.ofDays(5));
		LocalDate forumDay = java.time.Instant.now().plus(Duration.ofDays(5)).atZone(Dates.BANGKOK).toLocalDate();
		UUID forum = forums.record(event);
		Api chair = forums.as(forums.chair);
		UUID fisheries = forums.organisation("dof");
		String input = chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(fisheries.toString(), "PROBLEM",
				"FISHERIES", "ลูกเรือถูกยึดเอกสาร", List.of("TH-90"))).json().get("id").asString();
		LocalDate due = forumDay.plusDays(20);
		JsonNode open = agree(chair, input, "ตรวจเรือประมงร่วมกันที่ท่าเรือปัตตานี", fisheries, due);
		JsonNode done = agree(chair, input, "ประชุมเจ้าของเรือ", fisheries, due);
		JsonNode dropped = agree(chair, input, "ทำแผ่นพับสามภาษา", fisheries, due);
		TestAccounts.Account admin = forums.accounts.createIn(fisheries, null, "reminded-admin", Role.ORG_ADMIN);
		String address = admin.username() + "@example.org";
		Api owner = forums.as(admin);
		assertThat(owner.post("/api/v1/actions/" + id(done) + "/updates", Map.of("version", done.get("version").asLong(),
				"status", "DONE", "note", "ประชุมแล้ว")).status()).isEqualTo(200);
		assertThat(chair.post("/api/v1/actions/" + id(dropped) + "/updates", Map.of("version", dropped.get("version").asLong(),
				"status", "DROPPED", "reason", "มีหน่วยงานอื่นทำแล้ว")).status()).isEqualTo(200);

		// Eight days before the due date: not yet; three days before: nearly due.
		clock.advance(Duration.between(java.time.Instant.now(), due.minusDays(8).atStartOfDay(Dates.BANGKOK).plusHours(7)));
		reminders.remindDue();
		assertThat(reminded(id(open))).isEmpty();
		clock.advance(Duration.ofDays(5));
		reminders.remindDue();
		reminders.remindDue();
		assertThat(reminded(id(open))).containsExactly(ActionReminders.DUE_SOON);
		List<MimeMessage> dueSoon = TestMail.awaitCount(address, 1, m -> about(m, id(open)));
		assertThat(dueSoon).hasSize(1);
		String html = TestMail.html(dueSoon.get(0));
		assertThat(html).contains("/actions/" + id(open), "ตรวจเรือประมงร่วมกันที่ท่าเรือปัตตานี", "DUE_SOON");

		// The day after the due date: overdue, once, however often the job runs.
		clock.advance(Duration.ofDays(4));
		reminders.remindDue();
		reminders.remindDue();
		assertThat(reminded(id(open))).containsExactlyInAnyOrder(ActionReminders.DUE_SOON, ActionReminders.OVERDUE);
		List<MimeMessage> both = TestMail.awaitCount(address, 2, m -> about(m, id(open)));
		assertThat(both).hasSize(2);
		assertThat(TestMail.html(both.get(0)) + TestMail.html(both.get(1))).contains("DUE_SOON", "OVERDUE");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'FORUM_ACTION_REMINDED'",
				Long.class, id(open))).isEqualTo(2);

		// Done and dropped actions are never reminded of.
		assertThat(reminded(id(done))).isEmpty();
		assertThat(reminded(id(dropped))).isEmpty();
		assertThat(TestMail.received(address).stream().filter(m -> about(m, id(done)) || about(m, id(dropped)))).isEmpty();
		assertThat(TestMail.received(address).stream().filter(m -> about(m, id(open)))).hasSize(2);
	}

	@Test
	void theOwnersMembersAreToldInTheApplicationAndSeeTheOverdueActionsOnTheirHomePage() {
		TestForums forums = new TestForums(context, port);
		UUID event = forums.planForumEvent("Overdue", Duration.ofDays(5));
		LocalDate forumDay = java.time.Instant.now().plus(Duration.ofDays(5)).atZone(Dates.BANGKOK).toLocalDate();
		UUID forum = forums.record(event);
		Api chair = forums.as(forums.chair);
		UUID fisheries = forums.organisation("dof");
		String input = chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(fisheries.toString(), "PROBLEM",
				"FISHERIES", "เรือไม่แจ้งเข้าออก", List.of())).json().get("id").asString();
		String late = id(agree(chair, input, "ติดตั้งระบบติดตามเรือ", fisheries, forumDay.plusDays(2)));
		TestAccounts.Account member = forums.accounts.createIn(fisheries, null, "overdue-member", Role.MEMBER);
		TestAccounts.Account stranger = forums.accounts.createIn(forums.organisation("nfat"), null, "overdue-stranger", Role.MEMBER);
		String label = "Follow-up actions of your organisation that are overdue";
		assertThat(home(member)).doesNotContain("/actions/" + late);

		clock.advance(Duration.ofDays(10));
		reminders.remindDue();
		JsonNode notices = forums.as(member).get("/api/v1/notices").json().get("notices");
		assertThat(notices.findValuesAsString("link")).contains("/actions/" + late);
		assertThat(notices.findValuesAsString("messageKey")).contains("forums.notice.OVERDUE");
		assertThat(forums.as(stranger).get("/api/v1/notices").json().get("notices").findValuesAsString("link"))
			.doesNotContain("/actions/" + late);

		Long overdue = jdbc.queryForObject("SELECT COUNT(*) FROM forum_action WHERE owner_org_id = ? AND status IN "
				+ "('OPEN', 'IN_PROGRESS') AND due_on < ?", Long.class, fisheries,
				clock.instant().atZone(Dates.BANGKOK).toLocalDate());
		assertThat(home(member)).contains(label + " (" + overdue + ")");
		assertThat(home(stranger)).doesNotContain(label, "/actions/" + late);
	}

	private String home(TestAccounts.Account account) {
		WebVisitor visitor = new WebVisitor(port).speaking("en");
		visitor.signIn(account.username(), account.password());
		HttpResponse<String> page = visitor.get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private List<String> reminded(String actionId) {
		return jdbc.queryForList("SELECT kind FROM forum_action_reminder WHERE action_id = ?", String.class,
				UUID.fromString(actionId));
	}

	private static boolean about(MimeMessage message, String actionId) {
		try {
			return TestMail.html(message).contains("/actions/" + actionId);
		}
		catch (Exception e) {
			return false;
		}
	}

	private static JsonNode agree(Api chair, String input, String what, UUID owner, LocalDate due) {
		Map<String, Object> body = new HashMap<>();
		body.put("inputId", input);
		body.put("what", what);
		body.put("ownerOrganisationId", owner.toString());
		body.put("dueOn", due.toString());
		Api.Response r = chair.post("/api/v1/actions", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	private static String id(JsonNode action) {
		return action.get("id").asString();
	}
}
