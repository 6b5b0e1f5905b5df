package th.tipnet.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.Fingerprint;
import th.tipnet.common.InvalidInput.Violation;

/**
 * Intakes saved unfinished and resumed, by any case worker of the organisation, on any device:
 * each save says what is still missing (the checklist: every fact a group intake would refuse),
 * and submitting one opens its cases and removes it in the same transaction. A draft of another
 * organisation, or one that lapsed, does not exist. Every read and change is audited, never with
 * its content.
 */
@Service
class UnfinishedIntakes {

	private final IntakeDrafts drafts;

	private final GroupIntakes intakes;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration lifetime;

	UnfinishedIntakes(IntakeDrafts drafts, GroupIntakes intakes, AuditTrail audit, JsonMapper json, Clock clock,
			@Value("${tipnet.cases.draft-lifetime:P30D}") Duration lifetime) {
		this.drafts = drafts;
		this.intakes = intakes;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/** A draft as it was saved, with what it still lacks. */
	record Draft(IntakeDraft draft, GroupIntake content, List<Violation> missing) {
	}

	/** Saves a new draft of the caller's organisation; bounded as a group intake is (at most 200 persons). */
	@Transactional
	Draft start(GroupIntake content) {
		Actor actor = caseWorker();
		bounded(content);
		Instant now = clock.instant();
		List<Violation> missing = intakes.missing(content, now);
		IntakeDraft d = drafts.save(IntakeDraft.start(json.writeValueAsString(content), content.persons().size(),
				missing.size(), actor, now, lifetime));
		audit.record(CasesAudit.INTAKE_DRAFT, d.id(), CasesAudit.INTAKE_DRAFT_SAVED, Changes.none().note("persons", d.persons()).note("missing", d.missing()));
		return new Draft(d, content, missing);
	}

	/** A draft started, or found again by a retry with the same Idempotency-Key and body. */
	record Started(Draft draft, boolean created) {
	}

	/**
	 * Saves a new draft under an Idempotency-Key, as the other creates do: the same key and body by the
	 * same caller find the draft started first (as it is now); the same key with another body is refused
	 * naming Idempotency-Key, and nothing is stored.
	 */
	@Transactional
	Started start(GroupIntake content, String idempotencyKey) {
		String key = Caseload.idempotencyKey(idempotencyKey);
		if (key == null) {
			return new Started(start(content), true);
		}
		Actor actor = caseWorker();
		bounded(content);
		String digest = digest(content);
		Optional<IntakeDraft> earlier = drafts.findByCreatedByAndIdempotencyKeyAndOrganisationId(actor.userId(), key,
				actor.organisationId());
		if (earlier.isPresent()) {
			if (!earlier.get().sameRequest(digest)) {
				throw DomainException.invalid("Idempotency-Key", "cases.error.idempotencyKeyReused");
			}
			audit.record(CasesAudit.INTAKE_DRAFT, earlier.get().id(), CasesAudit.INTAKE_DRAFT_READ, Changes.none().note("via", "retry"));
			return new Started(draft(earlier.get()), false);
		}
		Instant now = clock.instant();
		List<Violation> missing = intakes.missing(content, now);
		IntakeDraft d = drafts.save(IntakeDraft.start(json.writeValueAsString(content), content.persons().size(),
				missing.size(), actor, now, lifetime, new Case.Retry(key, digest)));
		audit.record(CasesAudit.INTAKE_DRAFT, d.id(), CasesAudit.INTAKE_DRAFT_SAVED, Changes.none().note("persons", d.persons()).note("missing", d.missing()));
		return new Started(new Draft(d, content, missing), true);
	}

	private String digest(GroupIntake content) {
		return Fingerprint.of(json.writeValueAsString(content));
	}

	/** Saves the draft again at the version the caller resumed; 409 when someone saved it since. */
	@Transactional
	Draft save(UUID id, long version, GroupIntake content) {
		Actor actor = caseWorker();
		bounded(content);
		IntakeDraft d = owned(id);
		Instant now = clock.instant();
		List<Violation> missing = intakes.missing(content, now);
		d.save(version, json.writeValueAsString(content), content.persons().size(), missing.size(), actor, now, lifetime);
		drafts.save(d);
		audit.record(CasesAudit.INTAKE_DRAFT, d.id(), CasesAudit.INTAKE_DRAFT_SAVED, Changes.none().note("persons", d.persons()).note("missing", d.missing()));
		return new Draft(d, content, missing);
	}

	/** The organisation's unfinished intakes, the last saved first (at most 100). */
	@Transactional
	List<IntakeDraft> list() {
		Actor actor = caseWorker();
		List<IntakeDraft> found = drafts.findTop100ByOrganisationIdAndExpiresAtAfterOrderBySavedAtDesc(actor.organisationId(),
				clock.instant());
		audit.record(CasesAudit.INTAKE_DRAFT, null, CasesAudit.INTAKE_DRAFTS_LISTED, Changes.none()
			.note("draftIds", found.stream().map(d -> d.id().toString()).toList()));
		return found;
	}

	/** A draft to resume, with its checklist. */
	@Transactional
	Draft read(UUID id) {
		IntakeDraft d = owned(id);
		audit.record(CasesAudit.INTAKE_DRAFT, d.id(), CasesAudit.INTAKE_DRAFT_READ, Changes.none());
		return draft(d);
	}

	/** The draft with its content opened and its checklist. */
	private Draft draft(IntakeDraft d) {
		GroupIntake content = json.readValue(d.content(), GroupIntake.class);
		return new Draft(d, content, intakes.missing(content, clock.instant()));
	}

	/** Discards a draft at the version the caller saw. */
	@Transactional
	void discard(UUID id, long version) {
		IntakeDraft d = owned(id);
		d.requireVersion(version);
		drafts.delete(d);
		audit.record(CasesAudit.INTAKE_DRAFT, d.id(), CasesAudit.INTAKE_DRAFT_DISCARDED, Changes.none());
	}

	/**
	 * Opens the cases of a draft as it now reads (the caller's last edits, when given) and removes it,
	 * in one transaction: a draft still missing something is refused naming each field and kept; a
	 * draft someone saved or submitted since is a 409, and nothing is opened twice.
	 */
	GroupIntakes.Opened submit(UUID id, long version, GroupIntake edited) {
		caseWorker();
		GroupIntake content = edited != null ? edited : read(id).content();
		return intakes.open(content, null, opened -> {
			IntakeDraft d = owned(id);
			d.requireVersion(version);
			drafts.delete(d);
			audit.record(CasesAudit.INTAKE_DRAFT, d.id(), CasesAudit.INTAKE_DRAFT_SUBMITTED, Changes.none()
				.note("caseIds", opened.stream().map(c -> c.id().toString()).toList()));
		});
	}

	/** Removes the drafts that lapsed (the scheduled clean-up); returns how many. */
	@Transactional
	int removeLapsed() {
		int removed = drafts.deleteLapsed(clock.instant());
		if (removed > 0) {
			audit.recordAs(Actor.SYSTEM, CasesAudit.INTAKE_DRAFT, null, CasesAudit.INTAKE_DRAFTS_EXPIRED, Changes.none().note("removed", removed));
		}
		return removed;
	}

	Instant now() {
		return clock.instant();
	}

	private IntakeDraft owned(UUID id) {
		Actor actor = Caseload.caseWorker().orElseThrow(() -> DomainException.notFound("draft"));
		return drafts.findByIdAndOrganisationIdAndExpiresAtAfter(id, actor.organisationId(), clock.instant())
			.orElseThrow(() -> DomainException.notFound("draft"));
	}

	private static Actor caseWorker() {
		return Caseload.caseWorker().orElseThrow(DomainException::forbidden);
	}

	private static void bounded(GroupIntake content) {
		if (content.persons().size() > Operation.MAX_PERSONS) {
			throw DomainException.invalid("persons", "cases.error.personsTooMany", Operation.MAX_PERSONS);
		}
	}
}
