package th.tipnet.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/**
 * Checks participants in at the door, by their signed ticket or the code they type, and tells
 * scanners which tickets to refuse while offline. Only the event's organisers.
 */
@Service
public class CheckIns {

	private final EventPlanning planning;

	private final EventSnapshots snapshots;

	private final Registrations registrations;

	private final Tickets tickets;

	private final RevokedTickets revokedTickets;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	CheckIns(EventPlanning planning, EventSnapshots snapshots, Registrations registrations, Tickets tickets,
			RevokedTickets revokedTickets, AuditTrail audit, java.time.Clock clock) {
		this.planning = planning;
		this.snapshots = snapshots;
		this.registrations = registrations;
		this.tickets = tickets;
		this.revokedTickets = revokedTickets;
		this.audit = audit;
		this.clock = clock;
	}

	/** The outcome of presenting a ticket at the door. */
	public record CheckIn(Registration registration, boolean firstTime, java.time.Instant at) {
	}

	/**
	 * Checks a participant in by their signed ticket or their typed code. The first scan wins on any
	 * number of devices (a conditional update); a second says when the first was. Forged, altered,
	 * other events' and cancelled tickets are refused.
	 */
	@Transactional
	public CheckIn checkIn(UUID eventId, String presented) {
		return checkIn(eventId, presented, null);
	}

	/**
	 * A check-in made earlier on a scanner that was offline: the arrival is recorded at the time of
	 * the scan (when plausible: not ahead of the server, not days old), so the door log stays true.
	 */
	@Transactional
	public CheckIn checkIn(UUID eventId, String presented, java.time.Instant scannedAt) {
		// Only the event's organisers check people in, whichever page or API asks.
		planning.managedAtTheDoor(eventId);
		Event event = snapshots.current(eventId);
		// Read with its row locked: of two devices scanning the same ticket, the second sees the first's arrival,
		// and a move or cancellation decided at the same moment waits or fails on its stale copy.
		Registration r = identify(event, presented);
		java.time.Instant at = arrival(scannedAt);
		if (!r.checkIn(at, Actor.current().name())) {
			return new CheckIn(r, false, r.checkedInAt());
		}
		registrations.save(r);
		audit.record(EventsAudit.REGISTRATION, r.id(), EventsAudit.CHECKED_IN, Changes.none());
		return new CheckIn(r, true, at);
	}

	private java.time.Instant arrival(java.time.Instant scannedAt) {
		java.time.Instant now = clock.instant();
		boolean plausible = scannedAt != null && !scannedAt.isAfter(now) && scannedAt.isAfter(now.minus(java.time.Duration.ofDays(2)));
		return (plausible ? scannedAt : now).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
	}

	private Registration identify(Event event, String presented) {
		if (presented == null || presented.isBlank() || presented.length() > 200) {
			throw DomainException.invalid("code", "events.checkin.unknownCode");
		}
		String text = presented.strip();
		if (text.startsWith(Tickets.PREFIX)) {
			Tickets.Holder holder = tickets.verify(event.id(), text)
				.orElseThrow(() -> DomainException.invalid("code", "events.checkin.forged"));
			if (!holder.eventId().equals(event.id())) {
				throw DomainException.invalid("code", "events.checkin.otherEvent");
			}
			Registration r = registrations.findLockedById(holder.registrationId())
				.filter(x -> x.eventId().equals(event.id()))
				.orElseThrow(() -> DomainException.invalid("code", "events.checkin.forged"));
			if (holder.serial() != r.ticketSerial()) {
				throw new DomainException(HttpStatus.CONFLICT, "events.checkin.reissued", "code");
			}
			return r;
		}
		String code = TicketCodes.normalise(text);
		Optional<Registration> r = registrations.findLockedByTicketCode(code).filter(x -> x.eventId().equals(event.id()));
		if (r.isEmpty() && revokedTickets.isRevokedCode(event.id(), code)) {
			throw new DomainException(HttpStatus.CONFLICT, "events.checkin.reissued", "code");
		}
		return r.orElseThrow(() -> DomainException.invalid("code", "events.checkin.unknownCode"));
	}

	/**
	 * Tickets for scanners to refuse while offline: every ticket of a cancelled registration, and
	 * the replaced tickets (serial and typed code) of participants who changed mode.
	 */
	@Transactional(readOnly = true)
	public List<Revocation> revoked(UUID eventId) {
		List<Revocation> revoked = new ArrayList<>();
		for (Registration r : registrations.findByEventIdAndStatus(eventId, RegistrationStatus.CANCELLED)) {
			revoked.add(new Revocation(r.id(), r.ticketCode(), null, Revocation.CANCELLED));
		}
		revoked.addAll(revokedTickets.ofEvent(eventId));
		return revoked;
	}
}
