package th.tipnet.events;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.DomainException;
import th.tipnet.common.SecretBox;

/**
 * Who registered for an event, read without changing anything: a registration by its private link,
 * its place in the waiting list, the counts, the lists, and what its holder carries (the signed
 * ticket, the private link's token for the e-mail).
 */
@Service
public class Participants {

	private final Events events;

	private final Registrations registrations;

	private final Tickets tickets;

	private final SecretBox secrets;

	Participants(Events events, Registrations registrations, Tickets tickets, SecretBox secrets) {
		this.events = events;
		this.registrations = registrations;
		this.tickets = tickets;
		this.secrets = secrets;
	}

	@Transactional(readOnly = true)
	public Registration byToken(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw DomainException.notFound("registration");
		}
		return registrations.findByManageTokenHash(Registrar.hash(token)).orElseThrow(() -> DomainException.notFound("registration"));
	}

	@Transactional(readOnly = true)
	public Long position(Registration r) {
		if (r.status() != RegistrationStatus.WAITLISTED || r.waitlistSeq() == null) {
			return null;
		}
		return registrations.positionOf(r.eventId(), r.mode(), r.groupCode(), r.waitlistSeq());
	}

	/** Counts per mode and group: registered, confirmed, waiting, pending approval. */
	@Transactional(readOnly = true)
	public EventStats stats(UUID eventId) {
		Event event = events.findById(eventId).orElseThrow(() -> DomainException.notFound("event"));
		return EventStats.of(event, registrations.counts(eventId));
	}

	@Transactional(readOnly = true)
	public List<Registration> registrations(UUID eventId) {
		return registrations.findByEventIdOrderByCreatedAt(eventId);
	}

	/** Who agreed to appear in the public participant list (confirmed only). */
	@Transactional(readOnly = true)
	public List<Registration> publicList(UUID eventId) {
		return registrations.findByEventIdAndConsentPublicListTrueAndStatusOrderByFullName(eventId, RegistrationStatus.CONFIRMED);
	}

	/** The signed ticket of a confirmed registration (for its holder, or the confirmation e-mail). */
	@Transactional(readOnly = true)
	public String ticketOf(Registration r) {
		return tickets.issue(r.eventId(), r.id(), r.ticketSerial());
	}

	/** The private link's token, recovered for the e-mail that carries it. */
	@Transactional(readOnly = true)
	public String manageTokenOf(Registration r) {
		return r.manageTokenSealed() == null ? null : secrets.open(r.manageTokenSealed());
	}
}
