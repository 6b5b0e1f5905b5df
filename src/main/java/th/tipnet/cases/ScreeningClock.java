package th.tipnet.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * The legal clock of identification (Anti-Trafficking in Persons Act B.E. 2551, s. 29): screening
 * must be decided within the window from first contact. Under four hours left stands out.
 */
record ScreeningClock(Instant dueAt, Instant now) {

	static final Duration DUE_SOON = Duration.ofHours(4);

	enum State {
		ON_TIME, DUE_SOON, OVERDUE
	}

	State state() {
		Duration left = left();
		if (left.isNegative() || left.isZero()) {
			return State.OVERDUE;
		}
		return left.compareTo(DUE_SOON) < 0 ? State.DUE_SOON : State.ON_TIME;
	}

	/** Time left (negative once overdue). */
	Duration left() {
		return Duration.between(now, dueAt);
	}

	/** Whole hours and minutes of the time left, or of the time overdue. */
	long hours() {
		return left().abs().toHours();
	}

	int minutes() {
		return left().abs().toMinutesPart();
	}
}
