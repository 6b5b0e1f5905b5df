package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import th.tipnet.cases.ProvinceFigures;
import th.tipnet.cases.ReferralMechanismFigures;
import th.tipnet.cases.SmallNumbers;
import th.tipnet.common.Dates;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/**
 * The model-province category: a province nomination's page shows the province's referral-mechanism
 * figures for the round's year, read from the cases module, with small numbers suppressed; a
 * province without figures is told so. Cases of 2019 (B.E. 2562) in Mae Hong Son, Narathiwat and
 * Yala, a year and provinces no other test uses.
 */
@IntegrationTest
class ModelProvinceFiguresIT {

	static final int YEAR_CE = 2019;

	static final String MAE_HONG_SON = "TH-58", NARATHIWAT = "TH-96", YALA = "TH-95";

	static final AtomicInteger NUMBERS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Awards awards;

	@Autowired
	Directory directory;

	@Autowired
	ReferralMechanismFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	UUID division;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		if (jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE case_number LIKE 'AWFIG-%'", Integer.class) == 0) {
			seed();
		}
	}

	/**
	 * Mae Hong Son, 2019: seven screenings (six identified victims), decided 2, 4, 6, 8, 10, 12 and
	 * 30 hours after first contact (median 8); a screening decided at 01:00 on 1 January 2020 in
	 * Bangkok (still 2019 in UTC) belongs to 2020. Six referrals: four answered in time, one late, one
	 * never answered and past its deadline (4 of 6 = 67%); five completed successfully, one not.
	 * Narathiwat, 2019: three identified victims, two referrals answered in time, one service
	 * delivered: every figure from fewer than five, so none is shown.
	 */
	private void seed() {
		int[] hours = { 2, 4, 6, 8, 10, 12, 30 };
		for (int i = 0; i < hours.length; i++) {
			OffsetDateTime contact = bangkok(2019, 3, 1 + i, 9);
			UUID c = newCase(MAE_HONG_SON, contact);
			screening(c, i == 6 ? "UNDETERMINED" : "IDENTIFIED_VICTIM", contact.plusHours(hours[i]));
			if (i < 6) {
				boolean answered = i != 5;
				boolean inTime = i < 4;
				OffsetDateTime due = contact.plusDays(3);
				referral(c, MAE_HONG_SON, contact.plusDays(1), due, answered ? (inTime ? due.minusHours(1) : due.plusHours(5)) : null,
						answered ? Boolean.TRUE : null, answered ? contact.plusDays(20) : null);
			}
		}
		UUID unsuccessful = newCase(MAE_HONG_SON, bangkok(2019, 5, 1, 9));
		referral(unsuccessful, MAE_HONG_SON, bangkok(2019, 5, 2, 9), bangkok(2019, 5, 5, 9), bangkok(2019, 5, 3, 9), Boolean.FALSE,
				bangkok(2019, 6, 1, 9));
		UUID newYear = newCase(MAE_HONG_SON, bangkok(2019, 12, 31, 20));
		screening(newYear, "IDENTIFIED_VICTIM", bangkok(2020, 1, 1, 1));
		for (int i = 0; i < 3; i++) {
			OffsetDateTime contact = bangkok(2019, 7, 1 + i, 9);
			UUID c = newCase(NARATHIWAT, contact);
			screening(c, "IDENTIFIED_VICTIM", contact.plusHours(5 + i));
			if (i < 2) {
				referral(c, NARATHIWAT, contact.plusDays(1), contact.plusDays(3), contact.plusDays(2), i == 0 ? Boolean.TRUE : null,
						i == 0 ? contact.plusDays(10) : null);
			}
		}
	}

	@Test
	void theCasesModuleCountsAProvincesYearAndSuppressesSmallNumbers() {
		ProvinceFigures mae = figures.ofProvince(MAE_HONG_SON, YEAR_CE);
		assertThat(mae.any()).isTrue();
		assertThat(mae.victimsIdentified()).isEqualTo(new SmallNumbers.Figure(SmallNumbers.Figure.Shown.VALUE, 6));
		assertThat(mae.medianHoursToScreening().value()).isEqualTo(8.0);
		// The 8th referral (answered in time, unsuccessful) counts too: 5 of 7 answered in time.
		assertThat(mae.referralsAnsweredInTimePercent().value()).isCloseTo(500.0 / 7, org.assertj.core.data.Offset.offset(0.001));
		assertThat(mae.servicesDelivered().value()).isEqualTo(5);

		ProvinceFigures nara = figures.ofProvince(NARATHIWAT, YEAR_CE);
		assertThat(nara.any()).isTrue();
		assertThat(nara.victimsIdentified()).isEqualTo(SmallNumbers.Figure.SUPPRESSED);
		assertThat(nara.medianHoursToScreening()).isEqualTo(SmallNumbers.Figure.SUPPRESSED);
		assertThat(nara.referralsAnsweredInTimePercent()).isEqualTo(SmallNumbers.Figure.SUPPRESSED);
		assertThat(nara.servicesDelivered()).isEqualTo(SmallNumbers.Figure.SUPPRESSED);

		ProvinceFigures yala = figures.ofProvince(YALA, YEAR_CE);
		assertThat(yala.any()).isFalse();
		assertThat(yala.victimsIdentified()).isEqualTo(new SmallNumbers.Figure(SmallNumbers.Figure.Shown.VALUE, 0));
		assertThat(yala.medianHoursToScreening()).isEqualTo(SmallNumbers.Figure.NONE);
		// The next year holds the screening decided just after midnight in Bangkok, and only it.
		assertThat(figures.ofProvince(MAE_HONG_SON, 2020).medianHoursToScreening()).isEqualTo(SmallNumbers.Figure.SUPPRESSED);
	}

	@Test
	void aProvinceNominationsPageShowsTheFiguresOfTheRoundsYearInThaiAndEnglishSuppressedOrAbsentPlainly() {
		TestAccounts.Account secretariat = accounts.create("fig-secretariat", Role.NETWORK_COORDINATOR);
		TestAccounts.Account nominator = accounts.createIn(division, null, "fig-nominator", Role.ORG_ADMIN);
		AwardRound round = roundOf(2562, secretariat);
		String mae = nominate(round, nominator, MAE_HONG_SON);
		String nara = nominate(round, nominator, NARATHIWAT);
		String yala = nominate(round, nominator, YALA);
		String person = nominatePerson(round, nominator);

		WebVisitor web = new WebVisitor(port);
		web.signIn(secretariat.username(), secretariat.password());
		String thai = web.get("/awards/nominations/" + mae).body();
		assertThat(thai).contains("ตัวเลขกลไกการส่งต่อระดับชาติของแม่ฮ่องสอน ปี 2562").contains("data-testid=\"victims-identified\">6<")
			.contains("8.0 ชั่วโมง").contains("ร้อยละ 71").contains("data-testid=\"services-delivered\">5<");
		String suppressed = web.get("/awards/nominations/" + nara).body();
		assertThat(suppressed).contains("data-testid=\"victims-identified\">น้อยกว่า 5 ราย ไม่แสดงตัวเลข<")
			.contains("data-testid=\"median-hours\">น้อยกว่า 5 ราย ไม่แสดงตัวเลข<").doesNotContain("ร้อยละ 100");
		assertThat(web.get("/awards/nominations/" + yala).body()).contains("data-testid=\"no-figures\"")
			.contains("ยังไม่มีตัวเลขกลไกการส่งต่อระดับชาติของยะลาในปี 2562");
		assertThat(web.get("/awards/nominations/" + person).body()).doesNotContain("data-testid=\"province-figures\"");

		String english = web.speaking("en").get("/awards/nominations/" + mae).body();
		assertThat(english).contains("National Referral Mechanism figures for Mae Hong Son, 2019").contains("8.0 hours")
			.contains("71%").doesNotContain("ปี 2562");
		assertThat(web.get("/awards/nominations/" + nara).body()).contains("Fewer than 5: not shown");

		// The nominating organisation reads its own nomination with the figures; another organisation gets 404.
		WebVisitor own = new WebVisitor(port);
		own.signIn(nominator.username(), nominator.password());
		assertThat(own.get("/awards/nominations/" + mae).body()).contains("data-testid=\"province-figures\"");
		TestAccounts.Account stranger = accounts.createIn(directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id(),
				null, "fig-stranger", Role.ORG_ADMIN);
		WebVisitor other = new WebVisitor(port);
		other.signIn(stranger.username(), stranger.password());
		assertThat(other.get("/awards/nominations/" + mae).statusCode()).isEqualTo(404);
	}

	private AwardRound roundOf(int yearBe, TestAccounts.Account secretariat) {
		Instant now = clock.instant();
		Windows open = new Windows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
				now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)));
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(secretariat));
		try {
			return awards.open(AwardRoundsIT.plan(yearBe, open));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String nominate(AwardRound round, TestAccounts.Account nominator, String province) {
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", category(round, "MODEL_PROVINCE"));
		body.put("nomineeKind", "PROVINCE");
		body.put("provinceCode", province);
		body.put("justification", "ทีมสหวิชาชีพทำงานร่วมกันตลอดปี");
		body.put("achievements", "คัดแยกผู้เสียหายทันเวลา");
		body.put("nomineeConsented", true);
		body.put("submit", true);
		var created = api(nominator).post("/api/v1/award-rounds/" + round.id() + "/nominations", body);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String nominatePerson(AwardRound round, TestAccounts.Account nominator) {
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", category(round, "MODEL_PERSON"));
		body.put("nomineeKind", "PERSON");
		body.put("personName", "สมหญิง ตัวเลข");
		body.put("personPosition", "นักสังคมสงเคราะห์");
		body.put("personOrganisationId", division.toString());
		body.put("personProvinceCode", MAE_HONG_SON);
		body.put("justification", "ทำงานคุ้มครองผู้เสียหาย");
		body.put("achievements", "ช่วยผู้เสียหาย");
		body.put("nomineeConsented", true);
		var created = api(nominator).post("/api/v1/award-rounds/" + round.id() + "/nominations", body);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String category(AwardRound round, String code) {
		return round.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id().toString();
	}

	private Api api(TestAccounts.Account account) {
		return new Api(port).withToken(accounts.token(account)).speaking("th");
	}

	private UUID newCase(String province, OffsetDateTime contact) {
		UUID id = UUID.randomUUID();
		jdbc.update("INSERT INTO nrm_case (id, case_number, lead_org_id, province_code, channel, first_contact_at, screening_due_at,"
				+ " status, child_procedure, gender, birth_precision, opened_at, version)"
				+ " VALUES (?, ?, ?, ?, 'LABOUR_INSPECTION', ?, ?, 'IDENTIFIED_VICTIM', FALSE, 'Masculine', 'UNKNOWN', ?, 0)",
				id, "AWFIG-" + NUMBERS.incrementAndGet(), division, province, contact, contact.plusHours(24), contact);
		return id;
	}

	private void screening(UUID caseId, String outcome, OffsetDateTime decided) {
		jdbc.update("INSERT INTO nrm_screening (id, case_id, outcome, decided_at, decided_by_name, late) VALUES (?, ?, ?, ?, 'mdt', FALSE)",
				UUID.randomUUID(), caseId, outcome, decided);
	}

	private void referral(UUID caseId, String province, OffsetDateTime sent, OffsetDateTime due, OffsetDateTime answered,
			Boolean successful, OffsetDateTime completed) {
		UUID receiver = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		String state = answered == null ? "IN_PROGRESS" : successful == null ? "ACCEPTED" : "DONE";
		jdbc.update("INSERT INTO nrm_referral (id, case_id, sender_org_id, receiver_org_id, purpose, urgency, province_code,"
				+ " exploitation_types, child_procedure, consent, consent_by, consent_at, state, sent_at, sent_by_name, answer_due_at,"
				+ " answered_at, successful, completed_at, version)"
				+ " VALUES (?, ?, ?, ?, 'SHELTER', 'NORMAL', ?, 'ForcedLabour', FALSE, 'GIVEN', 'worker', ?, ?, ?, 'worker', ?, ?, ?, ?, 0)",
				UUID.randomUUID(), caseId, division, receiver, province, sent, state, sent, due, answered, successful, completed);
	}

	private static OffsetDateTime bangkok(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(Dates.BANGKOK).toOffsetDateTime();
	}
}
