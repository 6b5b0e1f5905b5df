package th.tipnet.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;

/**
 * The waiting lists of an event, one per mode and group. When a seat frees (a cancellation, a
 * declined or lapsed offer, a raised capacity or quota, a participant moved to the other mode) it
 * is offered to the first in line and held for them for {@code tipnet.events.offer-ttl} (never past
 * the event's start); the seat counts as taken meanwhile, so nobody else gets it.
 */
@Component
class WaitingList {

	private static final Comparator<Registration> EARLIEST = Comparator.comparing(Registration::createdAt)
		.thenComparing(Registration::id);

	private final Registrations registrations;

	private final Seats seats;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration offerTtl;

	WaitingList(Registrations registrations, Seats seats, AuditTrail audit, Clock clock,
			@Value("${tipnet.events.offer-ttl:PT24H}") Duration offerTtl) {
		if (offerTtl.isNegative() || offerTtl.isZero()) {
			throw new IllegalStateException("tipnet.events.offer-ttl must be positive, e.g. PT24H");
		}
		this.registrations = registrations;
		this.seats = seats;
		this.audit = audit;
		this.clock = clock;
		this.offerTtl = offerTtl;
	}

	/**
	 * Offers every free seat of a mode to the first in line: in the waiting list of the group the
	 * seat came from first (when given), then in the other groups, earliest registration first.
	 * Only under the event's lock. Once the event has started, or when it is cancelled, nobody is
	 * offered anything.
	 */
	List<Registration> offerFreeSeats(Event event, AttendanceMode mode, String freedGroup) {
		Instant now = clock.instant();
		if (!now.isBefore(event.startsAt()) || event.status() == EventStatus.CANCELLED) {
			return List.of();
		}
		Instant expires = now.plus(offerTtl).truncatedTo(ChronoUnit.SECONDS);
		if (expires.isAfter(event.startsAt())) {
			expires = event.startsAt();
		}
		List<Registration> offered = new ArrayList<>();
		for (Optional<Registration> next = firstInLine(event, mode, freedGroup); next.isPresent();
				next = firstInLine(event, mode, freedGroup)) {
			offer(next.get(), expires);
			offered.add(next.get());
		}
		return offered;
	}

	private Optional<Registration> firstInLine(Event event, AttendanceMode mode, String preferredGroup) {
		if (seats.taken(event.id(), mode, Tallies.WHOLE_MODE) >= event.capacity(mode)) {
			return Optional.empty();
		}
		Optional<Registration> same = Optional.ofNullable(preferredGroup)
			.flatMap(event::group)
			.filter(g -> seats.available(event, g, mode))
			.flatMap(g -> head(event, mode, g));
		if (same.isPresent()) {
			return same;
		}
		return event.groups()
			.stream()
			.filter(g -> seats.available(event, g, mode))
			.flatMap(g -> head(event, mode, g).stream())
			.min(EARLIEST);
	}

	private Optional<Registration> head(Event event, AttendanceMode mode, ParticipantGroup group) {
		return registrations.findFirstByEventIdAndModeAndGroupCodeAndStatusOrderByWaitlistSeq(event.id(), mode, group.code(),
				RegistrationStatus.WAITLISTED);
	}

	private void offer(Registration r, Instant expires) {
		seats.follow(r.offer(expires, clock));
		// Publishes SeatOffered; flushed so the next look for the first in line no longer finds them.
		registrations.save(r);
		registrations.flush();
		audit.recordAs(Actor.SYSTEM, EventsAudit.REGISTRATION, r.id(), EventsAudit.SEAT_OFFERED,
				Changes.none().note("mode", r.mode()).note("group", r.groupCode()).note("expiresAt", expires));
	}
}
