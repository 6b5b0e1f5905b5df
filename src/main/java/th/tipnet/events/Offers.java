package th.tipnet.events;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;

/**
 * A seat offered from the waiting list, answered by its holder through their private link:
 * accepting confirms it (and the confirmation with the ticket goes out), declining gives it up; an
 * offer left unanswered lapses ({@link OfferExpiry}). A declined or lapsed seat is offered to the
 * next in line at once. Every decision is taken under the event's lock.
 */
@Service
class Offers {

	private final Participants registered;

	private final Registrations registrations;

	private final EventLocks locks;

	private final Seats seats;

	private final WaitingList waitingList;

	private final AuditTrail audit;

	private final Clock clock;

	Offers(Participants registered, Registrations registrations, EventLocks locks, Seats seats, WaitingList waitingList,
			AuditTrail audit, Clock clock) {
		this.registered = registered;
		this.registrations = registrations;
		this.locks = locks;
		this.seats = seats;
		this.waitingList = waitingList;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The holder accepts the seat: CONFIRMED. An offer whose time has passed (the expiry job has not
	 * come by yet) lapses now instead and the seat passes on: the answer is then OFFER_EXPIRED.
	 * Anything else (already answered, never offered) is a 409.
	 */
	@Transactional
	public Registration accept(String token) {
		Registration r = registered.byToken(token);
		Event event = locks.lock(r.eventId());
		r = locks.fresh(r);
		Instant now = clock.instant();
		if (r.status() == RegistrationStatus.OFFERED && !r.offerOpenAt(now)) {
			lapse(event, List.of(r));
			return r;
		}
		// At the very instant the offer was found open above.
		seats.follow(r.acceptOffer(Clock.fixed(now, clock.getZone())));
		registrations.save(r);
		audit.recordAs(Actor.current(), EventsAudit.REGISTRATION, r.id(), EventsAudit.OFFER_ACCEPTED,
				Changes.none().note("mode", r.mode()).note("group", r.groupCode()));
		return r;
	}

	/** The holder gives the seat up (their registration ends); it is offered to the next in line. */
	@Transactional
	public Registration decline(String token) {
		Registration r = registered.byToken(token);
		Event event = locks.lock(r.eventId());
		r = locks.fresh(r);
		seats.follow(r.declineOffer(clock));
		registrations.save(r);
		audit.recordAs(Actor.current(), EventsAudit.REGISTRATION, r.id(), EventsAudit.OFFER_DECLINED,
				Changes.none().note("mode", r.mode()).note("group", r.groupCode()));
		waitingList.offerFreeSeats(event, r.mode(), r.groupCode());
		return r;
	}

	/** Events with an offer past its time, for the expiry job. */
	@Transactional(readOnly = true)
	public List<UUID> eventsWithLapsedOffers() {
		return registrations.eventsWithOffersDueBy(clock.instant());
	}

	/**
	 * Lapses the event's offers whose time has passed and offers their seats to the next in line;
	 * how many lapsed. Idempotent: read under the event's lock, an offer accepted meanwhile is no
	 * longer OFFERED and is left alone.
	 */
	@Transactional
	public int lapseDue(UUID eventId) {
		Event event = locks.lock(eventId);
		List<Registration> due = registrations.findByEventIdAndStatusAndOfferExpiresAtLessThanEqual(eventId,
				RegistrationStatus.OFFERED, clock.instant());
		lapse(event, due);
		return due.size();
	}

	private void lapse(Event event, List<Registration> due) {
		Set<Registration> freed = new LinkedHashSet<>();
		for (Registration r : due) {
			seats.follow(r.lapseOffer(clock));
			audit.recordAs(Actor.SYSTEM, EventsAudit.REGISTRATION, r.id(), EventsAudit.OFFER_EXPIRED,
					Changes.none().note("mode", r.mode()).note("group", r.groupCode()).note("expiredAt", r.offerExpiresAt()));
			freed.add(r);
		}
		registrations.saveAll(freed);
		registrations.flush();
		for (Registration r : freed) {
			waitingList.offerFreeSeats(event, r.mode(), r.groupCode());
		}
	}
}
