package th.tipnet.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.AbstractAggregateRoot;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.Sealed;

/**
 * "Break glass": a coordinator who sees a case only pseudonymised opens it whole, read-only, for a
 * limited time, after writing why. Who, why, when and until when are kept (the reason sealed: it may
 * tell something of the person); the case's lead organisation is told.
 */
@Entity
@Table(name = "nrm_break_glass")
class BreakGlass extends AbstractAggregateRoot<BreakGlass> {

	/** A reason shorter than this says nothing a reviewer could weigh ("urgent", "check"). */
	static final int MIN_REASON = 30;

	static final int MAX_REASON = 2000;

	@Id
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(name = "user_name", nullable = false, updatable = false)
	private String userName;

	@Column(name = "organisation_id", updatable = false)
	private UUID organisationId;

	@Convert(converter = Sealed.class)
	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	protected BreakGlass() {
	}

	/** Opens the case for {@code lasting}; a reason under {@value #MIN_REASON} characters is refused. */
	static BreakGlass open(Case c, String reason, Actor actor, Instant now, Duration lasting) {
		String why = reason == null ? "" : reason.strip();
		if (why.length() < MIN_REASON) {
			throw DomainException.invalid("reason", "cases.error.breakGlassReason", MIN_REASON);
		}
		if (why.length() > MAX_REASON) {
			throw DomainException.invalid("reason", "directory.text.tooLong", MAX_REASON);
		}
		BreakGlass b = new BreakGlass();
		b.id = UUID.randomUUID();
		b.caseId = c.id().value();
		b.userId = actor.userId();
		b.userName = actor.name();
		b.organisationId = actor.organisationId();
		b.reason = why;
		b.openedAt = now;
		b.expiresAt = now.plus(lasting);
		b.registerEvent(new BreakGlassOpened(b.id, c.id(), c.leadOrganisationId(), b.expiresAt));
		return b;
	}

	/** The events registered and not yet published, for the tests of the aggregate. */
	java.util.List<Object> registeredEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	boolean openAt(Instant now) {
		return expiresAt.isAfter(now);
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	UUID userId() {
		return userId;
	}

	String userName() {
		return userName;
	}

	String reason() {
		return reason;
	}

	Instant openedAt() {
		return openedAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}
}
