package th.tipnet.awards;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.TestClock;

/**
 * A round whose judging is over, for the results' tests (and the browser's): one category,
 * outstanding agency, with the given quota; the national division nominates the given directory
 * organisations, the secretariat finds them eligible, judges of the HUG project (tied to none of
 * them) score every criterion of each nomination as told, and the clock then stands in the deciding
 * phase: judging closed (scores locked), nine days before the announcement. The test resets the clock.
 */
public final class ResultsFixture {

	private final Awards awards;

	private final NominationDesk desk;

	private final EligibilityDesk eligibility;

	private final Panels panels;

	private final JudgeDesk judging;

	private final Rubrics rubrics;

	private final Directory directory;

	private final TestClock clock;

	private final TestAccounts accounts;

	public ResultsFixture(ApplicationContext context) {
		this.awards = context.getBean(Awards.class);
		this.desk = context.getBean(NominationDesk.class);
		this.eligibility = context.getBean(EligibilityDesk.class);
		this.panels = context.getBean(Panels.class);
		this.judging = context.getBean(JudgeDesk.class);
		this.rubrics = context.getBean(Rubrics.class);
		this.directory = context.getBean(Directory.class);
		this.clock = context.getBean(TestClock.class);
		this.accounts = new TestAccounts(context);
	}

	/** The round, its one category, the nominations in the order of the nominees asked for, and its secretariat. */
	public record Scene(UUID roundId, UUID categoryId, List<UUID> nominations, TestAccounts.Account secretariat,
			TestAccounts.Account nominator) {
	}

	/**
	 * @param quota the category's quota
	 * @param nominees the directory's reference keys of the organisations nominated
	 * @param scores {@code scores[j][n]}: what judge {@code j} gives every criterion of nomination {@code n}
	 */
	public Scene decided(int quota, List<String> nominees, int[][] scores) {
		UUID division = organisation("msdhs-atip");
		TestAccounts.Account secretariat = accounts.create("res-secretariat", Role.NETWORK_COORDINATOR);
		TestAccounts.Account nominator = accounts.createIn(division, null, "res-nominator", Role.ORG_ADMIN);
		AwardRound round = as(secretariat, () -> awards.open(plan(quota)));
		UUID category = round.categories().get(0).id();
		List<UUID> nominations = new ArrayList<>();
		for (String nominee : nominees) {
			NominationDesk.Form form = new NominationDesk.Form(category, NomineeKind.ORGANISATION, null, null, null, null,
					organisation(nominee), null, "ทำงานร่วมกับเครือข่ายอย่างใกล้ชิด", "ส่งต่อผู้เสียหาย 120 ราย", true);
			nominations.add(as(nominator, () -> desk.nominate(round.id(), form, true)).id().value());
		}
		List<TestAccounts.Account> judges = new ArrayList<>();
		for (int j = 0; j < scores.length; j++) {
			TestAccounts.Account judge = accounts.createIn(organisation("hug-project"), null, "res-judge", Role.JUDGE);
			judges.add(judge);
			as(secretariat, () -> panels.seat(round.id(), category, judge.id()));
		}
		clock.advance(Duration.ofDays(11));
		int items = round.categories().get(0).eligibility().size();
		for (UUID n : nominations) {
			List<EligibilityCheck> met = new ArrayList<>();
			for (int i = 0; i < items; i++) {
				met.add(new EligibilityCheck(true, null));
			}
			long version = eligibility(secretariat, n).version();
			as(secretariat, () -> eligibility.check(new NominationId(n), version, met));
		}
		clock.advance(Duration.ofDays(2));
		List<Criterion> rubric = rubrics.findByCategoryIdOrderByPosition(category);
		for (int j = 0; j < scores.length; j++) {
			for (int n = 0; n < nominations.size(); n++) {
				int score = scores[j][n];
				List<JudgeDesk.Entry> entries = rubric.stream().map(c -> new JudgeDesk.Entry(c.id(), score, null)).toList();
				UUID nomination = nominations.get(n);
				as(judges.get(j), () -> judging.score(new NominationId(nomination), entries));
			}
		}
		clock.advance(Duration.ofDays(8));
		return new Scene(round.id().value(), category, List.copyOf(nominations), secretariat, nominator);
	}

	/** Runs the action signed in as the account. */
	public <T> T as(TestAccounts.Account account, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(account));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public TestAccounts accounts() {
		return accounts;
	}

	private Nomination eligibility(TestAccounts.Account secretariat, UUID nomination) {
		return as(secretariat, () -> eligibility.nomination(new NominationId(nomination)));
	}

	private UUID organisation(String referenceKey) {
		return directory.summaryByReferenceKey(referenceKey).orElseThrow().id().value();
	}

	/** A round from now: nominations for ten days, judging from day 12 to day 20, the announcement on day 30. */
	private AwardRound.Plan plan(int quota) {
		Instant now = clock.instant();
		Windows windows = new Windows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
				now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)));
		AwardCategory.Plan agency = DemoAwards.categories()
			.stream()
			.filter(c -> c.code().equals("OUTSTANDING_AGENCY"))
			.findFirst()
			.orElseThrow();
		AwardCategory.Plan planned = new AwardCategory.Plan(agency.code(), agency.nameTh(), agency.nameEn(), agency.nomineeKind(),
				quota, agency.plaque(), agency.prizeBaht(), agency.criteriaTh(), agency.criteriaEn(), agency.eligibility());
		int year = NominationsIT.YEARS.getAndIncrement();
		return new AwardRound.Plan(year, "รางวัลทดสอบ " + year, "Test awards " + year, windows, false, List.of(planned));
	}
}
