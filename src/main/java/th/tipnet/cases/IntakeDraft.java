package th.tipnet.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.Sealed;

/**
 * An intake saved unfinished, to resume later or on another device (the UK's referral form cannot
 * save progress: ours must). The whole form is kept as JSON, sealed like the case data, owned by
 * the organisation of the case worker who started it; it lapses some time after its last save.
 */
@Entity
@Table(name = "nrm_intake_draft")
class IntakeDraft {

	@Id
	private UUID id;

	@Column(name = "org_id", nullable = false, updatable = false)
	private UUID organisationId;

	@Column(name = "saved_by")
	private UUID savedBy;

	@Column(name = "saved_by_name", nullable = false)
	private String savedByName;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(nullable = false)
	private int persons;

	@Column(nullable = false)
	private int missing;

	@Convert(converter = Sealed.class)
	@Column(nullable = false)
	private String content;

	@Version
	private Long version;

	/** Who started the draft, and the Idempotency-Key and body digest it was started with (a retry finds it). */
	@Column(name = "created_by", updatable = false)
	private UUID createdBy;

	@Column(name = "idempotency_key", updatable = false)
	private String idempotencyKey;

	@Column(name = "request_digest", updatable = false)
	private String requestDigest;

	protected IntakeDraft() {
	}

	/** A new draft, started under an Idempotency-Key (or none) so that a retry finds it. */
	static IntakeDraft start(String content, int persons, int missing, Actor actor, Instant now, Duration lifetime,
			Case.Retry retry) {
		IntakeDraft d = start(content, persons, missing, actor, now, lifetime);
		d.createdBy = actor.userId();
		d.idempotencyKey = retry == null ? null : retry.key();
		d.requestDigest = retry == null ? null : retry.digest();
		return d;
	}

	boolean sameRequest(String digest) {
		return requestDigest != null && requestDigest.equals(digest);
	}

	/** A new draft of the case worker's organisation, kept for {@code lifetime} after this save. */
	static IntakeDraft start(String content, int persons, int missing, Actor actor, Instant now, Duration lifetime) {
		IntakeDraft d = new IntakeDraft();
		d.id = UUID.randomUUID();
		d.organisationId = actor.organisationId();
		d.createdAt = now;
		d.saved(content, persons, missing, actor, now, lifetime);
		return d;
	}

	/** Saves the form again, at the version the case worker resumed (409 when someone saved it since). */
	void save(long seenVersion, String content, int persons, int missing, Actor actor, Instant now, Duration lifetime) {
		requireVersion(seenVersion);
		saved(content, persons, missing, actor, now, lifetime);
	}

	void requireVersion(long seenVersion) {
		DomainException.requireVersion(version(), seenVersion);
	}

	private void saved(String content, int persons, int missing, Actor actor, Instant now, Duration lifetime) {
		this.content = content;
		this.persons = persons;
		this.missing = missing;
		this.savedBy = actor.userId();
		this.savedByName = actor.name();
		this.savedAt = now;
		this.expiresAt = now.plus(lifetime);
	}

	UUID id() {
		return id;
	}

	String content() {
		return content;
	}

	String savedByName() {
		return savedByName;
	}

	Instant savedAt() {
		return savedAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	int persons() {
		return persons;
	}

	int missing() {
		return missing;
	}

	long version() {
		return version == null ? 0 : version;
	}
}
