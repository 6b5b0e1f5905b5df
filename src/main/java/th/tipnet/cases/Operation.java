package th.tipnet.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/**
 * The first contact with a group met together (an inspection finds 40 workers on a boat). The
 * facts they share are on each person's case; the operation only ties the cases together, so each
 * case keeps its own number, clock and need-to-know.
 */
@Entity
@Table(name = "nrm_operation")
class Operation {

	/** The most persons one operation records: a larger group is several operations. */
	static final int MAX_PERSONS = 200;

	@Id
	private UUID id;

	@Column(name = "lead_org_id", nullable = false, updatable = false)
	private UUID leadOrganisationId;

	@Column(nullable = false, updatable = false)
	private int persons;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	@Column(name = "opened_by", updatable = false)
	private UUID openedBy;

	@Column(name = "idempotency_key", updatable = false)
	private String idempotencyKey;

	@Column(name = "request_digest", updatable = false)
	private String requestDigest;

	protected Operation() {
	}

	/** An operation of {@code persons} people (1 to {@value #MAX_PERSONS}), led by the case worker's organisation. */
	static Operation open(OperationId id, int persons, Actor actor, Instant at, Case.Retry retry) {
		if (persons < 1 || persons > MAX_PERSONS) {
			throw DomainException.invalid("persons", "cases.error.personsTooMany", MAX_PERSONS);
		}
		Operation o = new Operation();
		o.id = id.value();
		o.leadOrganisationId = actor.organisationId();
		o.persons = persons;
		o.openedAt = at;
		o.openedBy = actor.userId();
		o.idempotencyKey = retry == null ? null : retry.key();
		o.requestDigest = retry == null ? null : retry.digest();
		return o;
	}

	boolean sameRequest(String digest) {
		return requestDigest != null && requestDigest.equals(digest);
	}

	OperationId id() {
		return new OperationId(id);
	}

	UUID leadOrganisationId() {
		return leadOrganisationId;
	}

	int persons() {
		return persons;
	}

	Instant openedAt() {
		return openedAt;
	}
}
