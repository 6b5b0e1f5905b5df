package th.tipnet.awards;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a test outside this package needs of judging to set its scene (the browser tests): a round
 * open for nominations, with judging from day 12 to day 20, opened by the given secretariat member.
 */
public final class JudgingFixture {

	private final Awards awards;

	private final java.time.Clock clock;

	public JudgingFixture(ApplicationContext context) {
		this.awards = context.getBean(Awards.class);
		this.clock = context.getBean(java.time.Clock.class);
	}

	/** A round's id and its categories' ids by code. */
	public record OpenRound(UUID id, java.util.Map<String, UUID> categories) {
	}

	public OpenRound openRound(Authentication secretariat) {
		Instant now = clock.instant();
		Windows windows = new Windows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
				now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)));
		AwardRound round = as(secretariat, () -> awards.open(AwardRoundsIT.plan(NominationsIT.YEARS.getAndIncrement(), windows)));
		java.util.Map<String, UUID> categories = new java.util.HashMap<>();
		round.categories().forEach(c -> categories.put(c.code(), c.id()));
		return new OpenRound(round.id().value(), categories);
	}

	private static <T> T as(Authentication who, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(who);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
