package th.tipnet.events;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Where seats are counted: whether one is left, from the tallies (a mode's capacity and a group's
 * quota in it, where seats held by open offers count as taken), and the tallies following every
 * change of a registration's seat ({@link #follow}), so no caller pairs the counts itself. Only
 * under the event's lock, where the tallies are exact.
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

	/**
	 * Puts the registration at the end of its mode's and group's waiting list; the position its
	 * holder sees. The list's count grows here, with the number given.
	 */
	long waitlist(Registration r, Clock clock) {
		Tallies.Place place = tallies.joinWaitlist(r.eventId(), r.mode(), r.groupCode());
		follow(r.waitlist(place.seq(), clock));
		return place.position();
	}

	/**
	 * The tallies follow a registration's change: the seat it held before is given back (confirmed,
	 * held by an offer, or a place in a waiting list), the seat it holds now is taken. Joining a
	 * waiting list was counted when its number was given ({@link #waitlist}).
	 */
	void follow(Registration.Change c) {
		if (c.leaves(RegistrationStatus.CONFIRMED)) {
			tallies.confirmed(c.eventId(), c.fromMode(), c.groupCode(), -1);
		}
		if (c.leaves(RegistrationStatus.OFFERED)) {
			tallies.offered(c.eventId(), c.fromMode(), c.groupCode(), -1);
		}
		if (c.leaves(RegistrationStatus.WAITLISTED)) {
			tallies.leaveWaitlist(c.eventId(), c.fromMode(), c.groupCode());
		}
		if (c.enters(RegistrationStatus.CONFIRMED)) {
			tallies.confirmed(c.eventId(), c.toMode(), c.groupCode(), 1);
		}
		if (c.enters(RegistrationStatus.OFFERED)) {
			tallies.offered(c.eventId(), c.toMode(), c.groupCode(), 1);
		}
	}
}
