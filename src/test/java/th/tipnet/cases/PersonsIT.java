package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
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

import tools.jackson.databind.JsonNode;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/** A case's person in full over the API: details sealed, versions, bad input, need-to-know by section (H2 and PostgreSQL). */
@IntegrationTest
class PersonsIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	Api lead;

	Api receiving;

	Api outsider;

	UUID receiver;

	String caseId;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		UUID stella = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		receiver = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		UUID hug = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		lead = new Api(port).withToken(accounts.token(accounts.createIn(stella, null, "person-lead", Role.CASE_WORKER)));
		receiving = new Api(port).withToken(accounts.token(accounts.createIn(receiver, null, "person-receiver", Role.CASE_WORKER)));
		outsider = new Api(port).withToken(accounts.token(accounts.createIn(hug, null, "person-outsider", Role.CASE_SUPERVISOR)));
		caseId = lead.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(3)), "TH-20", "นาย บุคคล"))
			.json()
			.get("id")
			.asString();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Map<String, Object> details(int birthYear) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("names", List.of(Map.of("name", "สมชาย ใจดี", "kind", "LEGAL"), Map.of("name", "မောင်မောင်", "kind", "AS_TOLD"),
				Map.of("name", "សុខ", "kind", "ALIAS"), Map.of("name", "ສົມໃຈ", "kind", "ALIAS"),
				Map.of("name", "Somchai Jaidee", "kind", "LEGAL")));
		body.put("sex", "MALE");
		body.put("gender", "Masculine");
		body.put("birthYear", birthYear);
		body.put("birthMonth", 3);
		body.put("nationalities", List.of("MM", "TH"));
		body.put("languages", List.of("my", "th", "kar"));
		body.put("documents", List.of(Map.of("kind", "PINK_CARD", "number", "0-0000-12345-67-8", "issuingCountry", "TH"),
				Map.of("kind", "PASSPORT", "number", "MA1234567", "issuingCountry", "MM")));
		body.put("contacts", List.of(Map.of("kind", "PHONE", "value", "+66 81 234 5678"), Map.of("kind", "LINE", "value", "somchai.j")));
		body.put("specialNeeds", "ต้องการล่ามภาษากะเหรี่ยง มีอาการบาดเจ็บที่ขา");
		return body;
	}

	int thisYear() {
		return clock.instant().atZone(ZoneId.of("Asia/Bangkok")).getYear();
	}

	@Test
	void theLeadRecordsThePersonInFullSealedAndAChildBirthPutsTheCaseUnderTheChildProcedure() {
		var saved = lead.put("/api/v1/cases/" + caseId + "/persons", details(thisYear() - 15), Map.of("If-Match", "\"0\""));

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.etag()).isEqualTo("\"1\"");
		JsonNode p = saved.json().get(0);
		assertThat(p.get("names")).hasSize(5);
		assertThat(p.get("names").get(2).get("name").asString()).isEqualTo("សុខ");
		assertThat(p.get("childProcedure").asBoolean()).isTrue();
		assertThat(p.get("birth").get("precision").asString()).isEqualTo("YEAR_MONTH");
		assertThat(p.get("languages").toString()).contains("kar", "my", "th");

		var read = lead.get("/api/v1/cases/" + caseId + "/persons");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).isEqualTo("\"1\"");
		JsonNode r = read.json().get(0);
		assertThat(r.get("documents").get(0).get("number").asString()).isEqualTo("0-0000-12345-67-8");
		assertThat(r.get("contacts").get(1).get("value").asString()).isEqualTo("somchai.j");
		assertThat(r.get("specialNeeds").asString()).contains("ล่าม");
		assertThat(r.get("sex").asString()).isEqualTo("MALE");
		assertThat(lead.get("/api/v1/cases/" + caseId).json().get("childProcedure").asBoolean()).isTrue();
		assertThat(lead.get("/api/v1/cases/" + caseId + "/timeline").body()).contains("PERSON_DESCRIBED");

		UUID id = UUID.fromString(caseId);
		assertThat(jdbc.queryForList("SELECT number FROM nrm_person_document WHERE case_id = ?", String.class, id))
			.hasSize(2)
			.allSatisfy(n -> assertThat(n).startsWith("k1:").doesNotContain("12345").doesNotContain("MA1234567"));
		assertThat(jdbc.queryForList("SELECT contact FROM nrm_person_contact WHERE case_id = ?", String.class, id))
			.allSatisfy(c -> assertThat(c).startsWith("k1:").doesNotContain("5678"));
		assertThat(jdbc.queryForObject("SELECT special_needs FROM nrm_case WHERE id = ?", String.class, id)).doesNotContain("ล่าม");

		// An adult's birth takes the case off the child procedure again.
		var adult = lead.put("/api/v1/cases/" + caseId + "/persons", details(1990), Map.of("If-Match", "\"1\""));
		assertThat(adult.status()).isEqualTo(200);
		assertThat(adult.json().get(0).get("childProcedure").asBoolean()).isFalse();
	}

	@Test
	void aStaleOrBadChangeIsRefusedNamingTheFieldAndNothingChanges() {
		Map<String, Object> bad = details(1990);
		bad.put("sex", "ROBOT");
		bad.put("languages", List.of("xx1"));
		bad.put("documents", List.of(Map.of("kind", "TICKET", "number", "1"), Map.of("kind", "PASSPORT", "number", "", "issuingCountry", "ZZ")));
		bad.put("contacts", List.of(Map.of("kind", "EMAIL", "value", "not-an-address"), Map.of("kind", "PHONE", "value", "call me")));
		var refused = lead.speaking("th").put("/api/v1/cases/" + caseId + "/persons", bad, Map.of("If-Match", "\"0\""));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).contains("sex", "languages[0]", "documents[0].kind", "documents[1].number",
				"documents[1].issuingCountry", "contacts[0].value", "contacts[1].value");
		assertThat(refused.body()).contains("รหัสภาษา");

		Map<String, Object> noName = details(1990);
		noName.put("names", List.of());
		assertThat(lead.put("/api/v1/cases/" + caseId + "/persons", noName, Map.of("If-Match", "\"0\"")).problemFields())
			.containsExactly("names");
		assertThat(lead.put("/api/v1/cases/" + caseId + "/persons", details(1990), Map.of()).problemFields())
			.containsExactly("If-Match");

		assertThat(lead.put("/api/v1/cases/" + caseId + "/persons", details(1990), Map.of("If-Match", "\"0\"")).status())
			.isEqualTo(200);
		var stale = lead.put("/api/v1/cases/" + caseId + "/persons", details(1991), Map.of("If-Match", "\"0\""));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(lead.get("/api/v1/cases/" + caseId + "/persons").json().get(0).get("birth").get("year").asInt()).isEqualTo(1990);
	}

	@Test
	void onlyThoseWhoMaySeeThePersonSectionReadItAndOnlyTheLeadChangesIt() {
		assertThat(lead.put("/api/v1/cases/" + caseId + "/persons", details(1990), Map.of("If-Match", "\"0\"")).status())
			.isEqualTo(200);
		assertThat(outsider.get("/api/v1/cases/" + caseId + "/persons").status()).isEqualTo(404);
		assertThat(outsider.put("/api/v1/cases/" + caseId + "/persons", details(1990), Map.of("If-Match", "\"1\"")).status())
			.isEqualTo(404);

		String offered = jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? ORDER BY service_code",
				String.class, receiver).get(0);
		String screeningOnly = refer(offered, List.of("SCREENING"));
		// Awaiting its answer, the receiver sees no person.
		assertThat(receiving.get("/api/v1/cases/" + caseId + "/persons").status()).isEqualTo(404);
		assertThat(receiving.post("/api/v1/referrals/" + screeningOnly + "/accept", Map.of("version", 0)).status()).isEqualTo(200);
		// Accepted, but the referral shares the screening only: still no person.
		assertThat(receiving.get("/api/v1/cases/" + caseId + "/persons").status()).isEqualTo(404);

		String withPerson = refer(offered, List.of("PERSON"));
		assertThat(receiving.post("/api/v1/referrals/" + withPerson + "/accept", Map.of("version", 0)).status()).isEqualTo(200);
		var shared = receiving.get("/api/v1/cases/" + caseId + "/persons");
		assertThat(shared.status()).isEqualTo(200);
		assertThat(shared.json().get(0).get("documents").get(1).get("number").asString()).isEqualTo("MA1234567");
		// Read-only for the receiver.
		assertThat(receiving.put("/api/v1/cases/" + caseId + "/persons", details(1990), Map.of("If-Match", shared.etag())).status())
			.isEqualTo(404);
		Integer audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'CASE_READ'"
				+ " AND changes LIKE '%api-persons-referral%'", Integer.class, caseId);
		assertThat(audited).isEqualTo(1);
	}

	private String refer(String purpose, List<String> sections) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receiverOrganisationId", receiver.toString());
		body.put("purpose", purpose);
		body.put("urgency", "URGENT");
		body.put("sections", sections);
		body.put("consent", "GIVEN");
		body.put("consentBy", "คุณสมศรี (นักสังคมสงเคราะห์)");
		var r = lead.post("/api/v1/cases/" + caseId + "/referrals", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}
}
