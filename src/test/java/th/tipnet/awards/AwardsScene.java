package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import th.tipnet.directory.Directory;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.TestClock;

/**
 * The scene the awards' integration tests set: a round open for nominations (judging from day 12 to
 * day 20), nominations made over the API, the secretariat's eligibility check, and acting as someone.
 */
final class AwardsScene {

	private final TestAccounts accounts;

	private final Awards awards;

	private final EligibilityDesk eligibility;

	private final Directory directory;

	private final JdbcTemplate jdbc;

	private final TestClock clock;

	private final int port;

	AwardsScene(ApplicationContext context, int port) {
		this.accounts = new TestAccounts(context);
		this.awards = context.getBean(Awards.class);
		this.eligibility = context.getBean(EligibilityDesk.class);
		this.directory = context.getBean(Directory.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.clock = context.getBean(TestClock.class);
		this.port = port;
	}

	TestAccounts accounts() {
		return accounts;
	}

	/** A round of a year no other test uses, open for nominations since yesterday, opened by {@code secretariat}. */
	AwardRound openRound(TestAccounts.Account secretariat) {
		Instant now = clock.instant();
		Windows windows = new Windows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
				now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)));
		return as(secretariat, () -> awards.open(AwardRoundsIT.plan(NominationsIT.YEARS.getAndIncrement(), windows)));
	}

	static UUID agency(AwardRound round) {
		return round.categories().stream().filter(c -> c.code().equals("OUTSTANDING_AGENCY")).findFirst().orElseThrow().id();
	}

	/** The directory's organisation {@code nominee} (a reference key) nominated for outstanding agency; its id. */
	String nominate(TestAccounts.Account nominator, AwardRound round, String nominee, boolean submit) {
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", agency(round).toString());
		body.put("nomineeKind", "ORGANISATION");
		body.put("organisationId", directory.organisationByReferenceKey(nominee).orElseThrow().id().toString());
		body.put("justification", "ทำงานร่วมกับเครือข่ายอย่างใกล้ชิด");
		body.put("achievements", "ส่งต่อผู้เสียหาย 120 ราย");
		body.put("nomineeConsented", true);
		body.put("submit", submit);
		var created = api(nominator, "th").post("/api/v1/award-rounds/" + round.id() + "/nominations", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** The secretariat finds every item met, once nominations have closed; the clock is back at the start after. */
	void checkEligible(TestAccounts.Account secretariat, AwardRound round, String nomination) {
		clock.advance(Duration.ofDays(11));
		List<EligibilityCheck> all = new ArrayList<>();
		round.category(agency(round)).orElseThrow().eligibility().forEach(item -> all.add(new EligibilityCheck(true, null)));
		long version = jdbc.queryForObject("SELECT version FROM award_nomination WHERE id = ?", Long.class, UUID.fromString(nomination));
		as(secretariat, () -> eligibility.check(new NominationId(UUID.fromString(nomination)), version, all));
		clock.reset();
	}

	Api api(TestAccounts.Account account, String language) {
		return new Api(port).withToken(accounts.token(account)).speaking(language);
	}

	<T> T as(TestAccounts.Account account, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(account));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
