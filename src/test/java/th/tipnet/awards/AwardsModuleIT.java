package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import th.tipnet.directory.TestOrganisations;
import th.tipnet.support.ModuleTest;
import th.tipnet.support.SignedIn;

/** What the awards module announces and how it reacts, with only awards and the modules it depends on running. */
@ModuleTest
class AwardsModuleIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	Awards awards;

	@Autowired
	NominationDesk desk;

	@Autowired
	Rubrics rubrics;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	/** The cases module posts its notices through notify, which awards does not use. */
	@MockitoBean
	th.tipnet.notify.Notices notices;

	@Test
	void openingARoundAnnouncesItsYearAndTheStandardCategoriesGetTheirRubricInTheSameTransaction(Scenario scenario) {
		int year = freeYear();

		try (SignedIn secretariat = SignedIn.asNetworkCoordinator()) {
			scenario.stimulate(() -> awards.open(plan(year)))
				.andWaitForEventOfType(AwardRoundOpened.class)
				.matching(opened -> opened.yearBe() == year)
				.toArriveAndVerify((opened, round) -> {
					assertThat(opened.roundId()).isEqualTo(round.id());
					assertThat(round.categories()).isNotEmpty()
						.allSatisfy(category -> assertThat(rubrics.findByCategoryIdOrderByPosition(category.id())
							.stream()
							.mapToInt(Criterion::weight)
							.sum()).as("the rubric's weights of %s", category.code()).isEqualTo(100));
				});
		}
	}

	@Test
	void submittingANominationAnnouncesItForItsRound(Scenario scenario) {
		AwardRound round;
		try (SignedIn secretariat = SignedIn.asNetworkCoordinator()) {
			round = awards.open(plan(freeYear()));
		}
		AwardCategory agencies = round.categories().stream()
			.filter(c -> c.nomineeKind() == NomineeKind.ORGANISATION)
			.findFirst()
			.orElseThrow();
		TestOrganisations organisations = new TestOrganisations(context);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID nominator = organisations.create("มูลนิธิผู้เสนอ (โมดูล) " + tag, "Nominating Foundation (module) " + tag);
		UUID nominee = organisations.create("หน่วยงานดีเด่น (โมดูล) " + tag, "Outstanding Agency (module) " + tag);
		NominationDesk.Form form = new NominationDesk.Form(agencies.id(), NomineeKind.ORGANISATION, null, null, null, null,
				nominee, null, "ส่งต่อผู้เสียหายครบทุกรายภายในวันเดียว", "ส่งต่อ 40 ราย ปี 2567", true);

		try (SignedIn admin = SignedIn.as(nominator, "ORG_ADMIN")) {
			scenario.stimulate(() -> desk.nominate(round.id(), form, true))
				.andWaitForEventOfType(NominationSubmitted.class)
				.matching(submitted -> submitted.roundId().equals(round.id()))
				.toArriveAndVerify((submitted, nomination) -> {
					assertThat(submitted.nominationId()).isEqualTo(nomination.id());
					assertThat(nomination.status()).isEqualTo(Nomination.Status.SUBMITTED);
					assertThat(nomination.nominatorOrganisationId()).isEqualTo(nominator);
				});
		}
	}

	/** This year's round, taking nominations since yesterday, with the standard categories. */
	private AwardRound.Plan plan(int yearBe) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Windows windows = new Windows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(35)),
				now.plus(Duration.ofDays(50)), now.plus(Duration.ofDays(60)));
		return new AwardRound.Plan(yearBe, "รางวัลทดสอบโมดูล " + yearBe, "Module test awards " + yearBe, windows, false,
				DemoAwards.categories());
	}

	/** A year no round holds, from the counter the other awards tests draw from, so none of them meets it later. */
	private int freeYear() {
		Set<Integer> taken = jdbc.queryForList("SELECT year_be FROM award_round", Integer.class)
			.stream()
			.collect(Collectors.toSet());
		int year = NominationsIT.YEARS.getAndIncrement();
		while (taken.contains(year)) {
			year = NominationsIT.YEARS.getAndIncrement();
		}
		return year;
	}
}
