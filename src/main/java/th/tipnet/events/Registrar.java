package th.tipnet.events;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
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
import th.tipnet.common.Fingerprint;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.SecretBox;

/**
 * Registers people for events, cancels by the private link, and admits those awaiting approval
 * (reading registrations is {@link Participants}', checking in at the door {@link CheckIns}'). Every decision for one event is taken under that event's row lock,
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

	private final Registrations registrations;

	private final AuditTrail audit;

	private final SecretBox secrets;

	private final ApplicationEventPublisher publisher;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final EventLocks locks;

	private final Seats seats;

	private final WaitingList waitingList;

	private final EventSnapshots snapshots;

	private final RegistrationDesk desk;

	private final Participants registered;

	private final org.springframework.transaction.support.TransactionTemplate alone;

	Registrar(Registrations registrations, AuditTrail audit, SecretBox secrets, ApplicationEventPublisher publisher,
			JdbcTemplate jdbc, Clock clock, EventLocks locks, Seats seats, WaitingList waitingList, EventSnapshots snapshots,
			RegistrationDesk desk, org.springframework.transaction.PlatformTransactionManager transactions,
			Participants registered) {
		this.registered = registered;
		this.snapshots = snapshots;
		this.desk = desk;
		this.alone = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.registrations = registrations;
		this.audit = audit;
		this.secrets = secrets;
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.clock = clock;
		this.locks = locks;
		this.seats = seats;
		this.waitingList = waitingList;
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
		Registration r = Registration.of(eventId, applicant, emailKey(applicant), hash(token), secrets.seal(token), null, clock);
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
				return new Outcome(earlier.get(), registered.position(earlier.get()), null, false);
			}
		}
		checkAgainstLatest(eventId, applicant);
		String token = newToken();
		Registration r = Registration.of(eventId, applicant, emailKey(applicant), hash(token), secrets.seal(token), idempotent, clock);
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
		// Publishes what the registration registered (RegistrationRecorded).
		registrations.save(r);
		audit.recordAs(Actor.current(), EventsAudit.REGISTRATION, r.id(), EventsAudit.REGISTERED,
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
		audit.recordAs(Actor.current(), EventsAudit.REGISTRATION, registrationId, EventsAudit.PRIVATE_LINK_SENT_AGAIN,
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
			seats.follow(r.awaitApproval(clock));
			return null;
		}
		return confirmOrWaitlist(event, r, group);
	}

	private Long confirmOrWaitlist(Event event, Registration r, ParticipantGroup group) {
		if (seats.available(event, group, r.mode())) {
			seats.follow(r.confirm(clock));
			return null;
		}
		return seats.waitlist(r, clock);
	}

	/** Cancels by the private token; a freed seat is offered to the first in line (see {@link WaitingList}). */
	@Transactional
	public Registration cancel(String token) {
		Registration r = registered.byToken(token);
		Event event = locks.lock(r.eventId());
		r = locks.fresh(r);
		RegistrationStatus before = r.status();
		seats.follow(r.cancel(clock));
		registrations.save(r);
		audit.recordAs(Actor.current(), EventsAudit.REGISTRATION, r.id(), EventsAudit.REGISTRATION_CANCELLED, Changes.none().note("was", before));
		if (before == RegistrationStatus.CONFIRMED || before == RegistrationStatus.OFFERED) {
			waitingList.offerFreeSeats(event, r.mode(), r.groupCode());
		}
		return r;
	}

	/** The organiser admits someone from an invitation-only group: a seat if one is left, else the waiting list. */
	@Transactional
	public Registration approve(UUID eventId, UUID registrationId) {
		Event event = locks.lock(eventId);
		Registration r = registrations.findById(registrationId)
			.filter(x -> x.eventId().equals(eventId))
			.orElseThrow(() -> DomainException.notFound("registration"));
		// Confirmed or waiting; refused (409) unless it awaits approval.
		confirmOrWaitlist(event, r, event.group(r.groupCode()).orElseThrow());
		registrations.save(r);
		audit.record(EventsAudit.REGISTRATION, r.id(), EventsAudit.REGISTRATION_APPROVED, Changes.none().note("status", r.status()));
		return r;
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
		return Fingerprint.of(token);
	}
}
