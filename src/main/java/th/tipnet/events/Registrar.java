package th.tipnet.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static th.tipnet.common.InputRules.email;
import static th.tipnet.common.InputRules.phone;
import static th.tipnet.common.InputRules.text;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.SecretBox;

/**
 * Registers people for events. Every decision for one event is taken under that event's row lock,
 * so the confirmed count never passes a mode's capacity or a group's quota, whatever the
 * concurrency and however many instances; the rest go to the waiting list of their mode and group,
 * numbered without gaps.
 */
@Service
public class Registrar {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Registrations that no longer count: the same e-mail may register again. */
	private static final List<RegistrationStatus> ENDED = List.of(RegistrationStatus.CANCELLED,
			RegistrationStatus.OFFER_EXPIRED);

	private static final String ENDED_SQL = String.join(", ", ENDED.stream().map(s -> "'" + s.name() + "'").toList());

	private final Events events;

	private final Registrations registrations;

	private final AuditTrail audit;

	private final SecretBox secrets;

	private final Tickets tickets;

	private final ApplicationEventPublisher publisher;

	private final JdbcTemplate jdbc;

	private final Tallies tallies;

	private final Clock clock;

	private final EventLocks locks;

	private final Seats seats;

	private final WaitingList waitingList;

	private final RevokedTickets revokedTickets;

	private final EventSnapshots snapshots;

	private final RegistrationDesk desk;

	private final EventPlanning planning;

	private final org.springframework.transaction.support.TransactionTemplate alone;

	Registrar(Events events, Registrations registrations, AuditTrail audit, SecretBox secrets, Tickets tickets,
			ApplicationEventPublisher publisher, JdbcTemplate jdbc, Tallies tallies, Clock clock, EventLocks locks,
			Seats seats, WaitingList waitingList, RevokedTickets revokedTickets, EventSnapshots snapshots,
			RegistrationDesk desk, org.springframework.transaction.PlatformTransactionManager transactions,
			EventPlanning planning) {
		this.planning = planning;
		this.snapshots = snapshots;
		this.desk = desk;
		this.alone = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.tallies = tallies;
		this.events = events;
		this.registrations = registrations;
		this.audit = audit;
		this.secrets = secrets;
		this.tickets = tickets;
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.clock = clock;
		this.locks = locks;
		this.seats = seats;
		this.waitingList = waitingList;
		this.revokedTickets = revokedTickets;
	}

	/**
	 * The result of registering: the registration, its place if waiting, and (new ones only) the
	 * private manage token. When the e-mail was already registered for the event, nothing of that
	 * registration is given (its holder gets their private link by e-mail instead): see
	 * {@link #alreadyRegistered()}.
	 */
	public record Outcome(Registration registration, Long waitlistPosition, String manageToken, boolean created) {

		static Outcome linkSentByMail() {
			return new Outcome(null, null, null, false);
		}

		/**
		 * The e-mail was already registered: the private link went to that address, and the caller,
		 * who may not be its owner, learns nothing of the registration.
		 */
		public boolean alreadyRegistered() {
			return registration == null;
		}
	}

	/**
	 * Registers someone: confirmed if their mode and group have a seat, else the end of their
	 * waiting list (or pending approval for invitation-only groups). Requests for one event meet at
	 * the {@link RegistrationDesk} and are decided in batches under one lock and one commit; a
	 * retry with an Idempotency-Key, or a call inside a transaction already open, is decided alone.
	 */
	public Outcome register(UUID eventId, Applicant applicant, String idempotencyKey) {
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && key.length() > 100) {
			throw DomainException.invalid("Idempotency-Key", "events.idempotencyKey.tooLong");
		}
		IdempotentRequest idempotent = key == null ? null : new IdempotentRequest(key, caller(), fingerprint(applicant));
		if (key != null || org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
			return alone.execute(status -> registerAlone(eventId, applicant, idempotent));
		}
		checkAgainstLatest(eventId, applicant);
		// Everything that needs no seat count is done before the lock, which is held until commit.
		String token = newToken();
		Registration r = Registration.of(eventId, applicant, emailKey(applicant), hash(token), secrets.seal(token), null);
		return desk.submit(eventId, r.emailKey(), batch -> decide(batch, r, applicant, token),
				() -> alone.execute(status -> registerAlone(eventId, applicant, null)));
	}

	private String emailKey(Applicant applicant) {
		return secrets.blindIndex(Registration.normalEmail(applicant.email()));
	}

	private Outcome registerAlone(UUID eventId, Applicant applicant, IdempotentRequest idempotent) {
		if (idempotent != null) {
			Optional<Registration> earlier = registrations.findByEventIdAndIdempotencyCallerAndIdempotencyKey(eventId,
					idempotent.caller(), idempotent.key());
			if (earlier.isPresent()) {
				if (!earlier.get().madeBy(idempotent)) {
					// The same key for another request: replaying the first would answer something not asked.
					throw DomainException.invalid("Idempotency-Key", "events.idempotencyKey.otherRequest");
				}
				return new Outcome(earlier.get(), position(earlier.get()), null, false);
			}
		}
		checkAgainstLatest(eventId, applicant);
		String token = newToken();
		Registration r = Registration.of(eventId, applicant, emailKey(applicant), hash(token), secrets.seal(token), idempotent);
		return decide(new RegistrationDesk.Batch(snapshots.locked(eventId), List.of(r.emailKey())), r, applicant, token);
	}

	/** Checks against the event in memory; a refusal is confirmed against the committed event first. */
	private void checkAgainstLatest(UUID eventId, Applicant applicant) {
		try {
			check(snapshots.current(eventId), applicant);
		}
		catch (DomainException refused) {
			check(snapshots.fresh(eventId), applicant);
		}
	}

	/** Under the event's lock, with the event as committed: the counts cannot change until this transaction ends. */
	private Outcome decide(RegistrationDesk.Batch batch, Registration r, Applicant applicant, String token) {
		Event event = batch.event;
		check(event, applicant);
		// Stored registrations by SQL (no flush of the batch's unsaved ones), the batch's own in memory.
		Optional<UUID> holder = batch.claim(r.emailKey(), r.id(), keys -> registeredAmong(event.id(), keys));
		if (holder.isPresent()) {
			return sendLinkAgain(holder.get(), applicant.language());
		}
		Long position = seat(event, r, event.group(applicant.groupCode()).orElseThrow());
		registrations.save(r);
		publisher.publishEvent(new RegistrationRecorded(r.id()));
		audit.recordAs(Actor.current(), "Registration", r.id(), "REGISTERED",
				Changes.none().note("event", event.id()).note("status", r.status()).note("mode", r.mode()).note("group", r.groupCode()));
		return new Outcome(r, position, token, true);
	}

	/**
	 * Someone registered with an e-mail that already holds a registration for the event (perhaps its
	 * owner who lost the link, perhaps someone else): the answer tells the caller nothing of it, and
	 * the address gets its private link again, in the language of this request.
	 */
	private Outcome sendLinkAgain(UUID registrationId, String language) {
		publisher.publishEvent(new PrivateLinkRequested(registrationId, language));
		audit.recordAs(Actor.current(), "Registration", registrationId, "PRIVATE_LINK_SENT_AGAIN",
				Changes.none().note("language", language));
		return Outcome.linkSentByMail();
	}

	/** Which of these e-mails hold a registration for the event that still counts, and which. */
	private Map<String, UUID> registeredAmong(UUID eventId, List<String> emailKeys) {
		String marks = String.join(", ", java.util.Collections.nCopies(emailKeys.size(), "?"));
		List<Object> args = new ArrayList<>();
		args.add(eventId);
		args.addAll(emailKeys);
		Map<String, UUID> holders = new java.util.HashMap<>();
		jdbc.query("SELECT email_key, id FROM registration WHERE event_id = ? AND email_key IN (" + marks
				+ ") AND status NOT IN (" + ENDED_SQL + ")",
				rs -> {
					holders.putIfAbsent(rs.getString("email_key"), rs.getObject("id", UUID.class));
				}, args.toArray());
		return holders;
	}

	/** Who is calling, for the Idempotency-Key's scope: the signed-in user, else the client's address. */
	private String caller() {
		Actor actor = Actor.current();
		String who = actor.userId() != null ? "user:" + actor.userId() : "address:" + clientAddress();
		return secrets.blindIndex("idempotency|" + who);
	}

	private static String clientAddress() {
		if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
				instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return "none";
	}

	/** What was asked: every field of the applicant, so a replay answers only the same request. */
	private static String fingerprint(Applicant a) {
		return hash(String.join("\u001f", String.valueOf(a.fullName()), String.valueOf(a.organisationName()),
				String.valueOf(a.jobTitle()), String.valueOf(a.groupCode()), String.valueOf(a.mode()), String.valueOf(a.email()),
				String.valueOf(a.phone()), String.valueOf(a.dietaryNeeds()), String.valueOf(a.accessibilityNeeds()),
				String.valueOf(a.language()), String.valueOf(a.consentPrivacy()), String.valueOf(a.consentMedia()),
				String.valueOf(a.consentPublicList())));
	}

	/**
	 * Decides a new registration under the event's lock: invitation-only groups wait for approval,
	 * then a seat if the mode and the group have one, else the end of their waiting list (whose
	 * position is returned).
	 */
	private Long seat(Event event, Registration r, ParticipantGroup group) {
		if (group.invitationOnly()) {
			r.awaitApproval();
			return null;
		}
		return confirmOrWaitlist(event, r, group);
	}

	private Long confirmOrWaitlist(Event event, Registration r, ParticipantGroup group) {
		if (hasSeat(event, group, r.mode())) {
			r.confirm();
			tallies.confirmed(event.id(), r.mode(), group.code(), 1);
			return null;
		}
		Tallies.Place place = tallies.joinWaitlist(event.id(), r.mode(), group.code());
		r.waitlist(place.seq());
		return place.position();
	}

	/** Cancels by the private token; a freed seat is offered to the first in line (see {@link WaitingList}). */
	@Transactional
	public Registration cancel(String token) {
		Registration r = byToken(token);
		Event event = locks.lock(r.eventId());
		r = locks.fresh(r);
		RegistrationStatus before = r.status();
		r.cancel();
		releaseSeat(r, before);
		audit.recordAs(Actor.current(), "Registration", r.id(), "REGISTRATION_CANCELLED", Changes.none().note("was", before));
		if (before == RegistrationStatus.CONFIRMED || before == RegistrationStatus.OFFERED) {
			waitingList.offerFreeSeats(event, r.mode(), r.groupCode());
		}
		return r;
	}

	/** The seat a registration held before leaving that state (confirmed, or held by an offer), back in the tallies. */
	private void releaseSeat(Registration r, RegistrationStatus before) {
		if (before == RegistrationStatus.CONFIRMED) {
			tallies.confirmed(r.eventId(), r.mode(), r.groupCode(), -1);
		}
		else if (before == RegistrationStatus.OFFERED) {
			tallies.offered(r.eventId(), r.mode(), r.groupCode(), -1);
		}
		else if (before == RegistrationStatus.WAITLISTED) {
			tallies.leaveWaitlist(r.eventId(), r.mode(), r.groupCode());
		}
	}

	@Transactional(readOnly = true)
	public Registration byToken(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw DomainException.notFound("registration");
		}
		return registrations.findByManageTokenHash(hash(token)).orElseThrow(() -> DomainException.notFound("registration"));
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

	/** The organiser admits someone from an invitation-only group: a seat if one is left, else the waiting list. */
	@Transactional
	public Registration approve(UUID eventId, UUID registrationId) {
		Event event = locks.lock(eventId);
		Registration r = registrations.findById(registrationId)
			.filter(x -> x.eventId().equals(eventId))
			.orElseThrow(() -> DomainException.notFound("registration"));
		if (r.status() != RegistrationStatus.PENDING_APPROVAL) {
			throw DomainException.conflict("events.approve.notPending");
		}
		confirmOrWaitlist(event, r, event.group(r.groupCode()).orElseThrow());
		audit.record("Registration", r.id(), "REGISTRATION_APPROVED", Changes.none().note("status", r.status()));
		publisher.publishEvent(new RegistrationRecorded(r.id()));
		return r;
	}

	/** Who agreed to appear in the public participant list (confirmed only). */
	@Transactional(readOnly = true)
	public List<Registration> publicList(UUID eventId) {
		return registrations.findByEventIdAndConsentPublicListTrueAndStatusOrderByFullName(eventId, RegistrationStatus.CONFIRMED);
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
		Registration r = identify(event, presented);
		if (r.status() == RegistrationStatus.CANCELLED || r.status() == RegistrationStatus.OFFER_EXPIRED) {
			throw new DomainException(HttpStatus.CONFLICT, "events.checkin.cancelled", "code");
		}
		if (r.status() != RegistrationStatus.CONFIRMED) {
			throw new DomainException(HttpStatus.CONFLICT, "events.checkin.notConfirmed", "code");
		}
		if (r.mode() == AttendanceMode.ONLINE) {
			// Their attendance is their join link; at the door they are moved onsite first, if there is a seat.
			throw new DomainException(HttpStatus.CONFLICT, "events.checkin.online", "code");
		}
		java.time.Instant now = arrival(scannedAt);
		// Only while still confirmed, and bumping the version: a move or cancellation decided at the
		// same moment then fails on its stale copy instead of writing the arrival away.
		int first = jdbc.update("UPDATE registration SET checked_in_at = ?, checked_in_by = ?, version = version + 1"
				+ " WHERE id = ? AND checked_in_at IS NULL AND status = 'CONFIRMED'", now.atOffset(java.time.ZoneOffset.UTC),
				Actor.current().name(), r.id());
		if (first == 1) {
			audit.record("Registration", r.id(), "CHECKED_IN", Changes.none());
			return new CheckIn(r, true, now);
		}
		java.time.OffsetDateTime earlier = jdbc.queryForObject("SELECT checked_in_at FROM registration WHERE id = ?",
				java.time.OffsetDateTime.class, r.id());
		if (earlier == null) {
			// Cancelled or moved since it was read above.
			throw new DomainException(HttpStatus.CONFLICT, "events.checkin.cancelled", "code");
		}
		return new CheckIn(r, false, earlier.toInstant());
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
			Registration r = registrations.findById(holder.registrationId())
				.filter(x -> x.eventId().equals(event.id()))
				.orElseThrow(() -> DomainException.invalid("code", "events.checkin.forged"));
			if (holder.serial() != r.ticketSerial()) {
				throw new DomainException(HttpStatus.CONFLICT, "events.checkin.reissued", "code");
			}
			return r;
		}
		String code = TicketCodes.normalise(text);
		Optional<Registration> r = registrations.findByTicketCode(code).filter(x -> x.eventId().equals(event.id()));
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

	/** Only under the event's lock: the tallies are exact there. */
	private boolean hasSeat(Event event, ParticipantGroup group, AttendanceMode mode) {
		return seats.available(event, group, mode);
	}

	private void check(Event event, Applicant a) {
		if (!event.registrationOpen(clock.instant())) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, "events.registration.closed", null);
		}
		List<Violation> v = new ArrayList<>();
		text(v, "fullName", a.fullName(), 200, true);
		text(v, "organisationName", a.organisationName(), 300, false);
		text(v, "jobTitle", a.jobTitle(), 200, false);
		text(v, "dietaryNeeds", a.dietaryNeeds(), 300, false);
		text(v, "accessibilityNeeds", a.accessibilityNeeds(), 300, false);
		email(v, "email", a.email(), true);
		phone(v, "phone", a.phone());
		if (a.mode() == null) {
			v.add(new Violation("mode", "events.mode.required"));
		}
		else if (event.capacity(a.mode()) <= 0) {
			v.add(new Violation("mode", "events.mode.notOffered"));
		}
		if (a.groupCode() == null || event.group(a.groupCode()).isEmpty()) {
			v.add(new Violation("groupCode", "events.group.unknown"));
		}
		if (!a.consentPrivacy()) {
			v.add(new Violation("consentPrivacy", "events.consent.privacyRequired"));
		}
		if (a.language() == null || !("th".equals(a.language()) || "en".equals(a.language()))) {
			v.add(new Violation("language", "directory.language.unknown"));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}


	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
