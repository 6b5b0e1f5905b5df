package th.tipnet.awards;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import th.tipnet.common.DomainException;

/**
 * A round's windows, in order: nominations open and close, judging opens and closes (the scores
 * lock then), and the results are announced. Judging may start the moment nominations close, but
 * never before: eligibility is checked in between.
 */
@Embeddable
record Windows(@Column(name = "nominations_open_at") Instant nominationsOpen,
		@Column(name = "nominations_close_at") Instant nominationsClose,
		@Column(name = "judging_open_at") Instant judgingOpen,
		@Column(name = "judging_close_at") Instant judgingClose,
		@Column(name = "announce_at") Instant announcement) {

	/** Refuses windows that are missing or out of order, naming the first field at fault. */
	Windows checked() {
		require(nominationsOpen, "nominationsOpen");
		require(nominationsClose, "nominationsClose");
		require(judgingOpen, "judgingOpen");
		require(judgingClose, "judgingClose");
		require(announcement, "announcement");
		if (!nominationsOpen.isBefore(nominationsClose)) {
			throw DomainException.invalid("nominationsClose", "awards.error.windowOrder");
		}
		if (judgingOpen.isBefore(nominationsClose)) {
			throw DomainException.invalid("judgingOpen", "awards.error.windowOrder");
		}
		if (!judgingOpen.isBefore(judgingClose)) {
			throw DomainException.invalid("judgingClose", "awards.error.windowOrder");
		}
		if (announcement.isBefore(judgingClose)) {
			throw DomainException.invalid("announcement", "awards.error.windowOrder");
		}
		return this;
	}

	private static void require(Instant value, String field) {
		if (value == null) {
			throw DomainException.invalid(field, "error.required");
		}
	}

	Phase phaseAt(Instant now) {
		if (now.isBefore(nominationsOpen)) {
			return Phase.UPCOMING;
		}
		if (now.isBefore(nominationsClose)) {
			return Phase.NOMINATING;
		}
		if (now.isBefore(judgingOpen)) {
			return Phase.CHECKING_ELIGIBILITY;
		}
		if (now.isBefore(judgingClose)) {
			return Phase.JUDGING;
		}
		return now.isBefore(announcement) ? Phase.DECIDING : Phase.ANNOUNCED;
	}
}
