package th.tipnet.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * Registers people for events. Every decision for one event is taken under that event's row lock,
 * so the confirmed count never passes a mode's capacity or a group's quota, whatever the
 * concurrency and however many instances; the rest go to the waiting list of their mode and group,
 * numbered without gaps.
 */
@Service
public class Registrar {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{2,38}");

	private final Events events;

	private final Registrations registrations;

	private final AuditTrail audit;

	private final Clock clock;

	Registrar(Events events, Registrations registrations, AuditTrail audit) {
		this.events = events;
		this.registrations = registrations;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	/** The result of registering: the registration, its place if waiting, and (new ones only) the private manage token. */
	public record Outcome(Registration registration, Long waitlistPosition, String manageToken, boolean created) {
	}

	@Transactional
	public Outcome register(UUID eventId, Applicant applicant, String idempotencyKey) {
		Event event = events.findById(eventId).orElseThrow(() -> DomainException.notFound("event"));
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			Optional<Registration> earlier = registrations.findByEventIdAndIdempotencyKey(eventId, idempotencyKey);
			if (earlier.isPresent()) {
				return new Outcome(earlier.get(), position(earlier.get()), null, false);
			}
		}
		check(event, applicant);
		events.lock(eventId);
		// Under the lock from here: the counts below cannot change until this transaction ends.
		if (registrations.existsByEventIdAndEmailKeyAndStatusNot(eventId, Registration.emailKey(applicant.email()),
				RegistrationStatus.CANCELLED)) {
			throw new DomainException(HttpStatus.CONFLICT, "events.registration.duplicate", "email");
		}
		String token = newToken();
		Registration r = Registration.of(eventId, applicant, hash(token),
				idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip());
		ParticipantGroup group = event.group(applicant.groupCode()).orElseThrow();
		if (group.invitationOnly()) {
			r.awaitApproval();
		}
		else if (hasSeat(event, group, applicant.mode())) {
			r.confirm();
		}
		else {
			r.waitlist(registrations.lastWaitlistSeq(eventId, applicant.mode(), group.code()) + 1);
		}
		registrations.save(r);
		audit.recordAs(Actor.current(), "Registration", r.id(), "REGISTERED",
				Changes.none().note("event", eventId).note("status", r.status()).note("mode", r.mode()).note("group", r.groupCode()));
		return new Outcome(r, position(r), token, true);
	}

	/** Cancels by the private token; the first in the same waiting list takes the freed seat. */
	@Transactional
	public Registration cancel(String token) {
		Registration r = byToken(token);
		events.lock(r.eventId());
		boolean hadSeat = r.status() == RegistrationStatus.CONFIRMED;
		r.cancel();
		audit.recordAs(Actor.current(), "Registration", r.id(), "REGISTRATION_CANCELLED", Changes.none());
		if (hadSeat) {
			Event event = events.findById(r.eventId()).orElseThrow();
			ParticipantGroup group = event.group(r.groupCode()).orElseThrow();
			registrations.flush();
			for (Registration next : registrations.findByEventIdAndModeAndGroupCodeAndStatusOrderByWaitlistSeq(r.eventId(),
					r.mode(), r.groupCode(), RegistrationStatus.WAITLISTED)) {
				if (!hasSeat(event, group, r.mode())) {
					break;
				}
				next.confirm();
				registrations.flush();
				audit.recordAs(Actor.SYSTEM, "Registration", next.id(), "PROMOTED_FROM_WAITLIST", Changes.none());
			}
		}
		return r;
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

	private boolean hasSeat(Event event, ParticipantGroup group, AttendanceMode mode) {
		long confirmedInMode = registrations.countByEventIdAndModeAndStatus(event.id(), mode, RegistrationStatus.CONFIRMED);
		if (confirmedInMode >= event.capacity(mode)) {
			return false;
		}
		Integer quota = group.quota(mode);
		return quota == null || registrations.countByEventIdAndModeAndGroupCodeAndStatus(event.id(), mode, group.code(),
				RegistrationStatus.CONFIRMED) < quota;
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
		if (a.email() == null || a.email().length() > 254 || !EMAIL.matcher(a.email().strip()).matches()) {
			v.add(new Violation("email", "directory.email.invalid"));
		}
		if (a.phone() != null && !a.phone().isBlank() && !PHONE.matcher(a.phone().strip()).matches()) {
			v.add(new Violation("phone", "directory.phone.invalid"));
		}
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

	private static void text(List<Violation> v, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				v.add(new Violation(field, "error.required"));
			}
		}
		else if (value.length() > max) {
			v.add(new Violation(field, "directory.text.tooLong", max));
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
