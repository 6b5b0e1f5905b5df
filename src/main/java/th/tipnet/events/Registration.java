package th.tipnet.events;

import java.time.Instant;
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

import th.tipnet.common.DomainException;
import th.tipnet.common.Sealed;

/**
 * A person's registration for an event, in one group and mode, with the consents they gave. Its
 * status is decided by {@link Registrar} under the event's lock.
 */
@Entity
@Table(name = "registration")
public class Registration {

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
			IdempotentRequest idempotency) {
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
		r.createdAt = Instant.now();
		r.updatedAt = r.createdAt;
		return r;
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

	void confirm() {
		status = RegistrationStatus.CONFIRMED;
		waitlistSeq = null;
		updatedAt = Instant.now();
	}

	void waitlist(int seq) {
		status = RegistrationStatus.WAITLISTED;
		waitlistSeq = seq;
		updatedAt = Instant.now();
	}

	void awaitApproval() {
		status = RegistrationStatus.PENDING_APPROVAL;
		updatedAt = Instant.now();
	}

	void cancel() {
		if (status == RegistrationStatus.CANCELLED) {
			throw DomainException.conflict("events.registration.alreadyCancelled");
		}
		status = RegistrationStatus.CANCELLED;
		waitlistSeq = null;
		offerExpiresAt = null;
		updatedAt = Instant.now();
	}

	/** Does this registration hold a seat (confirmed, or offered and not yet answered)? */
	boolean holdsSeat() {
		return status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.OFFERED;
	}

	/** The first in line is offered a freed seat, held for them until {@code expiresAt}. */
	void offer(Instant expiresAt) {
		if (status != RegistrationStatus.WAITLISTED) {
			throw DomainException.conflict("events.offer.notWaiting");
		}
		status = RegistrationStatus.OFFERED;
		offerExpiresAt = expiresAt;
		updatedAt = Instant.now();
	}

	/** May the offer still be accepted at {@code now}? */
	public boolean offerOpenAt(Instant now) {
		return status == RegistrationStatus.OFFERED && now.isBefore(offerExpiresAt);
	}

	void acceptOffer(Instant now) {
		if (status != RegistrationStatus.OFFERED) {
			throw DomainException.conflict("events.offer.notOpen");
		}
		if (!offerOpenAt(now)) {
			throw DomainException.conflict("events.offer.expired");
		}
		confirm();
		offerExpiresAt = null;
	}

	void declineOffer() {
		if (status != RegistrationStatus.OFFERED) {
			throw DomainException.conflict("events.offer.notOpen");
		}
		cancel();
	}

	/** The offer was not accepted in time: the person leaves the waiting list. */
	void lapseOffer() {
		if (status != RegistrationStatus.OFFERED) {
			throw DomainException.conflict("events.offer.notOpen");
		}
		status = RegistrationStatus.OFFER_EXPIRED;
		waitlistSeq = null;
		updatedAt = Instant.now();
	}

	/**
	 * A confirmed participant changes how they take part. The ticket is reissued: a new serial in
	 * the signed ticket and a new code to type, so the old ones are refused at the door.
	 */
	void moveTo(AttendanceMode target) {
		if (status != RegistrationStatus.CONFIRMED) {
			throw DomainException.conflict("events.move.notConfirmed");
		}
		if (target == mode) {
			throw new DomainException(org.springframework.http.HttpStatus.CONFLICT, "events.move.sameMode", "mode");
		}
		if (checkedInAt != null) {
			throw DomainException.conflict("events.move.checkedIn");
		}
		mode = target;
		ticketSerial++;
		ticketCode = TicketCodes.next();
		updatedAt = Instant.now();
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

	public String email() {
		return email;
	}

	public String phone() {
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

	public String dietaryNeeds() {
		return dietaryNeeds;
	}

	public String accessibilityNeeds() {
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
