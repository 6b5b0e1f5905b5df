package th.tipnet.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import th.tipnet.common.TooManyRequests;

/** Checking certificates from one address is limited per minute, so the numbers' random part cannot be searched through. */
class VerificationThrottleTest {

	Instant now = Instant.parse("2026-01-05T03:00:00Z");

	@Test
	void aFourthCheckInAMinuteWaitsWhileOtherAddressesGoOn() {
		VerificationThrottle throttle = new VerificationThrottle(clock(), 3, 100);
		throttle.admit("203.0.113.7");
		throttle.admit("203.0.113.7");
		throttle.admit("203.0.113.7");
		assertThatThrownBy(() -> throttle.admit("203.0.113.7")).isInstanceOfSatisfying(TooManyRequests.class, e -> {
			assertThat(e.retryAfterSeconds()).isEqualTo(20);
			assertThat(e.messageKey()).isEqualTo("certificates.throttled");
		});
		throttle.admit("198.51.100.1");
	}

	@Test
	void theAllowanceRefillsOverTheMinute() {
		VerificationThrottle throttle = new VerificationThrottle(clock(), 3, 100);
		for (int i = 0; i < 3; i++) {
			throttle.admit("203.0.113.8");
		}
		now = now.plus(Duration.ofSeconds(20));
		throttle.admit("203.0.113.8");
		assertThatThrownBy(() -> throttle.admit("203.0.113.8")).isInstanceOf(TooManyRequests.class);
	}

	private Clock clock() {
		return new Clock() {
			@Override
			public Instant instant() {
				return now;
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}
		};
	}
}
