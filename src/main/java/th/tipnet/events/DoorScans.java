package th.tipnet.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;

/**
 * What a door scanner needs to keep working through a network drop, and the sync of what it
 * scanned meanwhile. The roster holds only what door staff see on screen (name, group, mode, the
 * typed code) for confirmed participants; nothing of it is kept on the device after the page closes.
 */
@Service
class DoorScans {

	private final Registrations registrations;

	private final CheckIns checkIns;

	private final Tickets tickets;

	private final EventPlanning planning;

	private final AuditTrail audit;

	private final Clock clock;

	DoorScans(Registrations registrations, CheckIns checkIns, Tickets tickets, EventPlanning planning, AuditTrail audit,
			Clock clock) {
		this.clock = clock;
		this.audit = audit;
		this.planning = planning;
		this.registrations = registrations;
		this.checkIns = checkIns;
		this.tickets = tickets;
	}

	/** A confirmed participant; {@code serial} is their current ticket's (older ones were replaced). */
	public record Entry(UUID id, String code, int serial, String name, String group, AttendanceMode mode,
			Instant checkedInAt) {
	}

	/** A void ticket: the whole registration ({@code id}), or only an old typed code replaced on a move ({@code id} null). */
	public record Revoked(UUID id, String code) {
	}

	/** Everything a scanner verifies offline with: the public key, who may enter, which tickets are void. */
	public record Roster(UUID eventId, String publicKey, List<Entry> participants, List<Revoked> revoked, Instant asOf) {
	}

	/** The roster, for the event's organisers; each load is audited (ROSTER_READ, how many people it named). */
	@Transactional
	public Roster roster(Event event, Locale locale) {
		// Names and codes of participants: for the event's organisers only, whoever asks.
		planning.managedAtTheDoor(event.id());
		List<Entry> participants = new ArrayList<>();
		List<Revoked> revoked = new ArrayList<>();
		for (Registration r : registrations.findByEventIdOrderByCreatedAt(event.id())) {
			if (r.status() == RegistrationStatus.CONFIRMED) {
				String group = event.group(r.groupCode()).map(g -> g.name(locale)).orElse(r.groupCode());
				participants.add(new Entry(r.id(), r.ticketCode(), r.ticketSerial(), r.fullName(), group, r.mode(), r.checkedInAt()));
			}
			else {
				// Anyone not confirmed (cancelled, waiting, awaiting approval) must not get in on an old ticket.
				revoked.add(new Revoked(r.id(), r.ticketCode()));
			}
		}
		checkIns.revoked(event.id())
			.stream()
			.filter(v -> v.serial() != null && v.ticketCode() != null)
			.forEach(v -> revoked.add(new Revoked(null, v.ticketCode())));
		audit.record(EventsAudit.EVENT, event.id(), EventsAudit.ROSTER_READ, Changes.none().note("count", participants.size()));
		return new Roster(event.id(), tickets.publicKey(event.id()), participants, revoked, clock.instant());
	}

	/** One scan as a device recorded it: its own id (to match the answer), what was read, and when. */
	public record Scan(String id, String code, Instant at) {
	}

	public enum Outcome {
		CHECKED_IN, ALREADY_CHECKED_IN, REFUSED
	}

	public record Result(String id, Outcome outcome, Entry participant, Instant at, String problem) {
	}

	/** Checks in each scan on its own, so one refused ticket does not hold back the rest of a queue. */
	public List<Result> sync(Event event, List<Scan> scans, Locale locale) {
		List<Result> results = new ArrayList<>(scans.size());
		for (Scan scan : scans) {
			try {
				CheckIns.CheckIn c = checkIns.checkIn(event.id(), scan.code(), scan.at());
				Registration r = c.registration();
				String group = event.group(r.groupCode()).map(g -> g.name(locale)).orElse(r.groupCode());
				Entry who = new Entry(r.id(), r.ticketCode(), r.ticketSerial(), r.fullName(), group, r.mode(), c.at());
				results.add(new Result(scan.id(), c.firstTime() ? Outcome.CHECKED_IN : Outcome.ALREADY_CHECKED_IN, who, c.at(),
						null));
			}
			catch (DomainException refused) {
				results.add(new Result(scan.id(), Outcome.REFUSED, null, null, refused.messageKey()));
			}
		}
		return results;
	}
}
