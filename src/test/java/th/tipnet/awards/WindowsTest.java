package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import th.tipnet.common.DomainException;

/** A round's phase follows from its windows: each starts the instant the one before ends. */
class WindowsTest {

	static final Instant OPEN = Instant.parse("2024-02-01T01:30:00Z");

	static final Instant CLOSE = Instant.parse("2024-03-15T09:30:00Z");

	static final Instant JUDGING = Instant.parse("2024-03-22T01:30:00Z");

	static final Instant LOCK = Instant.parse("2024-04-30T09:30:00Z");

	static final Instant ANNOUNCE = Instant.parse("2024-06-05T01:30:00Z");

	final Windows windows = new Windows(OPEN, CLOSE, JUDGING, LOCK, ANNOUNCE).checked();

	@Test
	void eachPhaseStartsTheInstantThePreviousEnds() {
		assertThat(windows.phaseAt(OPEN.minusMillis(1))).isEqualTo(Phase.UPCOMING);
		assertThat(windows.phaseAt(OPEN)).isEqualTo(Phase.NOMINATING);
		assertThat(windows.phaseAt(CLOSE.minusMillis(1))).isEqualTo(Phase.NOMINATING);
		assertThat(windows.phaseAt(CLOSE)).isEqualTo(Phase.CHECKING_ELIGIBILITY);
		assertThat(windows.phaseAt(JUDGING)).isEqualTo(Phase.JUDGING);
		assertThat(windows.phaseAt(LOCK)).isEqualTo(Phase.DECIDING);
		assertThat(windows.phaseAt(ANNOUNCE)).isEqualTo(Phase.ANNOUNCED);
	}

	@Test
	void judgingMayStartWhenNominationsCloseButNotBefore() {
		assertThat(new Windows(OPEN, CLOSE, CLOSE, LOCK, ANNOUNCE).checked().phaseAt(CLOSE)).isEqualTo(Phase.JUDGING);
		assertThatThrownBy(() -> new Windows(OPEN, CLOSE, CLOSE.minusSeconds(1), LOCK, ANNOUNCE).checked())
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).field())
			.isEqualTo("judgingOpen");
		assertThatThrownBy(() -> new Windows(OPEN, CLOSE, JUDGING, LOCK, LOCK.minusSeconds(1)).checked())
			.extracting(e -> ((DomainException) e).field())
			.isEqualTo("announcement");
		assertThatThrownBy(() -> new Windows(OPEN, null, JUDGING, LOCK, ANNOUNCE).checked())
			.extracting(e -> ((DomainException) e).field())
			.isEqualTo("nominationsClose");
	}
}
