package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** An account's times are the application clock's, handed to each verb, so a test that moves the clock moves them. */
class UserClockTest {

	private static final Instant REGISTERED = Instant.parse("2026-03-01T02:00:00Z");

	private static final Instant LATER = Instant.parse("2026-03-09T08:30:00Z");

	@Test
	void anAccountIsCreatedAndChangedAtTheTimesItIsGiven() {
		User user = User.register(Username.of("clock-test"), "Clock Test", null,
				new User.Membership(UUID.randomUUID(), null, Set.of(Role.MEMBER)), "hash", true, REGISTERED);
		assertThat(user.createdAt()).isEqualTo(REGISTERED);
		assertThat(user.updatedAt()).isEqualTo(REGISTERED);

		user.changePassword("new-hash", LATER);
		assertThat(user.updatedAt()).isEqualTo(LATER);
		assertThat(user.createdAt()).isEqualTo(REGISTERED);
	}

	@Test
	void disablingAndEnablingStampTheGivenTimes() {
		User user = User.register(Username.of("clock-test-2"), "Clock Test", null,
				new User.Membership(UUID.randomUUID(), null, Set.of(Role.MEMBER)), "hash", false, REGISTERED);
		user.disable(LATER);
		assertThat(user.updatedAt()).isEqualTo(LATER);
		Instant evenLater = LATER.plusSeconds(3600);
		user.enable(evenLater);
		assertThat(user.updatedAt()).isEqualTo(evenLater);
	}
}
