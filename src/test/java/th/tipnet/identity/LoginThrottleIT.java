package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/** The throttle on the real database, with small allowances so the per-address lock shows. */
@IntegrationTest
class LoginThrottleIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void oneAddressTryingManyNamesIsLockedForEveryName() {
		LoginThrottle throttle = throttle(100, 3);
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
		LoginThrottle throttle = throttle(2, 3);
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

	@Test
	void theWaitGrowsWithEachFailureButNeverPassesFiveMinutes() {
		String name = "patient-" + System.nanoTime();
		String address = "192.0.2." + (System.nanoTime() % 200);
		for (int i = 0; i < 5; i++) {
			throttle.failed(name, address);
		}
		assertThat(throttle.lockedUntil(name, address)).as("five failures are free").isNull();
		List<Long> waits = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			throttle.failed(name, address);
			Duration wait = Duration.between(clock.instant(), throttle.lockedUntil(name, address));
			waits.add(Math.round(wait.toMillis() / 1000.0));
			// The wait ends: the owner (or a guesser) may try again, and fails once more.
			clock.advance(wait.plusSeconds(1));
			assertThat(throttle.lockedUntil(name, address)).isNull();
		}
		assertThat(waits).containsExactly(30L, 60L, 120L, 240L, 300L, 300L, 300L, 300L);
	}

	@Test
	void aHeldBackSignInSaysHowLongToWaitAndThatThePasswordCanBeResetByEmail() {
		var member = new TestAccounts(context).create("held-back", Role.MEMBER);
		for (int i = 0; i < 7; i++) {
			new WebVisitor(port).signIn(member.username(), "wrong-password-" + i);
		}
		var english = new WebVisitor(port).speaking("en").signIn(member.username(), member.password());
		assertThat(english.uri().getQuery()).isEqualTo("locked=1");
		assertThat(english.body()).contains("Please wait about 1 min and try again")
			.contains("you can reset it yourself by e-mail")
			.contains("href=\"/forgot-password\"");
		for (int i = 0; i < 2; i++) {
			// Each wait ends, and each new failure doubles the next: 1 min, then 2.
			clock.advance(Duration.ofMinutes(2));
			new WebVisitor(port).signIn(member.username(), "wrong-password-again-" + i);
		}
		var thai = new WebVisitor(port).signIn(member.username(), member.password());
		assertThat(thai.body()).contains("กรุณารอประมาณ 2 นาทีแล้วลองใหม่").contains("ตั้งรหัสผ่านใหม่ได้เองทางอีเมล");
		clock.advance(Duration.ofMinutes(2));
		assertThat(new WebVisitor(port).signIn(member.username(), member.password()).uri().getPath()).isEqualTo("/");
	}

	private LoginThrottle throttle(int perAccount, int perAddress) {
		return new LoginThrottle(jdbc, Clock.systemUTC(), perAccount, perAddress, 3, 10, Duration.ofSeconds(30),
				Duration.ofMinutes(5));
	}
}
