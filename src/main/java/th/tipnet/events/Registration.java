package th.tipnet.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.http.HttpStatus;

import th.tipnet.common.DomainException;
import th.tipnet.common.Sealed;

/**
 * A person's registration for an event, in one group and mode, with the consents they gave. It
 * changes only through its verbs, each of which checks the current status, refuses an illegal move
 * with a conflict, registers what happened (published when {@link Registrations} saves it) and
 * returns the seat it held before and holds now, for {@link Seats} to count. The seat decisions
 * themselves are taken under the event's lock ({@link Registrar}, {@link WaitingList}).
 * <p>
 * A registration just made has no status until it is seated: confirmed, waiting or awaiting approval.
 */
@Entity
@Table(name = "registration")
public class Registration extends AbstractAggregateRoot<Registration> {

	@Id
	private UUID id;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(name = "group_code", nullable = false)
	private String groupCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "attendance_mode", nullable = false)
	private AttendanceMode mode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegistrationStatus status;

	@Column(name = "waitlist_seq")
	private Integer waitlistSeq;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "organisation_name")
	private String organisationName;

	@Column(name = "job_title")
	private String jobTitle;

	// Contact details and needs (which may reveal health or religion) are encrypted at rest.
	@Column(nullable = false)
	@Convert(converter = Sealed.class)
	private String email;

	@Column(name = "email_key", nullable = false)
	private String emailKey;

	@Convert(converter = Sealed.class)
	private String phone;

	@Column(name = "dietary_needs")
	@Convert(converter = Sealed.class)
	private String dietaryNeeds;

	@Column(name = "accessibility_needs")
	@Convert(converter = Sealed.class)
	private String accessibilityNeeds;

	@Column(nullable = false)
	private String language;

	@Column(name = "consent_privacy", nullable = false)
	private boolean consentPrivacy;

	@Column(name = "consent_media", nullable = false)
	private boolean consentMedia;

	@Column(name = "consent_public_list", nullable = false)
	private boolean consentPublicList;

	@Column(name = "manage_token_hash", nullable = false, unique = true)
	private String manageTokenHash;

	@Column(name = "idempotency_key")
	private String idempotencyKey;

	/** Who sent the Idempotency-Key (a blind index of the user or the client's address): only they replay it. */
	@Column(name = "idempotency_caller")
	private String idempotencyCaller;

	/** Which request the key was sent with (a hash of its fields): the same key with another body is refused. */
	@Column(name = "idempotency_request")
	private String idempotencyRequest;

	@Column(name = "manage_token_sealed")
	private String manageTokenSealed;

	/** A short code people can type at the door; unambiguous letters and digits. */
	@Column(name = "ticket_code", unique = true)
	private String ticketCode;

	@Column(name = "checked_in_at")
	private Instant checkedInAt;

	/** Which ticket is valid: a signed ticket with another serial was replaced (see {@link #moveTo}). */
	@Column(name = "ticket_serial", nullable = false)
	private int ticketSerial = 1;

	/** While OFFERED: until when the seat is held; kept once the offer lapsed, to say when it did. */
	@Column(name = "offer_expires_at")
	private Instant offerExpiresAt;

	@Column(name = "checked_in_by")
	private String checkedInBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** Null until first stored, so saving a new registration is an INSERT without a look-up first. */
	@Version
	private Long version;

	protected Registration() {
	}

	static Registration of(UUID eventId, Applicant a, String emailKey, String manageTokenHash, String manageTokenSealed,
			IdempotentRequest idempotency, Clock clock) {
		Registration r = new Registration();
		r.manageTokenSealed = manageTokenSealed;
		r.ticketCode = TicketCodes.next();
		r.id = UUID.randomUUID();
		r.eventId = eventId;
		r.groupCode = a.groupCode();
		r.mode = a.mode();
		r.fullName = a.fullName();
		r.organisationName = a.organisationName();
		r.jobTitle = a.jobTitle();
		r.email = a.email();
		r.emailKey = emailKey;
		r.phone = a.phone();
		r.dietaryNeeds = a.dietaryNeeds();
		r.accessibilityNeeds = a.accessibilityNeeds();
		r.language = a.language();
		r.consentPrivacy = a.consentPrivacy();
		r.consentMedia = a.consentMedia();
		r.consentPublicList = a.consentPublicList();
		r.manageTokenHash = manageTokenHash;
		if (idempotency != null) {
			r.idempotencyKey = idempotency.key();
			r.idempotencyCaller = idempotency.caller();
			r.idempotencyRequest = idempotency.request();
		}
		r.createdAt = clock.instant();
		r.updatedAt = r.createdAt;
		return r;
	}

	/**
	 * What a verb changed: the seat the registration held before (status and mode) and the one it
	 * holds now. {@link Seats#follow} counts it.
	 */
	record Change(UUID eventId, String groupCode, RegistrationStatus fromStatus, AttendanceMode fromMode,
			RegistrationStatus toStatus, AttendanceMode toMode) {

		boolean leaves(RegistrationStatus status) {
			return fromStatus == status && (toStatus != status || toMode != fromMode);
		}

		boolean enters(RegistrationStatus status) {
			return toStatus == status && (fromStatus != status || toMode != fromMode);
		}
	}

	/**
	 * The blind index of the normalised e-mail, compared for duplicates (one registration per person
	 * and event): the e-mail itself is sealed and cannot be compared in a query.
	 */
	String emailKey() {
		return emailKey;
	}

	/** The e-mail as compared for duplicates: without surrounding spaces, in lower case. */
	static String normalEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** A new registration gets a seat, or an organiser admits someone awaiting approval to one. */
	Change confirm(Clock clock) {
		mustBeUndecidedOrPending();
		return change(clock, () -> {
			status = RegistrationStatus.CONFIRMED;
			waitlistSeq = null;
			registerEvent(new RegistrationRecorded(id));
		});
	}

	/** A new registration, or someone admitted from approval, joins the end of the waiting list as number {@code seq}. */
	Change waitlist(int seq, Clock clock) {
		mustBeUndecidedOrPending();
		return change(clock, () -> {
			status = RegistrationStatus.WAITLISTED;
			waitlistSeq = seq;
			registerEvent(new RegistrationRecorded(id));
		});
	}

	/** A new registration in an invitation-only group waits for the organiser's decision. */
	Change awaitApproval(Clock clock) {
		if (status != null) {
			throw DomainException.conflict("events.registration.alreadyDecided");
		}
		return change(clock, () -> {
			status = RegistrationStatus.PENDING_APPROVAL;
			registerEvent(new RegistrationRecorded(id));
		});
	}

	private void mustBeUndecidedOrPending() {
		if (status != null && status != RegistrationStatus.PENDING_APPROVAL) {
			throw DomainException.conflict("events.approve.notPending");
		}
	}

	Change cancel(Clock clock) {
		if (status == null || status == RegistrationStatus.CANCELLED) {
			throw DomainException.conflict("events.registration.alreadyCancelled");
		}
		return change(clock, () -> {
			status = RegistrationStatus.CANCELLED;
			waitlistSeq = null;
			offerExpiresAt = null;
			registerEvent(new RegistrationCancelled(id));
		});
	}

	/** Does this registration hold a seat (confirmed, or offered and not yet answered)? */
	boolean holdsSeat() {
		return status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.OFFERED;
	}

	/** The first in line is offered a freed seat, held for them until {@code expiresAt}. */
	Change offer(Instant expiresAt, Clock clock) {
		if (status != RegistrationStatus.WAITLISTED) {
			throw DomainException.conflict("events.offer.notWaiting");
		}
		return change(clock, () -> {
			status = RegistrationStatus.OFFERED;
			offerExpiresAt = expiresAt;
			registerEvent(new SeatOffered(id));
		});
	}

	/** May the offer still be accepted at {@code now}? */
	public boolean offerOpenAt(Instant now) {
		return status == RegistrationStatus.OFFERED && now.isBefore(offerExpiresAt);
	}

	/** The holder takes the seat offered, in time: confirmed, and told so with their ticket. */
	Change acceptOffer(Clock clock) {
		mustBeOffered();
		if (!offerOpenAt(clock.instant())) {
			throw DomainException.conflict("events.offer.expired");
		}
		return change(clock, () -> {
			status = RegistrationStatus.CONFIRMED;
			waitlistSeq = null;
			offerExpiresAt = null;
			registerEvent(new RegistrationRecorded(id));
		});
	}

	/** The holder gives the seat offered up: their registration ends. */
	Change declineOffer(Clock clock) {
		mustBeOffered();
		return cancel(clock);
	}

	/** The offer was not accepted in time: the person leaves the waiting list. */
	Change lapseOffer(Clock clock) {
		mustBeOffered();
		return change(clock, () -> {
			status = RegistrationStatus.OFFER_EXPIRED;
			waitlistSeq = null;
			registerEvent(new SeatOfferLapsed(id));
		});
	}

	private void mustBeOffered() {
		if (status != RegistrationStatus.OFFERED) {
			throw DomainException.conflict("events.offer.notOpen");
		}
	}

	/**
	 * A confirmed participant changes how they take part. The ticket is reissued: a new serial in
	 * the signed ticket and a new code to type, so the old ones are refused at the door.
	 */
	Change moveTo(AttendanceMode target, Clock clock) {
		if (status != RegistrationStatus.CONFIRMED) {
			throw DomainException.conflict("events.move.notConfirmed");
		}
		if (target == mode) {
			throw new DomainException(HttpStatus.CONFLICT, "events.move.sameMode", "mode");
		}
		if (checkedInAt != null) {
			throw DomainException.conflict("events.move.checkedIn");
		}
		return change(clock, () -> {
			mode = target;
			ticketSerial++;
			ticketCode = TicketCodes.next();
			registerEvent(new TicketReissued(id));
		});
	}

	/**
	 * The participant arrives at the door at {@code at}, let in by {@code by}: true the first time;
	 * a later scan changes nothing (and {@link #checkedInAt()} says when the first was). Only a
	 * confirmed onsite participant gets in: an online one is moved onsite first.
	 */
	boolean checkIn(Instant at, String by) {
		if (status == RegistrationStatus.CANCELLED || status == RegistrationStatus.OFFER_EXPIRED) {
			throw new DomainException(HttpStatus.CONFLICT, "events.checkin.cancelled", "code");
		}
		if (status != RegistrationStatus.CONFIRMED) {
			throw new DomainException(HttpStatus.CONFLICT, "events.checkin.notConfirmed", "code");
		}
		if (mode == AttendanceMode.ONLINE) {
			throw new DomainException(HttpStatus.CONFLICT, "events.checkin.online", "code");
		}
		return attend(at, by);
	}

	/** Only a confirmed online participant has a join link. */
	void mustJoinOnline() {
		if (status != RegistrationStatus.CONFIRMED || mode != AttendanceMode.ONLINE) {
			throw DomainException.conflict("events.join.notConfirmedOnline");
		}
	}

	/** The online participant joined the session while it was on, at {@code at}: true the first time. */
	boolean joinOnline(Instant at) {
		mustJoinOnline();
		return attend(at, "online");
	}

	private boolean attend(Instant at, String by) {
		if (checkedInAt != null) {
			return false;
		}
		checkedInAt = at;
		checkedInBy = by;
		registerEvent(new ParticipantCheckedIn(id));
		return true;
	}

	private Change change(Clock clock, Runnable move) {
		RegistrationStatus fromStatus = status;
		AttendanceMode fromMode = mode;
		move.run();
		updatedAt = clock.instant();
		return new Change(eventId, groupCode, fromStatus, fromMode, status, mode);
	}

	/** What this registration registered and has not yet published (for tests of its state table). */
	List<Object> registeredEvents() {
		return List.copyOf(domainEvents());
	}

	public UUID id() {
		return id;
	}

	public UUID eventId() {
		return eventId;
	}

	public String groupCode() {
		return groupCode;
	}

	public AttendanceMode mode() {
		return mode;
	}

	public RegistrationStatus status() {
		return status;
	}

	public Integer waitlistSeq() {
		return waitlistSeq;
	}

	public String fullName() {
		return fullName;
	}

	public String organisationName() {
		return organisationName;
	}

	public String jobTitle() {
		return jobTitle;
	}

	String email() {
		return email;
	}

	String phone() {
		return phone;
	}

	public String language() {
		return language;
	}

	public boolean consentMedia() {
		return consentMedia;
	}

	public boolean consentPublicList() {
		return consentPublicList;
	}

	String dietaryNeeds() {
		return dietaryNeeds;
	}

	String accessibilityNeeds() {
		return accessibilityNeeds;
	}

	String idempotencyKey() {
		return idempotencyKey;
	}

	/** Whether this registration was made by the same request as the one repeated under its key. */
	boolean madeBy(IdempotentRequest repeated) {
		return repeated.request().equals(idempotencyRequest);
	}

	String manageTokenSealed() {
		return manageTokenSealed;
	}

	public String ticketCode() {
		return ticketCode;
	}

	public Instant checkedInAt() {
		return checkedInAt;
	}

	public int ticketSerial() {
		return ticketSerial;
	}

	public Instant offerExpiresAt() {
		return offerExpiresAt;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
