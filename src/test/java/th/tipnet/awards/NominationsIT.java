package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/** Nominations as member organisations, provincial offices and the secretariat make and see them. */
@IntegrationTest
class NominationsIT {

	/** Each test opens its own round, in a year no other test uses. */
	static final AtomicInteger YEARS = new AtomicInteger(2600);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Awards awards;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	TestAccounts.Account divisionAdmin;

	TestAccounts.Account mirrorAdmin;

	TestAccounts.Account coordinator;

	UUID division;

	UUID mirror;

	AwardRound round;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		divisionAdmin = accounts.createIn(division, null, "nom-division", Role.ORG_ADMIN);
		mirrorAdmin = accounts.createIn(mirror, null, "nom-mirror", Role.ORG_ADMIN);
		coordinator = accounts.create("nom-secretariat", Role.NETWORK_COORDINATOR);
		Instant now = clock.instant();
		Windows open = new Windows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
				now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)));
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(coordinator));
		try {
			round = awards.open(AwardRoundsIT.plan(YEARS.getAndIncrement(), open));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anOrganisationDraftsRevisesAndSubmitsANominationThatOnlyItAndTheSecretariatSee() {
		Api api = as(divisionAdmin);
		var draft = api.post(nominations(), person("OUTSTANDING_PERSON", "สมศรี ใจดี", false, false));
		assertThat(draft.status()).isEqualTo(201);
		assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
		String id = draft.json().get("id").asString();

		Map<String, Object> revised = person("OUTSTANDING_PERSON", "สมศรี ใจดี", true, false);
		revised.put("achievements", "ช่วยผู้เสียหาย 40 คนกลับบ้านอย่างปลอดภัย");
		var put = api.put("/api/v1/nominations/" + id, Map.of("version", draft.json().get("version").asLong(), "nomination", revised),
				Map.of());
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.json().get("achievements").asString()).contains("40 คน");
		var submitted = api.post("/api/v1/nominations/" + id + "/submit", Map.of("version", put.json().get("version").asLong()));
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

		assertThat(ids(api.get(nominations()).json())).containsExactly(id);
		assertThat(ids(as(coordinator).get(nominations()).json())).containsExactly(id);
		assertThat(ids(as(mirrorAdmin).get(nominations()).json())).isEmpty();
		assertThat(as(mirrorAdmin).get("/api/v1/nominations/" + id).status()).isEqualTo(404);
		assertThat(as(mirrorAdmin).post("/api/v1/nominations/" + id + "/withdraw", Map.of("version", 2)).status()).isEqualTo(404);
		assertThat(as(accounts.create("nom-member", Role.MEMBER)).get(nominations()).status()).isEqualTo(403);
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY occurred_at", String.class, id))
			.containsExactly("AWARD_NOMINATION_DRAFTED", "AWARD_NOMINATION_REVISED", "AWARD_NOMINATION_SUBMITTED");
	}

	@Test
	void theSameNomineeTwiceInACategoryIsRefusedUntilTheFirstIsWithdrawn() {
		UUID police = directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id();
		var first = as(divisionAdmin).post(nominations(), organisation(police, true));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("status").asString()).isEqualTo("SUBMITTED");

		var twice = as(mirrorAdmin).post(nominations(), organisation(police, true));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.problemFields()).containsExactly("nominee");
		assertThat(twice.body()).contains("ได้รับการเสนอชื่อในประเภทหน่วยงานดีเด่นแล้ว");
		assertThat(as(mirrorAdmin).speaking("en").post(nominations(), organisation(police, true)).body())
			.contains("already nominated for Outstanding agency");
		// The same person, however the spaces and letters are typed, is the same nominee.
		assertThat(as(divisionAdmin).post(nominations(), person("MODEL_PERSON", "Somchai  Rakdee", true, true)).status())
			.isEqualTo(201);
		assertThat(as(mirrorAdmin).post(nominations(), person("MODEL_PERSON", " somchai rakdee ", true, true)).status())
			.isEqualTo(409);

		var withdrawn = as(divisionAdmin).post("/api/v1/nominations/" + first.json().get("id").asString() + "/withdraw",
				Map.of("version", first.json().get("version").asLong()));
		assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(as(mirrorAdmin).post(nominations(), organisation(police, true)).status()).isEqualTo(201);
	}

	@Test
	void badInputIsRefusedNamingEachFieldInTheUsersLanguageAndNothingIsStored() {
		int before = count();
		Map<String, Object> wrongKind = new HashMap<>(organisation(mirror, true));
		wrongKind.put("categoryId", category("MODEL_PROVINCE"));
		var wrong = as(divisionAdmin).post(nominations(), wrongKind);
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.problemFields()).containsExactly("nomineeKind");
		assertThat(wrong.body()).contains("ประเภทนี้มอบให้จังหวัด");
		assertThat(as(divisionAdmin).speaking("en").post(nominations(), wrongKind).body()).contains("This category honours a province");

		Map<String, Object> empty = new HashMap<>();
		empty.put("categoryId", category("MODEL_PERSON"));
		empty.put("nomineeKind", "PERSON");
		empty.put("personProvinceCode", "TH-99");
		var missing = as(divisionAdmin).post(nominations(), empty);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.problemFields()).containsExactlyInAnyOrder("personName", "personPosition", "personOrganisationId",
				"personProvinceCode", "justification", "achievements");
		var withoutConsent = as(divisionAdmin).post(nominations(), person("MODEL_PERSON", "ไม่ยินยอม", false, true));
		assertThat(withoutConsent.status()).isEqualTo(422);
		assertThat(withoutConsent.problemFields()).containsExactly("nomineeConsented");
		assertThat(as(accounts.create("nom-only-member", Role.MEMBER)).post(nominations(), organisation(mirror, true)).status())
			.isEqualTo(403);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void nothingIsNominatedSubmittedOrWithdrawnOutsideTheNominationWindow() {
		var draft = as(divisionAdmin).post(nominations(), organisation(mirror, false));
		assertThat(draft.status()).isEqualTo(201);
		clock.advance(Duration.ofDays(11));

		var late = as(mirrorAdmin).post(nominations(), organisation(division, true));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.body()).contains("ไม่ได้อยู่ในช่วงเปิดรับการเสนอชื่อ");
		var lateSubmit = as(divisionAdmin).post("/api/v1/nominations/" + draft.json().get("id").asString() + "/submit",
				Map.of("version", draft.json().get("version").asLong()));
		assertThat(lateSubmit.status()).isEqualTo(409);
		assertThat(as(divisionAdmin).get("/api/v1/nominations/" + draft.json().get("id").asString()).json().get("status").asString())
			.isEqualTo("DRAFT");
	}

	private String nominations() {
		return "/api/v1/award-rounds/" + round.id() + "/nominations";
	}

	private Api as(TestAccounts.Account account) {
		return new Api(port).withToken(accounts.token(account)).speaking("th");
	}

	private int count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM award_nomination WHERE round_id = ?", Integer.class, round.id().value());
	}

	private String category(String code) {
		return round.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id().toString();
	}

	private Map<String, Object> person(String category, String name, boolean consent, boolean submit) {
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", category(category));
		body.put("nomineeKind", "PERSON");
		body.put("personName", name);
		body.put("personPosition", "นักพัฒนาสังคมชำนาญการ");
		body.put("personOrganisationId", division.toString());
		body.put("personProvinceCode", "TH-10");
		body.put("justification", "ทำงานคุ้มครองผู้เสียหายอย่างต่อเนื่อง");
		body.put("achievements", "ช่วยผู้เสียหายกลับบ้าน");
		body.put("nomineeConsented", consent);
		body.put("submit", submit);
		return body;
	}

	private Map<String, Object> organisation(UUID organisation, boolean submit) {
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", category("OUTSTANDING_AGENCY"));
		body.put("nomineeKind", "ORGANISATION");
		body.put("organisationId", organisation.toString());
		body.put("justification", "ทำงานร่วมกับเครือข่ายอย่างใกล้ชิด");
		body.put("achievements", "ส่งต่อผู้เสียหาย 120 ราย");
		body.put("nomineeConsented", true);
		body.put("submit", submit);
		return body;
	}

	private static java.util.List<String> ids(JsonNode list) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		list.get("items").forEach(n -> ids.add(n.get("id").asString()));
		return ids;
	}
}
