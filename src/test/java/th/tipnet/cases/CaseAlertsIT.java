package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import th.tipnet.directory.Directory;
import th.tipnet.directory.DirectorySearch;
import th.tipnet.directory.HelpRequest;
import th.tipnet.directory.HelpingOrganisation;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.TestMail;

/**
 * Notices and e-mails of each referral step, escalations of running clocks, declines as a capacity
 * signal to the directory (H2 and PostgreSQL, mail through GreenMail).
 */
@IntegrationTest
class CaseAlertsIT {

	static final String PERSON = "นาย แจ้งเตือน";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	DirectorySearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Escalations escalations;

	TestAccounts accounts;

	UUID lead;

	UUID receiver;

	UUID unrelatedOrg;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		lead = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		receiver = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		unrelatedOrg = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Api api(TestAccounts.Account account) {
		return new Api(port).withToken(accounts.token(account));
	}

	static String email(TestAccounts.Account account) {
		return account.username() + "@example.org";
	}

	String open(Api caseWorker, Duration since, String province) {
		return caseWorker.post("/api/v1/cases", TestCases.intake(clock.instant().minus(since), province, PERSON))
			.json()
			.get("id")
			.asString();
	}

	String refer(Api sender, String caseId, UUID to, String service, String urgency) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receiverOrganisationId", to.toString());
		body.put("purpose", service);
		body.put("urgency", urgency);
		body.put("sections", List.of("PERSON"));
		body.put("consent", "GIVEN");
		body.put("consentBy", "คุณสมศรี");
		Api.Response r = sender.post("/api/v1/cases/" + caseId + "/referrals", body);
		assertThat(r.status()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	String offeredBy(UUID organisation) {
		return jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? ORDER BY service_code",
				String.class, organisation).get(0);
	}

	/** The caller's notices that link to {@code link}. */
	static List<JsonNode> noticesTo(Api reader, String link) {
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode n : reader.speaking("en").get("/api/v1/notices").json().get("notices")) {
			if (n.get("link").asString().equals(link)) {
				found.add(n);
			}
		}
		return found;
	}

	static String text(MimeMessage m) throws Exception {
		return m.getSubject() + "\n" + th.tipnet.support.TestMail.html(m);
	}

	@Test
	void eachReferralStepTellsTheOtherSideInTheApplicationAndByMailWithALinkAndNoPersonalData() throws Exception {
		TestAccounts.Account sending = accounts.createIn(lead, null, "al-send", Role.CASE_WORKER);
		TestAccounts.Account receiving = accounts.createIn(receiver, null, "al-recv", Role.CASE_WORKER);
		TestAccounts.Account stranger = accounts.createIn(unrelatedOrg, null, "al-strange", Role.CASE_SUPERVISOR);
		Api sender = api(sending);
		String caseId = open(sender, Duration.ofHours(2), "TH-20");
		String caseNumber = jdbc.queryForObject("SELECT case_number FROM nrm_case WHERE id = ?", String.class, UUID.fromString(caseId));
		String referralId = refer(sender, caseId, receiver, offeredBy(receiver), "NORMAL");

		// The receiver is told, in the application (with the case number) and by mail (a link only).
		List<JsonNode> toReceiver = noticesTo(api(receiving), "/referrals/" + referralId);
		assertThat(toReceiver).hasSize(1);
		assertThat(toReceiver.get(0).get("message").asString())
			.isEqualTo("Case " + caseNumber + " was referred to your organisation: please accept or decline it in time");
		assertThat(noticesTo(api(stranger), "/referrals/" + referralId)).isEmpty();
		assertThat(noticesTo(sender, "/referrals/" + referralId)).isEmpty();

		List<MimeMessage> mails = TestMail.awaitCount(email(receiving), 1);
		assertThat(mails).hasSize(1);
		String mail = text(mails.get(0));
		assertThat(mails.get(0).getSubject()).isEqualTo("TIPNet: มีการส่งต่อเคสมายังองค์กรของคุณ");
		assertThat(mail).contains(IntegrationTest.PUBLIC_URL + "/referrals/" + referralId)
			.doesNotContain(PERSON, "แจ้งเตือน", "ศรีราชา", "ประมง", "สมศรี", caseNumber);
		assertThat(TestMail.received(email(stranger))).isEmpty();

		// The receiver accepts: now the sender is told, and nobody else.
		assertThat(api(receiving).post("/api/v1/referrals/" + referralId + "/accept", Map.of("version", 0)).status())
			.isEqualTo(200);
		List<JsonNode> toSender = noticesTo(sender, "/cases/" + caseId);
		assertThat(toSender).extracting(n -> n.get("messageKey").asString()).containsExactly("cases.notice.REFERRAL_ACCEPTED");
		assertThat(noticesTo(api(stranger), "/cases/" + caseId)).isEmpty();
		List<MimeMessage> accepted = TestMail.awaitCount(email(sending), 1);
		assertThat(accepted).hasSize(1);
		assertThat(text(accepted.get(0))).contains(IntegrationTest.PUBLIC_URL + "/cases/" + caseId)
			.doesNotContain(PERSON, "ศรีราชา", caseNumber);
		assertThat(TestMail.received(email(stranger))).isEmpty();
	}

	@Test
	void anOverdueScreeningEscalatesExactlyOnceToTheLeadSupervisorsAndTheProvincesCoordinator() throws Exception {
		TestAccounts.Account worker = accounts.createIn(lead, null, "al-worker", Role.CASE_WORKER);
		TestAccounts.Account supervisor = accounts.createIn(lead, null, "al-super", Role.CASE_SUPERVISOR);
		TestAccounts.Account coordinator = accounts.createIn(unrelatedOrg, "TH-58", "al-coord", Role.PROVINCIAL_COORDINATOR);
		TestAccounts.Account otherCoordinator = accounts.createIn(unrelatedOrg, "TH-57", "al-coord57", Role.PROVINCIAL_COORDINATOR);
		TestAccounts.Account stranger = accounts.createIn(unrelatedOrg, null, "al-strange2", Role.CASE_SUPERVISOR);
		String caseId = open(api(worker), Duration.ofHours(21), "TH-58");
		UUID id = UUID.fromString(caseId);
		String link = "/cases/" + caseId;

		// Three hours left: a warning, once, however many instances run the job at once.
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Callable<Integer>> runs = List.of(escalations::escalateDue, escalations::escalateDue, escalations::escalateDue);
			for (Future<Integer> f : pool.invokeAll(runs)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(alerts(id)).containsExactly("SCREENING_DUE_SOON");
		assertThat(noticesTo(api(supervisor), link)).extracting(n -> n.get("messageKey").asString())
			.containsExactly("cases.notice.SCREENING_DUE_SOON");
		assertThat(noticesTo(api(coordinator), link)).hasSize(1);

		// The clock runs out: the overdue alert, once, and on the case's timeline.
		clock.advance(Duration.ofHours(4));
		escalations.escalateDue();
		escalations.escalateDue();
		assertThat(alerts(id)).containsExactlyInAnyOrder("SCREENING_DUE_SOON", "SCREENING_OVERDUE");
		assertThat(noticesTo(api(supervisor), link)).extracting(n -> n.get("messageKey").asString())
			.containsExactly("cases.notice.SCREENING_OVERDUE", "cases.notice.SCREENING_DUE_SOON");
		assertThat(noticesTo(api(coordinator), link)).hasSize(2);
		JsonNode timeline = api(worker).get("/api/v1/cases/" + caseId + "/timeline").json();
		assertThat(timeline.toString()).containsOnlyOnce("SCREENING_OVERDUE").containsOnlyOnce("SCREENING_DUE_SOON");

		// Case workers, other provinces' coordinators and other organisations hear nothing of it.
		assertThat(noticesTo(api(worker), link)).isEmpty();
		assertThat(noticesTo(api(otherCoordinator), link)).isEmpty();
		assertThat(noticesTo(api(stranger), link)).isEmpty();

		// Other tests' cases of the same organisation may alert its supervisors too: count this case's mails.
		java.util.function.Predicate<MimeMessage> aboutThisCase = m -> {
			try {
				return text(m).contains(IntegrationTest.PUBLIC_URL + link);
			}
			catch (Exception e) {
				return false;
			}
		};
		List<MimeMessage> mails = TestMail.awaitCount(email(coordinator), 2, aboutThisCase);
		assertThat(mails).hasSize(2);
		for (MimeMessage m : mails) {
			assertThat(text(m)).contains(IntegrationTest.PUBLIC_URL + link).doesNotContain(PERSON, "ศรีราชา");
		}
		assertThat(TestMail.awaitCount(email(supervisor), 2, aboutThisCase)).hasSize(2);
		assertThat(TestMail.received(email(worker))).isEmpty();
		assertThat(TestMail.received(email(otherCoordinator))).isEmpty();
	}

	@Test
	void aDecidedScreeningAndAnAnsweredReferralNeverEscalateButAnUnansweredOneDoes() {
		TestAccounts.Account worker = accounts.createIn(lead, null, "al-w3", Role.CASE_WORKER);
		TestAccounts.Account receivingSupervisor = accounts.createIn(receiver, null, "al-rs", Role.CASE_SUPERVISOR);
		TestAccounts.Account receiving = accounts.createIn(receiver, null, "al-rw", Role.CASE_WORKER);
		String caseId = open(api(worker), Duration.ofHours(1), "TH-20");
		String answered = refer(api(worker), caseId, receiver, offeredBy(receiver), "URGENT");
		String unanswered = refer(api(worker), caseId, receiver, offeredBy(receiver), "URGENT");
		assertThat(api(receiving).post("/api/v1/referrals/" + answered + "/accept", Map.of("version", 0)).status()).isEqualTo(200);

		clock.advance(Duration.ofHours(3));
		escalations.escalateDue();
		assertThat(alerts(UUID.fromString(answered))).isEmpty();
		assertThat(alerts(UUID.fromString(unanswered))).containsExactly("REFERRAL_OVERDUE");
		assertThat(noticesTo(api(receivingSupervisor), "/referrals/" + unanswered)).extracting(n -> n.get("messageKey").asString())
			.containsExactly("cases.notice.REFERRAL_OVERDUE", "cases.notice.REFERRAL_SENT");
		assertThat(noticesTo(api(receivingSupervisor), "/referrals/" + answered)).extracting(n -> n.get("messageKey").asString())
			.containsExactly("cases.notice.REFERRAL_SENT");
	}

	@Test
	void aDeclineForLackOfCapacityShowsOnWhoCanHelpAndRanksTheOrganisationLower() throws Exception {
		// Two shelters in Narathiwat, equal in every way.
		Api coordinator = api(accounts.create("al-netco", Role.NETWORK_COORDINATOR));
		UUID shelterA = shelter(coordinator, "A");
		UUID shelterB = shelter(coordinator, "B");
		String service = "SHELTER";
		List<HelpingOrganisation> before = search.whoCanHelp(new HelpRequest("TH-96", service, null, false))
			.stream()
			.filter(h -> h.organisation().id().equals(shelterA) || h.organisation().id().equals(shelterB))
			.toList();
		assertThat(before).hasSize(2).allMatch(h -> h.capacityDeclines() == 0);
		HelpingOrganisation first = before.get(0);
		UUID declining = first.organisation().id();
		UUID other = declining.equals(shelterA) ? shelterB : shelterA;

		TestAccounts.Account worker = accounts.createIn(lead, null, "al-w4", Role.CASE_WORKER);
		TestAccounts.Account theirs = accounts.createIn(declining, null, "al-full", Role.CASE_WORKER);
		String caseId = open(api(worker), Duration.ofHours(1), "TH-96");
		String referralId = refer(api(worker), caseId, declining, service, "NORMAL");
		assertThat(api(theirs).post("/api/v1/referrals/" + referralId + "/decline", Map.of("version", 0, "reason", "NO_CAPACITY"))
			.status()).isEqualTo(200);

		List<HelpingOrganisation> after = search.whoCanHelp(new HelpRequest("TH-96", service, null, false));
		HelpingOrganisation declined = after.stream().filter(h -> h.organisation().id().equals(declining)).findFirst().orElseThrow();
		assertThat(declined.capacityDeclines()).isEqualTo(1);
		int position = after.indexOf(declined);
		assertThat(after.subList(0, position)).extracting(h -> h.organisation().id()).contains(other);
		assertThat(after.subList(0, position)).allMatch(h -> h.capacityDeclines() < declined.capacityDeclines());

		String page = new Api(port).speaking("en").get("/directory/who-can-help?province=TH-96&service=" + service).body();
		assertThat(page).contains("Declined " + declined.capacityDeclines() + " referrals for lack of capacity in the last 30 days");

		// Thirty days on, the decline no longer counts.
		clock.advance(Duration.ofDays(31));
		HelpingOrganisation later = search.whoCanHelp(new HelpRequest("TH-96", service, null, false))
			.stream()
			.filter(h -> h.organisation().id().equals(declining))
			.findFirst()
			.orElseThrow();
		assertThat(later.capacityDeclines()).isZero();
	}

	UUID shelter(Api coordinator, String letter) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("nameTh", "บ้านพักทดสอบความจุ " + letter + " " + UUID.randomUUID().toString().substring(0, 8));
		body.put("nameEn", "Capacity test shelter " + letter + " " + UUID.randomUUID().toString().substring(0, 8));
		body.put("sector", "NGO");
		body.put("provinces", List.of("TH-96"));
		body.put("services", List.of(Map.of("code", "SHELTER")));
		Api.Response r = coordinator.post("/api/v1/organizations", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	List<String> alerts(UUID item) {
		return jdbc.queryForList("SELECT alert FROM nrm_escalation WHERE item_id = ? ORDER BY alert", String.class, item);
	}
}
