package th.tipnet.identity;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Hourly: drops API tokens and password-reset links lapsed over a day ago and forgets old sign-in failures. Runs on one instance only. */
@Component
class ExpiredCredentialsCleanup {

	private final ApiTokens tokens;

	private final LoginThrottle throttle;

	private final PasswordResets resets;

	private final Clock clock;

	ExpiredCredentialsCleanup(ApiTokens tokens, LoginThrottle throttle, PasswordResets resets, Clock clock) {
		this.clock = clock;
		this.tokens = tokens;
		this.throttle = throttle;
		this.resets = resets;
	}

	@Scheduled(cron = "${tipnet.cleanup.cron:0 17 * * * *}", zone = "Asia/Bangkok")
	@SchedulerLock(name = "expired-credentials-cleanup", lockAtMostFor = "10m", lockAtLeastFor = "1m")
	@Transactional
	public void run() {
		tokens.deleteExpired(clock.instant().minus(1, ChronoUnit.DAYS));
		throttle.forgetOld();
		resets.forgetOld();
	}
}
