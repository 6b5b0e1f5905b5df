package th.tipnet.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * The legal clock of identification (Anti-Trafficking in Persons Act B.E. 2551, s. 29): screening
 * must be decided within the window from first contact. Under four hours left stands out; a
 * decision stops the clock ({@code decidedAt}, null while it runs).
 */
record ScreeningClock(Instant dueAt, Instant now, Instant decidedAt) {

	static final Duration DUE_SOON = Duration.ofHours(4);

	enum State {
		ON_TIME, DUE_SOON, OVERDUE, DECIDED, DECIDED_LATE
	}

	ScreeningClock(Instant dueAt, Instant now) {
		this(dueAt, now, null);
	}

	State state() {
		if (decidedAt != null) {
			return decidedAt.isAfter(dueAt) ? State.DECIDED_LATE : State.DECIDED;
		}
		Duration left = left();
		if (left.isNegative() || left.isZero()) {
			return State.OVERDUE;
		}
		return left.compareTo(DUE_SOON) < 0 ? State.DUE_SOON : State.ON_TIME;
	}

	/** Time left (negative once overdue), until the decision once there is one. */
	Duration left() {
		return Duration.between(decidedAt != null ? decidedAt : now, dueAt);
	}

	/** Whole hours and minutes of the time left, or of the time overdue. */
	long hours() {
		return left().abs().toHours();
	}

	int minutes() {
		return left().abs().toMinutesPart();
	}
}
