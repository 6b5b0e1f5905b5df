package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.support.IntegrationTest;

/** The throttle on the real database, with small allowances so the per-address lock shows. */
@IntegrationTest
class LoginThrottleIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oneAddressTryingManyNamesIsLockedForEveryName() {
		LoginThrottle throttle = new LoginThrottle(jdbc, 100, 3, Duration.ofSeconds(30), Duration.ofHours(1));
		String address = "198.51.100." + (System.nanoTime() % 200);
		for (int i = 0; i < 4; i++) {
			throttle.failed("sprayed-name-" + i, address);
		}
		Instant until = throttle.lockedUntil("a-name-never-tried", address);
		assertThat(until).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(31));
		assertThat(throttle.lockedUntil("a-name-never-tried", "203.0.113.7")).isNull();
	}

	@Test
	void aSuccessfulSignInClearsTheNamesFailuresButNotTheAddresses() {
		LoginThrottle throttle = new LoginThrottle(jdbc, 2, 3, Duration.ofSeconds(30), Duration.ofHours(1));
		String address = "198.51.100." + (200 + System.nanoTime() % 50);
		for (int i = 0; i < 3; i++) {
			throttle.failed("forgetful", address);
		}
		assertThat(throttle.lockedUntil("forgetful", "192.0.2.1")).isNotNull();
		throttle.succeeded("forgetful");
		assertThat(throttle.lockedUntil("forgetful", "192.0.2.1")).isNull();
		throttle.failed("other", address);
		assertThat(throttle.lockedUntil("anyone", address)).isNotNull();
	}
}
