package th.tipnet.events;

import java.time.Clock;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;

/**
 * An organiser moves a confirmed participant between onsite and online, within the target mode's
 * capacity and their group's quota there. The participant gets a new ticket (the old one is revoked)
 * and the seat they leave is offered to the next in line.
 */
@Service
class ModeChanges {

	private final EventPlanning planning;

	private final EventLocks locks;

	private final Registrations registrations;

	private final Seats seats;

	private final WaitingList waitingList;

	private final RevokedTickets revokedTickets;

	private final AuditTrail audit;

	private final Clock clock;

	ModeChanges(EventPlanning planning, EventLocks locks, Registrations registrations, Seats seats,
			WaitingList waitingList, RevokedTickets revokedTickets, AuditTrail audit, Clock clock) {
		this.planning = planning;
		this.locks = locks;
		this.registrations = registrations;
		this.seats = seats;
		this.waitingList = waitingList;
		this.revokedTickets = revokedTickets;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Moves the participant to {@code target}: 409 naming {@code mode} when that mode has no seat
	 * for their group; only the event's managers.
	 */
	@Transactional
	public Registration move(UUID eventId, UUID registrationId, AttendanceMode target) {
		planning.managed(eventId);
		if (target == null) {
			throw DomainException.invalid("mode", "events.mode.required");
		}
		Event event = locks.lock(eventId);
		Registration r = registrations.findById(registrationId)
			.filter(x -> x.eventId().equals(eventId))
			.orElseThrow(() -> DomainException.notFound("registration"));
		r = locks.fresh(r);
		if (event.capacity(target) <= 0) {
			throw DomainException.invalid("mode", "events.mode.notOffered");
		}
		ParticipantGroup group = event.group(r.groupCode()).orElseThrow();
		if (r.status() == RegistrationStatus.CONFIRMED && r.mode() != target && !seats.available(event, group, target)) {
			throw new DomainException(HttpStatus.CONFLICT, "events.move.noSeat", "mode");
		}
		AttendanceMode from = r.mode();
		int oldSerial = r.ticketSerial();
		String oldCode = r.ticketCode();
		seats.follow(r.moveTo(target, clock));
		revokedTickets.revoke(r, oldSerial, oldCode, clock.instant());
		audit.record(EventsAudit.REGISTRATION, r.id(), EventsAudit.MODE_CHANGED,
				Changes.none().field("mode", from, target).field("ticketSerial", oldSerial, r.ticketSerial()));
		// Publishes TicketReissued: the participant gets the new ticket.
		registrations.save(r);
		waitingList.offerFreeSeats(event, from, group.code());
		return r;
	}
}
