package th.tipnet.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;

/**
 * Forums (#16 items 1, 2, 6, 7) on H2 and PostgreSQL: the event's organiser records a forum with its chair and
 * the organisations present, each with its sector; the chair records what three sectors raised; every signed-in
 * member reads it; bad input is refused naming each field in the reader's language and nothing changes; only
 * coordinators and the event's organisers record, only the chair and the recorders add.
 */
@IntegrationTest
class ForumsIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TestForums forums;

	@BeforeEach
	void setUp() {
		forums = new TestForums(context, port);
	}

	@Test
	void theOrganiserRecordsAForumAndTheChairRecordsWhatThreeSectorsRaised() {
		UUID event = forums.planForumEvent("Let's Talk TIP test", Duration.ofDays(10));
		UUID forum = forums.record(event);

		Api chair = forums.as(forums.chair);
		String fisheries = forums.organisation("dof").toString();
		String mirror = forums.organisation("mirror-foundation").toString();
		String association = forums.organisation("nfat").toString();
		assertThat(chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(fisheries, "PROBLEM", "FISHERIES",
				"ลูกเรือประมงต่างชาติถูกยึดเอกสาร", List.of("TH-74", "TH-84"))).status()).isEqualTo(201);
		assertThat(chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(mirror, "RECOMMENDATION", "ONLINE_CYBER",
				"ตั้งช่องทางแจ้งเบาะแสการหลอกลวงทางออนไลน์ร่วมกัน", List.of())).status()).isEqualTo(201);
		Map<String, Object> bySector = TestForums.input(null, "PROBLEM", "LABOUR", "นายจ้างไม่เข้าใจขั้นตอนการส่งต่อ", List.of());
		bySector.put("sector", "PRIVATE_SECTOR");
		Api.Response raised = chair.post("/api/v1/forums/" + forum + "/inputs", bySector);
		assertThat(raised.status()).as(raised.body()).isEqualTo(201);
		assertThat(raised.json().get("sector").asString()).isEqualTo("PRIVATE_SECTOR");

		// Any signed-in member of the network reads the forum and what was raised.
		Api reader = forums.as(forums.accounts.createIn(forums.organisation("a21"), null, "forum-reader", Role.MEMBER));
		JsonNode read = reader.get("/api/v1/forums/" + forum).json();
		assertThat(read.get("eventId").asString()).isEqualTo(event.toString());
		assertThat(read.get("chairName").asString()).isEqualTo("Test forum-chair");
		assertThat(read.get("organisations")).hasSize(4);
		assertThat(read.get("organisations").findValuesAsString("sector")).contains("NGO", "PRIVATE_SECTOR");
		JsonNode inputs = reader.get("/api/v1/forums/" + forum + "/inputs").json();
		assertThat(inputs).hasSize(3);
		assertThat(inputs.get(0).get("organisationId").asString()).isEqualTo(fisheries);
		assertThat(inputs.get(0).get("provinces").toString()).contains("TH-74", "TH-84");
		assertThat(inputs.findValuesAsString("sector")).containsExactly(sectorOf("dof"), "NGO", "PRIVATE_SECTOR");
		assertThat(reader.get("/api/v1/forums").json().findValuesAsString("id")).contains(forum.toString());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'FORUM_INPUT_RAISED'",
				Long.class, forum.toString())).isEqualTo(3);
	}

	@Test
	void badInputIsRefusedNamingEachFieldInTheReadersLanguageAndNothingChanges() {
		UUID event = forums.planForumEvent("Bad input", Duration.ofDays(10));
		long before = count("forum");

		Map<String, Object> empty = new HashMap<>();
		empty.put("eventId", event.toString());
		Api.Response refused = forums.organiserApi.speaking("th").post("/api/v1/forums", empty);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactlyInAnyOrder("chairUserId", "organisationIds");
		assertThat(refused.body()).contains("ต้องระบุประธาน");

		TestAccounts.Account elsewhere = forums.accounts.createIn(forums.organisation("a21"), null, "forum-outsider", Role.MEMBER);
		Map<String, Object> wrongChair = new HashMap<>();
		wrongChair.put("eventId", event.toString());
		wrongChair.put("chairUserId", elsewhere.id().toString());
		wrongChair.put("organisationIds", List.of(UUID.randomUUID().toString(), "not-an-id"));
		Api.Response english = forums.organiserApi.speaking("en").post("/api/v1/forums", wrongChair);
		assertThat(english.status()).isEqualTo(422);
		assertThat(english.problemFields()).containsExactlyInAnyOrder("chairUserId", "organisationIds[0]", "organisationIds[1]");
		assertThat(english.body()).contains("The chair must be an account of the organising organisation");

		Map<String, Object> notAForum = new HashMap<>();
		notAForum.put("eventId", UUID.randomUUID().toString());
		notAForum.put("chairUserId", forums.chair.id().toString());
		notAForum.put("organisationIds", forums.present());
		assertThat(forums.organiserApi.post("/api/v1/forums", notAForum).problemFields()).containsExactly("eventId");
		assertThat(count("forum")).isEqualTo(before);

		UUID forum = forums.record(event);
		assertThat(forums.organiserApi.post("/api/v1/forums", Map.of("eventId", event.toString(), "chairUserId",
				forums.chair.id().toString(), "organisationIds", forums.present())).status()).as("one forum per event").isEqualTo(409);

		long inputs = count("forum_input");
		Api chair = forums.as(forums.chair).speaking("th");
		Api.Response absent = chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(
				forums.organisation("a21").toString(), "IDEA", "WEATHER", " ", List.of("TH-99")));
		assertThat(absent.status()).isEqualTo(422);
		assertThat(absent.problemFields()).containsExactlyInAnyOrder("organisationId", "kind", "theme", "text", "provinces[0]");
		assertThat(absent.body()).contains("หน่วยงานนี้ไม่ได้เข้าร่วมเวทีนี้", "ต้องเลือกประเด็น");
		Api.Response nobody = chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(null, "PROBLEM", "REFERRAL",
				"ใครเป็นผู้เสนอ", List.of()));
		assertThat(nobody.problemFields()).containsExactly("sector");
		assertThat(count("forum_input")).isEqualTo(inputs);
	}

	@Test
	void onlyCoordinatorsAndTheEventsOrganisersRecordAndOnlyTheChairAndRecordersAdd() {
		UUID event = forums.planForumEvent("Who may", Duration.ofDays(10));
		Map<String, Object> body = Map.of("eventId", event.toString(), "chairUserId", forums.chair.id().toString(),
				"organisationIds", forums.present());
		TestAccounts.Account member = forums.accounts.createIn(forums.centre, null, "forum-member", Role.MEMBER);
		assertThat(forums.as(member).post("/api/v1/forums", body).status()).isEqualTo(403);
		TestAccounts.Account otherOrganiser = forums.accounts.createIn(forums.organisation("a21"), null, "forum-other-organiser",
				Role.EVENT_ORGANISER);
		assertThat(forums.as(otherOrganiser).post("/api/v1/forums", body).status()).isEqualTo(403);
		assertThat(new Api(port).post("/api/v1/forums", body).status()).isEqualTo(401);
		assertThat(count("forum WHERE event_id = '" + event + "'")).isZero();

		TestAccounts.Account coordinator = forums.accounts.create("forum-coordinator", Role.NETWORK_COORDINATOR);
		Api.Response recorded = forums.as(coordinator).post("/api/v1/forums", body);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		String forum = recorded.json().get("id").asString();

		Map<String, Object> input = TestForums.input(forums.centre.toString(), "RECOMMENDATION", "REFERRAL", "ส่งต่อภายใน 24 ชั่วโมง",
				List.of());
		assertThat(forums.as(member).post("/api/v1/forums/" + forum + "/inputs", input).status()).isEqualTo(403);
		assertThat(forums.as(otherOrganiser).post("/api/v1/forums/" + forum + "/inputs", input).status()).isEqualTo(403);
		assertThat(forums.as(member).get("/api/v1/forums/" + forum + "/inputs").status()).isEqualTo(200);
		assertThat(new Api(port).get("/api/v1/forums/" + forum).status()).isEqualTo(401);
		assertThat(forums.as(forums.chair).post("/api/v1/forums/" + forum + "/inputs", input).status()).isEqualTo(201);
		assertThat(forums.organiserApi.post("/api/v1/forums/" + forum + "/inputs", input).status()).isEqualTo(201);
		assertThat(forums.as(member).get("/api/v1/forums/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	private String sectorOf(String key) {
		return forums.directory.organisationByReferenceKey(key).orElseThrow().sector().name();
	}

	private long count(String from) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + from, Long.class);
		return n == null ? 0 : n;
	}
}
