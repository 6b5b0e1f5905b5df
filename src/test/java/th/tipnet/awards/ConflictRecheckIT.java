package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.directory.TestOrganisations;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * The conflicts of interest follow the directory: when an organisation moves (its parent, its
 * provinces) or is merged, the seated judges' found conflicts are found again, a new one hides the
 * nomination from the judge at once, a dismissed one stays dismissed while its tie is the same and
 * stands again when the tie changed, and one whose tie is gone lapses; each step audited. The
 * organisations are the test's own, so moving them changes no other test's judges.
 */
@IntegrationTest
class ConflictRecheckIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Panels panels;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	AwardsScene scene;

	TestOrganisations organisations;

	TestAccounts.Account secretariat;

	UUID judgeOrganisation;

	UUID nominatorOrganisation;

	UUID between;

	TestAccounts.Account judge;

	TestAccounts.Account nominator;

	@BeforeEach
	void setUp() {
		scene = new AwardsScene(context, port);
		organisations = new TestOrganisations(context);
		judgeOrganisation = organisations.create("หน่วยงานกรรมการทดสอบ", "Judge's test office");
		nominatorOrganisation = organisations.create("หน่วยงานผู้เสนอทดสอบ", "Nominating test office");
		between = organisations.create("หน่วยงานกลางทดสอบ", "Middle test office");
		TestAccounts accounts = scene.accounts();
		secretariat = accounts.create("recheck-secretariat", Role.NETWORK_COORDINATOR);
		judge = accounts.createIn(judgeOrganisation, null, "recheck-judge", Role.JUDGE);
		nominator = accounts.createIn(nominatorOrganisation, null, "recheck-nominator", Role.ORG_ADMIN);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aMoveInTheDirectoryFindsTheConflictAgainADismissalHoldsWhileTheTieIsTheSameAndALostTieLapses() {
		String nomination = judging();

		// The judge's organisation comes under the nominator: the nomination is hidden from the judge at once.
		organisations.place(judgeOrganisation, nominatorOrganisation, Set.of("TH-10"));
		await().atMost(Duration.ofSeconds(30)).until(() -> standing(nomination) == 1);
		assertThat(seen(nomination)).isEqualTo(404);
		UUID conflict = jdbc.queryForObject("SELECT id FROM award_conflict WHERE nomination_id = ?", UUID.class,
				UUID.fromString(nomination));
		assertThat(tie(conflict)).isEqualTo(judgeOrganisation + ">" + nominatorOrganisation);
		assertThat(audited(conflict)).containsExactly("AWARD_CONFLICT_FOUND");

		scene.as(secretariat, () -> panels.dismiss(conflict, 0, "หน่วยงานย่อยไม่ได้มีส่วนในการเสนอชื่อ"));
		assertThat(seen(nomination)).isEqualTo(200);

		// Another province changes nothing the tie runs through: the dismissal holds.
		organisations.place(judgeOrganisation, nominatorOrganisation, Set.of("TH-50"));
		awaitRechecks();
		assertThat(standing(nomination)).isZero();
		assertThat(seen(nomination)).isEqualTo(200);

		// Through another organisation now: the secretariat's reason no longer speaks to it, and it stands again.
		organisations.place(between, nominatorOrganisation, Set.of("TH-10"));
		awaitRechecks();
		organisations.place(judgeOrganisation, between, Set.of("TH-50"));
		await().atMost(Duration.ofSeconds(30)).until(() -> standing(nomination) == 1);
		assertThat(seen(nomination)).isEqualTo(404);
		assertThat(tie(conflict)).isEqualTo(judgeOrganisation + ">" + between + ">" + nominatorOrganisation);
		assertThat(audited(conflict)).containsExactly("AWARD_CONFLICT_FOUND", "AWARD_CONFLICT_DISMISSED", "AWARD_CONFLICT_REFOUND");

		// Out from under the nominator: the tie is gone and so is the conflict.
		organisations.place(judgeOrganisation, null, Set.of("TH-50"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM award_conflict WHERE id = ?", Integer.class, conflict) == 0);
		assertThat(seen(nomination)).isEqualTo(200);
		assertThat(audited(conflict)).endsWith("AWARD_CONFLICT_LAPSED");
	}

	@Test
	void aJudgeSeatedFromAnOrganisationMergedIntoTheNominatorNoLongerSeesTheNomination() {
		String nomination = judging();

		organisations.merge(judgeOrganisation, nominatorOrganisation);
		await().atMost(Duration.ofSeconds(30)).until(() -> standing(nomination) == 1);
		assertThat(jdbc.queryForObject("SELECT judge_org_id FROM award_panel_seat WHERE judge_id = ?", UUID.class, judge.id()))
			.isEqualTo(nominatorOrganisation);
		assertThat(seen(nomination)).isEqualTo(404);
	}

	@Test
	void aNominationFollowsItsNominatorMergedIntoTheJudgesOrganisationAndTheJudgeNoLongerSeesIt() {
		String nomination = judging();

		// The nominator's organisation was a duplicate of the judge's: the nomination is now the judge's own organisation's.
		organisations.merge(nominatorOrganisation, judgeOrganisation);
		assertThat(jdbc.queryForObject("SELECT nominator_org_id FROM award_nomination WHERE id = ?", UUID.class,
				UUID.fromString(nomination))).isEqualTo(judgeOrganisation);
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class, nomination))
			.endsWith("AWARD_NOMINATION_MOVED");
		await().atMost(Duration.ofSeconds(30)).until(() -> standing(nomination) == 1);
		assertThat(seen(nomination)).isEqualTo(404);
	}

	@Test
	void aRoundWhoseJudgingIsOverKeepsItsConflictsAsTheyWere() {
		String nomination = judging();
		clock.advance(Duration.ofDays(8));

		organisations.place(judgeOrganisation, nominatorOrganisation, Set.of("TH-10"));
		awaitRechecks();
		assertThat(standing(nomination)).isZero();
	}

	/**
	 * A round in its judging window (day 13) whose one eligible nomination, by the nominator's
	 * organisation, the judge (seated with no conflict) sees.
	 */
	private String judging() {
		AwardRound round = scene.openRound(secretariat);
		String nomination = scene.nominate(nominator, round, "stella-maris", true);
		Panels.Seating seating = scene.as(secretariat, () -> panels.seat(round.id(), AwardsScene.agency(round), judge.id()));
		assertThat(seating.found()).isEmpty();
		scene.checkEligible(secretariat, round, nomination);
		clock.advance(Duration.ofDays(13));
		assertThat(scene.api(judge, "th").get(scores(nomination)).status()).isEqualTo(200);
		return nomination;
	}

	/**
	 * What the judge gets asking for the nomination's scores, with a token taken now: the clock is days
	 * ahead, so the identity module's cleanup may drop a token taken earlier as expired.
	 */
	private int seen(String nomination) {
		return scene.api(judge, "th").get(scores(nomination)).status();
	}

	/** Until the directory's announcements are all handled (a handled publication is deleted). */
	private void awaitRechecks() {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%OrganisationPlacementChanged' AND completion_date IS NULL",
				Integer.class) == 0);
	}

	private int standing(String nomination) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM award_conflict WHERE nomination_id = ? AND judge_id = ?"
				+ " AND dismissed_at IS NULL", Integer.class, UUID.fromString(nomination), judge.id());
	}

	private String tie(UUID conflict) {
		return jdbc.queryForObject("SELECT tie FROM award_conflict WHERE id = ?", String.class, conflict);
	}

	private List<String> audited(UUID conflict) {
		return jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class, conflict.toString());
	}

	private static String scores(String nomination) {
		return "/api/v1/nominations/" + nomination + "/scores";
	}
}
