package th.tipnet.events;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Whether a seat is left, from the tallies: a mode's capacity and a group's quota in it, where
 * seats held by open offers count as taken. Only under the event's lock, where the tallies are exact.
 */
@Component
class Seats {

	private final Tallies tallies;

	Seats(Tallies tallies) {
		this.tallies = tallies;
	}

	boolean available(Event event, ParticipantGroup group, AttendanceMode mode) {
		if (taken(event.id(), mode, Tallies.WHOLE_MODE) >= event.capacity(mode)) {
			return false;
		}
		Integer quota = group.quota(mode);
		return quota == null || taken(event.id(), mode, group.code()) < quota;
	}

	/** Seats confirmed or held by offers in a mode, for one group or the whole mode ({@link Tallies#WHOLE_MODE}). */
	int taken(UUID eventId, AttendanceMode mode, String group) {
		return tallies.of(eventId, mode, group).taken();
	}
}
