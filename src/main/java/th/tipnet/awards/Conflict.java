package th.tipnet.awards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;

/**
 * A judge's conflict of interest with a nomination: declared by the judge with their reason, or
 * found by the system from a tie between the judge's organisation (or a parent of it) and the
 * nominee's or the nominator's organisation, or between the judge's province and the nominated one.
 * While it stands the judge's queries leave the nomination out. Only a found conflict may be
 * dismissed (a false positive), and only with a reason; a declaration stands.
 */
@Entity
@Table(name = "award_conflict")
class Conflict {

	enum Source {
		DECLARED, FOUND
	}

	/** What ties the judge to the nomination. */
	enum Basis {
		/** The judge said so. */
		DECLARED,
		/** The judge's organisation, or a parent of it, is the nominee or the nominated person's organisation. */
		NOMINEE_ORGANISATION,
		/** The judge's organisation, or a parent of it, made the nomination. */
		NOMINATOR_ORGANISATION,
		/** The judge's organisation works in the nominated province. */
		NOMINATED_PROVINCE
	}

	static final int MAX_REASON = 1000;

	@Id
	private UUID id;

	@Column(name = "nomination_id", nullable = false, updatable = false)
	private UUID nominationId;

	@Column(name = "judge_id", nullable = false, updatable = false)
	private UUID judgeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Source source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Basis basis;

	@Column(name = "party_org_id", updatable = false)
	private UUID partyOrganisationId;

	@Column(name = "party_province", updatable = false)
	private String partyProvinceCode;

	@Column(updatable = false)
	private String reason;

	/** What a found conflict runs through (see {@link ConflictCheck}); its reason, with the basis and the party. */
	@Column
	private String tie;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "dismissed_at")
	private Instant dismissedAt;

	@Column(name = "dismissed_by")
	private UUID dismissedBy;

	@Column(name = "dismissal_reason")
	private String dismissalReason;

	@Version
	private long version;

	protected Conflict() {
	}

	/** The judge's own declaration, with their reason (required, at most 1,000 characters). */
	static Conflict declared(NominationId nomination, UUID judgeId, String reason, Instant at) {
		requireReason("reason", reason);
		Conflict c = new Conflict(nomination, judgeId, Source.DECLARED, Basis.DECLARED, at);
		c.reason = reason.strip();
		return c;
	}

	/** A tie the system found: the organisation or the province that ties the judge to the nomination. */
	static Conflict found(NominationId nomination, UUID judgeId, Basis basis, UUID partyOrganisationId, String partyProvinceCode,
			String tie, Instant at) {
		Conflict c = new Conflict(nomination, judgeId, Source.FOUND, basis, at);
		c.partyOrganisationId = partyOrganisationId;
		c.partyProvinceCode = partyProvinceCode;
		c.tie = tie;
		return c;
	}

	/**
	 * The same tie found again when the directory changed, running through {@code through} now. A
	 * dismissal stands while the tie is the same; when the tie changed, the secretariat's earlier reason
	 * no longer speaks to it and the conflict stands again. A conflict found before ties were kept
	 * learns its tie and keeps its dismissal. True when the tie changed.
	 */
	boolean foundAgain(String through) {
		if (tie == null || tie.equals(through)) {
			tie = through;
			return false;
		}
		tie = through;
		dismissedAt = null;
		dismissedBy = null;
		dismissalReason = null;
		return true;
	}

	private Conflict(NominationId nomination, UUID judgeId, Source source, Basis basis, Instant at) {
		this.id = UUID.randomUUID();
		this.nominationId = nomination.value();
		this.judgeId = judgeId;
		this.source = source;
		this.basis = basis;
		this.recordedAt = at;
	}

	/** Dismisses a found conflict as a false positive: the judge then sees the nomination. */
	void dismiss(Actor by, String why, Instant at) {
		if (source == Source.DECLARED) {
			throw DomainException.conflict("awards.error.declaredStands");
		}
		if (dismissedAt != null) {
			throw DomainException.conflict("awards.error.alreadyDismissed");
		}
		requireReason("reason", why);
		dismissedAt = at;
		dismissedBy = by.userId();
		dismissalReason = why.strip();
	}

	private static void requireReason(String field, String value) {
		List<InvalidInput.Violation> v = new ArrayList<>();
		InputRules.text(v, field, value, MAX_REASON, true);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	boolean stands() {
		return dismissedAt == null;
	}

	UUID id() {
		return id;
	}

	UUID nominationId() {
		return nominationId;
	}

	UUID judgeId() {
		return judgeId;
	}

	Source source() {
		return source;
	}

	Basis basis() {
		return basis;
	}

	UUID partyOrganisationId() {
		return partyOrganisationId;
	}

	String partyProvinceCode() {
		return partyProvinceCode;
	}

	String reason() {
		return reason;
	}

	String tie() {
		return tie;
	}

	Instant dismissedAt() {
		return dismissedAt;
	}

	String dismissalReason() {
		return dismissalReason;
	}

	long version() {
		return version;
	}
}
