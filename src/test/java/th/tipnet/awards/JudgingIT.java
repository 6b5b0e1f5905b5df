package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.tipnet.common.DomainException;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * Judging as the secretariat, the judges and the nominators live it: eligibility before judging,
 * panels with the conflicts of interest found and declared (a conflicted judge cannot even learn the
 * nomination exists), blind rounds, and scores that lock with the judging window, every change audited.
 */
@IntegrationTest
class JudgingIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Awards awards;

	@Autowired
	Panels panels;

	@Autowired
	EligibilityDesk eligibility;

	@Autowired
	JudgeDesk judging;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	TestAccounts.Account secretariat;

	TestAccounts.Account divisionAdmin;

	TestAccounts.Account mirrorAdmin;

	/** A judge of the Mirror Foundation: tied to whatever the foundation nominates. */
	TestAccounts.Account mirrorJudge;

	/** A judge of an organisation none of the nominations names. */
	TestAccounts.Account freeJudge;

	UUID division;

	UUID mirror;

	UUID police;

	UUID stella;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		police = directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id();
		stella = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		UUID hug = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		divisionAdmin = accounts.createIn(division, null, "jdg-division", Role.ORG_ADMIN);
		mirrorAdmin = accounts.createIn(mirror, null, "jdg-mirror", Role.ORG_ADMIN);
		secretariat = accounts.create("jdg-secretariat", Role.NETWORK_COORDINATOR);
		mirrorJudge = accounts.createIn(mirror, null, "jdg-judge-mirror", Role.JUDGE);
		freeJudge = accounts.createIn(hug, null, "jdg-judge-hug", Role.JUDGE);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void aConflictFoundThroughTheJudgesOrganisationHidesTheNominationUntilTheSecretariatDismissesItWithAReason() throws Exception {
		AwardRound round = openRound(false);
		String byMirror = nominate(round, mirrorAdmin, police);
		String byDivision = nominate(round, divisionAdmin, stella);
		Panels.Seating seating = as(secretariat, () -> panels.seat(round.id(), category(round, "OUTSTANDING_AGENCY"), mirrorJudge.id()));
		assertThat(seating.found()).singleElement().satisfies(c -> {
			assertThat(c.nominationId()).hasToString(byMirror);
			assertThat(c.basis()).isEqualTo(Conflict.Basis.NOMINATOR_ORGANISATION);
		});
		checkEligible(round, byMirror, byDivision);
		clock.advance(Duration.ofDays(13));

		Api judge = api(mirrorJudge);
		assertThat(judge.get(scores(byMirror)).status()).isEqualTo(404);
		assertThat(judge.put(scores(byMirror), Map.of("scores", List.of(entry(round, 0, 8))), Map.of()).status()).isEqualTo(404);
		assertThat(judge.get(scores(byDivision)).status()).isEqualTo(200);
		assertThat(as(mirrorJudge, judging::assignments)).extracting(n -> n.id().toString()).containsExactly(byDivision);
		assertThat(html(mirrorJudge, "/awards/judging/" + byMirror).getResponse().getStatus()).isEqualTo(404);

		String board = html(secretariat, "/awards/rounds/" + round.id() + "/panels?lang=th").getResponse().getContentAsString();
		assertThat(board).contains("หน่วยงานของ Test jdg-judge-mirror คือ มูลนิธิกระจกเงา ซึ่งเป็นผู้เสนอชื่อ").contains("ระบบตรวจพบ");
		String english = html(secretariat, "/awards/rounds/" + round.id() + "/panels?lang=en").getResponse().getContentAsString();
		assertThat(english).contains("organisation, Mirror Foundation, is the nominator");

		UUID conflict = seating.found().get(0).id();
		MvcResult blank = mvc.perform(post("/awards/conflicts/" + conflict + "/dismiss?lang=th").param("version", "0")
			.param("reason", " ")
			.with(csrf())
			.with(authentication(accounts.authentication(secretariat)))).andReturn();
		assertThat(blank.getResponse().getStatus()).isEqualTo(422);
		assertThat(judge.get(scores(byMirror)).status()).isEqualTo(404);
		MvcResult dismissed = mvc.perform(post("/awards/conflicts/" + conflict + "/dismiss").param("version", "0")
			.param("reason", "มูลนิธิเสนอชื่อหน่วยงานอื่น กรรมการไม่ได้มีส่วนในการเสนอชื่อ")
			.with(csrf())
			.with(authentication(accounts.authentication(secretariat)))).andReturn();
		assertThat(dismissed.getResponse().getStatus()).isEqualTo(302);

		assertThat(judge.get(scores(byMirror)).status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT changes FROM audit_entry WHERE entity_id = ? AND action = 'AWARD_CONFLICT_DISMISSED'",
				String.class, conflict.toString())).contains("กรรมการไม่ได้มีส่วนในการเสนอชื่อ");
		assertThat(html(secretariat, "/awards/rounds/" + round.id() + "/panels?lang=th").getResponse().getContentAsString())
			.contains("ยกเลิกแล้ว ไม่ถือเป็นส่วนได้เสีย");
	}

	@Test
	void aJudgeWhoDeclaresAConflictNoLongerSeesTheNominationAndTheDeclarationCannotBeDismissed() throws Exception {
		AwardRound round = openRound(false);
		String nomination = nominate(round, divisionAdmin, stella);
		as(secretariat, () -> panels.seat(round.id(), category(round, "OUTSTANDING_AGENCY"), freeJudge.id()));
		checkEligible(round, nomination);
		clock.advance(Duration.ofDays(13));
		assertThat(api(freeJudge).get(scores(nomination)).status()).isEqualTo(200);

		MvcResult declared = mvc.perform(post("/awards/judging/" + nomination + "/conflict")
			.param("reason", "ข้าพเจ้าเคยเป็นกรรมการมูลนิธินี้")
			.with(csrf())
			.with(authentication(accounts.authentication(freeJudge)))).andReturn();
		assertThat(declared.getResponse().getStatus()).isEqualTo(302);

		assertThat(api(freeJudge).get(scores(nomination)).status()).isEqualTo(404);
		assertThat(as(freeJudge, judging::assignments)).isEmpty();
		assertThat(html(secretariat, "/awards/rounds/" + round.id() + "/panels?lang=th").getResponse().getContentAsString())
			.contains("แจ้งว่า: ข้าพเจ้าเคยเป็นกรรมการมูลนิธินี้")
			.contains("กรรมการแจ้งเอง");
		UUID conflict = jdbc.queryForObject("SELECT id FROM award_conflict WHERE nomination_id = ? AND source = 'DECLARED'", UUID.class,
				UUID.fromString(nomination));
		assertThatThrownBy(() -> as(secretariat, () -> panels.dismiss(conflict, 0, "ไม่เกี่ยว"))).isInstanceOfSatisfying(
				DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("awards.error.declaredStands"));
	}

	@Test
	void aBlindRoundHidesTheNominatorFromJudgesButNotFromTheSecretariat() throws Exception {
		AwardRound round = openRound(true);
		String nomination = nominate(round, divisionAdmin, stella);
		as(secretariat, () -> panels.seat(round.id(), category(round, "OUTSTANDING_AGENCY"), freeJudge.id()));
		checkEligible(round, nomination);
		clock.advance(Duration.ofDays(13));

		var forJudge = api(freeJudge).get(scores(nomination)).json();
		assertThat(forJudge.get("blindJudging").asBoolean()).isTrue();
		assertThat(forJudge.get("nominatorOrganisationId").isNull()).isTrue();
		assertThat(forJudge.get("criteria")).hasSize(4);
		assertThat(api(secretariat).get(scores(nomination)).json().get("nominatorOrganisationId").asString()).isEqualTo(division.toString());
		String page = html(freeJudge, "/awards/judging/" + nomination + "?lang=th").getResponse().getContentAsString();
		assertThat(page).contains("ทำงานร่วมกับเครือข่าย").doesNotContain("กองต่อต้านการค้ามนุษย์");
	}

	@Test
	void scoresAreGivenInTheWindowEachChangeAuditedWithBeforeAndAfterAndLockedOnceItCloses() throws Exception {
		AwardRound round = openRound(false);
		String nomination = nominate(round, divisionAdmin, stella);
		as(secretariat, () -> panels.seat(round.id(), category(round, "OUTSTANDING_AGENCY"), freeJudge.id()));
		checkEligible(round, nomination);
		Api judge = api(freeJudge);
		var early = judge.put(scores(nomination), Map.of("scores", List.of(entry(round, 0, 7))), Map.of());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body()).contains("รับคะแนนตั้งแต่");
		clock.advance(Duration.ofDays(13));

		var given = judge.put(scores(nomination), Map.of("scores", List.of(entry(round, 0, 7), entry(round, 1, 6))), Map.of());
		assertThat(given.status()).isEqualTo(200);
		assertThat(given.json().get("sheets").get(0).get("scores")).hasSize(2);
		assertThat(given.json().get("sheets").get(0).get("complete").asBoolean()).isFalse();
		var changed = judge.put(scores(nomination), Map.of("scores", List.of(entry(round, 0, 9))), Map.of());
		assertThat(changed.status()).isEqualTo(200);

		var outOfScale = judge.put(scores(nomination), Map.of("scores", List.of(entry(round, 0, 11), entry(round, 2, 0))), Map.of());
		assertThat(outOfScale.status()).isEqualTo(422);
		assertThat(outOfScale.problemFields()).containsExactly("scores[0].score", "scores[1].score");
		assertThat(outOfScale.body()).contains("คะแนนต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 10");
		assertThat(api(freeJudge).speaking("en").put(scores(nomination), Map.of("scores", List.of(entry(round, 0, 11))), Map.of()).body())
			.contains("The score must be a whole number from 1 to 10");
		assertThat(api(secretariat).put(scores(nomination), Map.of("scores", List.of(entry(round, 0, 1))), Map.of()).status())
			.isEqualTo(403);
		assertThat(jdbc.queryForList("SELECT score FROM award_score WHERE nomination_id = ? ORDER BY score", Integer.class,
				UUID.fromString(nomination))).containsExactly(6, 9);

		List<Map<String, Object>> audited = jdbc.queryForList(
				"SELECT action, changes FROM audit_entry WHERE entity_id = ? AND entity_type = 'AwardScore' ORDER BY id", nomination);
		assertThat(audited).extracting(r -> r.get("action"))
			.containsExactly("AWARD_SCORE_GIVEN", "AWARD_SCORE_GIVEN", "AWARD_SCORE_CHANGED");
		assertThat(String.valueOf(audited.get(2).get("changes"))).contains("7").contains("9");
		assertThat(html(secretariat, "/awards/rounds/" + round.id() + "/panels?lang=th").getResponse().getContentAsString())
			.contains("ให้คะแนนแล้ว 0 จาก 1 รายการ");

		clock.advance(Duration.ofDays(8));
		var locked = judge.put(scores(nomination), Map.of("scores", List.of(entry(round, 0, 3))), Map.of());
		assertThat(locked.status()).isEqualTo(409);
		assertThat(locked.body()).contains("คะแนนถูกล็อก");
		assertThat(jdbc.queryForList("SELECT score FROM award_score WHERE nomination_id = ? ORDER BY score", Integer.class,
				UUID.fromString(nomination))).containsExactly(6, 9);
	}

	@Test
	void onlyEligibleNominationsGoToTheJudgesAndAnItemNotMetNeedsItsReason() throws Exception {
		AwardRound round = openRound(false);
		String nomination = nominate(round, divisionAdmin, stella);
		as(secretariat, () -> panels.seat(round.id(), category(round, "OUTSTANDING_AGENCY"), freeJudge.id()));
		clock.advance(Duration.ofDays(11));
		String form = "/awards/nominations/" + nomination + "/eligibility";
		MvcResult noReason = mvc.perform(post(form + "?lang=th").param("version", String.valueOf(version(nomination)))
			.param("checks[0].met", "true")
			.param("checks[1].met", "false")
			.param("checks[2].met", "true")
			.with(csrf())
			.with(authentication(accounts.authentication(secretariat)))).andReturn();
		assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(noReason.getResponse().getContentAsString()).contains("ต้องระบุ");
		assertThat(jdbc.queryForObject("SELECT eligibility FROM award_nomination WHERE id = ?", String.class, UUID.fromString(nomination)))
			.isNull();
		assertThat(mvc.perform(post(form).param("version", String.valueOf(version(nomination))).param("checks[0].met", "true")
			.with(csrf()).with(authentication(accounts.authentication(divisionAdmin)))).andReturn().getResponse().getStatus())
			.isEqualTo(403);

		MvcResult ineligible = mvc.perform(post(form).param("version", String.valueOf(version(nomination)))
			.param("checks[0].met", "true")
			.param("checks[1].met", "false")
			.param("checks[1].reason", "ได้รับรางวัลประเภทเดียวกันเมื่อปี 2566")
			.param("checks[2].met", "true")
			.with(csrf())
			.with(authentication(accounts.authentication(secretariat)))).andReturn();
		assertThat(ineligible.getResponse().getStatus()).isEqualTo(302);
		assertThat(html(secretariat, "/awards/rounds/" + round.id() + "/eligibility?lang=th").getResponse().getContentAsString())
			.contains("ขาดคุณสมบัติ")
			.contains("ไม่ผ่าน 1 ข้อ");
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class, nomination))
			.endsWith("AWARD_NOMINATION_ELIGIBILITY_CHECKED");
		clock.advance(Duration.ofDays(2));

		assertThat(api(freeJudge).get(scores(nomination)).status()).isEqualTo(404);
		var refused = api(freeJudge).put(scores(nomination), Map.of("scores", List.of(entry(round, 0, 8))), Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("ไม่ผ่านการตรวจคุณสมบัติ");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award_score WHERE nomination_id = ?", Integer.class,
				UUID.fromString(nomination))).isZero();
	}

	private AwardRound openRound(boolean blind) {
		Instant now = clock.instant();
		Windows windows = new Windows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
				now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)));
		AwardRound.Plan plan = AwardRoundsIT.plan(NominationsIT.YEARS.getAndIncrement(), windows);
		AwardRound.Plan asked = new AwardRound.Plan(plan.yearBe(), plan.titleTh(), plan.titleEn(), windows, blind, plan.categories());
		return as(secretariat, () -> awards.open(asked));
	}

	/** An organisation nominated for outstanding agency by the nominator's organisation, submitted. */
	private String nominate(AwardRound round, TestAccounts.Account nominator, UUID nominee) {
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", category(round, "OUTSTANDING_AGENCY").toString());
		body.put("nomineeKind", "ORGANISATION");
		body.put("organisationId", nominee.toString());
		body.put("justification", "ทำงานร่วมกับเครือข่ายอย่างใกล้ชิด");
		body.put("achievements", "ส่งต่อผู้เสียหาย 120 ราย");
		body.put("nomineeConsented", true);
		body.put("submit", true);
		var created = api(nominator).post("/api/v1/award-rounds/" + round.id() + "/nominations", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** The secretariat finds every item met, once nominations have closed. */
	private void checkEligible(AwardRound round, String... nominations) {
		clock.advance(Duration.ofDays(11));
		int items = round.category(category(round, "OUTSTANDING_AGENCY")).orElseThrow().eligibility().size();
		for (String id : nominations) {
			List<EligibilityCheck> all = new ArrayList<>();
			for (int i = 0; i < items; i++) {
				all.add(new EligibilityCheck(true, null));
			}
			as(secretariat, () -> eligibility.check(new NominationId(UUID.fromString(id)), version(id), all));
		}
		clock.reset();
	}

	private long version(String nomination) {
		return jdbc.queryForObject("SELECT version FROM award_nomination WHERE id = ?", Long.class, UUID.fromString(nomination));
	}

	private UUID category(AwardRound round, String code) {
		return round.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
	}

	private Map<String, Object> entry(AwardRound round, int criterion, int score) {
		UUID category = category(round, "OUTSTANDING_AGENCY");
		UUID id = jdbc.queryForObject("SELECT id FROM award_criterion WHERE category_id = ? AND position = ?", UUID.class, category,
				criterion);
		return Map.of("criterionId", id.toString(), "score", score, "comment", "ผลงานชัดเจน");
	}

	private static String scores(String nomination) {
		return "/api/v1/nominations/" + nomination + "/scores";
	}

	private Api api(TestAccounts.Account account) {
		return new Api(port).withToken(accounts.token(account)).speaking("th");
	}

	private MvcResult html(TestAccounts.Account account, String path) throws Exception {
		return mvc.perform(get(path).with(authentication(accounts.authentication(account)))).andReturn();
	}

	private <T> T as(TestAccounts.Account account, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(account));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
