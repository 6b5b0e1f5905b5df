package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/**
 * Reading participants' personal data is audited: each list, export and roster read leaves exactly
 * one entry naming the reader, the event and how many records, never the data itself.
 */
@IntegrationTest
class PersonalDataReadsIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts.Account organiserAccount;

	Api organiser;

	WebVisitor page;

	UUID event;

	String slug;

	@BeforeEach
	void plan() {
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiserAccount = accounts.createIn(division, null, "reads", Role.EVENT_ORGANISER);
		organiser = new Api(port).withToken(accounts.token(organiserAccount));
		TestEvents events = new TestEvents(port, organiser, division);
		var created = organiser.post("/api/v1/events", events.eventBody("Reads", 10, 10, List.of(TestEvents.group("NGO", null, null)),
				Duration.ofDays(3)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		event = UUID.fromString(created.json().get("id").asString());
		slug = created.json().get("slug").asString();
		events.register(event, TestEvents.email("reader-a"), "NGO", "ONSITE", "th");
		events.register(event, TestEvents.email("reader-b"), "NGO", "ONLINE", "th");
		events.register(event, TestEvents.email("reader-c"), "NGO", "ONSITE", "en");
		page = new WebVisitor(port);
		page.signIn(organiserAccount.username(), organiserAccount.password());
	}

	@Test
	void theRegistrationsApiLeavesOneEntry() {
		assertThat(organiser.get("/api/v1/events/" + event + "/registrations").status()).isEqualTo(200);
		assertThat(entries()).containsExactly("PARTICIPANTS_READ {\"count\":\"3\",\"view\":\"api\"}");
	}

	@Test
	void eachExportLeavesOneEntryWithItsFormat() {
		assertThat(page.get("/events/" + slug + "/organise/participants.csv").statusCode()).isEqualTo(200);
		assertThat(entries()).containsExactly("PARTICIPANTS_EXPORTED {\"count\":\"3\",\"format\":\"CSV\"}");
		assertThat(page.getBytes("/events/" + slug + "/organise/participants.xlsx", Map.of()).statusCode()).isEqualTo(200);
		assertThat(entries()).containsExactly("PARTICIPANTS_EXPORTED {\"count\":\"3\",\"format\":\"CSV\"}",
				"PARTICIPANTS_EXPORTED {\"count\":\"3\",\"format\":\"XLSX\"}");
	}

	@Test
	void eachLoadOfTheOrganisersListLeavesOneEntryWithHowManyItShowed() {
		// The participant list comes first on the organise page: each load that shows people is one read.
		assertThat(page.get("/events/" + slug + "/organise").statusCode()).isEqualTo(200);
		assertThat(entries()).containsExactly("PARTICIPANTS_READ {\"count\":\"3\",\"view\":\"page\"}");
		var found = page.post("/events/" + slug + "/organise/find", Map.of("q", "reader-a"));
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("ผู้ทดสอบ reader-a");
		assertThat(entries()).containsExactly("PARTICIPANTS_READ {\"count\":\"3\",\"view\":\"page\"}",
				"PARTICIPANTS_READ {\"count\":\"1\",\"view\":\"page\"}");
	}

	@Test
	void theScannersRosterLeavesOneEntryPerLoad() {
		page.get("/events/" + slug + "/organise/scan");
		assertThat(page.getJson("/events/" + slug + "/organise/scan/roster").statusCode()).isEqualTo(200);
		assertThat(entries()).containsExactly("ROSTER_READ {\"count\":\"3\"}");
	}

	@Test
	void theAuditLogNamesTheReadsInThaiAndEnglish() {
		organiser.get("/api/v1/events/" + event + "/registrations");
		WebVisitor admin = new WebVisitor(port);
		admin.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
		assertThat(admin.get("/admin/audit?lang=th&action=PARTICIPANTS_READ").body()).contains("เปิดดูรายชื่อผู้เข้าร่วม");
		assertThat(admin.speaking("en").get("/admin/audit?lang=en&action=PARTICIPANTS_READ").body()).contains("Participant list read");
	}

	/** The event's read entries, by the organiser only: action and what was noted. */
	private List<String> entries() {
		List<Map<String, Object>> rows = jdbc.queryForList("SELECT actor_name, action, changes FROM audit_entry"
				+ " WHERE entity_type = 'Event' AND entity_id = ? AND action IN ('PARTICIPANTS_READ', 'PARTICIPANTS_EXPORTED',"
				+ " 'ROSTER_READ', 'BADGES_PRINTED', 'CERTIFICATES_PRINTED') ORDER BY id", event.toString());
		rows.forEach(r -> assertThat(r.get("actor_name")).isEqualTo(organiserAccount.username()));
		return rows.stream().map(r -> r.get("action") + " " + String.valueOf(r.get("changes")).replace(" ", "")).toList();
	}
}
