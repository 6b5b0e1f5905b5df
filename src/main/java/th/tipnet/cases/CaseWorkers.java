package th.tipnet.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.Recipients;
import th.tipnet.common.security.CurrentUser;

/**
 * The receiving organisation's case worker who works an accepted referral: chosen on accepting
 * ({@link ReferralDesk#accept}), handed to another later by the receiver's supervisor. Only an
 * active {@code CASE_WORKER} of the receiving organisation may be chosen (found through
 * {@link Recipients}, since accounts are identity's); anybody else is refused naming the field
 * {@code caseWorkerId}, as an unknown id is. The worker is told in the application and by a
 * link-only e-mail ({@link CaseWorkerAssigned}).
 */
@Service
class CaseWorkers {

	private final Recipients recipients;

	private final Referrals referrals;

	private final Cases cases;

	private final AuditTrail audit;

	private final Clock clock;

	CaseWorkers(Recipients recipients, Referrals referrals, Cases cases, AuditTrail audit, Clock clock) {
		this.recipients = recipients;
		this.referrals = referrals;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/** A case worker as a form offers them: the account and the name shown. */
	record Worker(UUID userId, String name) {
	}

	/** The active case workers of an organisation, by name. */
	List<Worker> of(UUID organisationId) {
		return recipients.withRole(organisationId, CaseAccess.CASE_WORKER)
			.stream()
			.map(r -> new Worker(r.userId(), r.name()))
			.sorted(java.util.Comparator.comparing(Worker::name))
			.toList();
	}

	/** The case workers of the caller's organisation, for the accept form; none for anybody else. */
	public List<Worker> ofMyOrganisation() {
		return ReferralDesk.caseWorker().map(a -> of(a.organisationId())).orElse(List.of());
	}

	/** The caller's account, so the accept form offers the caller first. */
	public UUID me() {
		return Actor.current().userId();
	}

	/** Whether the caller may hand an accepted referral to another case worker (the receiver's supervisors). */
	public boolean maySupervise() {
		return CurrentUser.hasRole(CaseAccess.CASE_SUPERVISOR);
	}

	/** The worker named by {@code given} (an account id), one of the organisation's case workers; empty when none is named. */
	Optional<Worker> chosen(UUID organisationId, String given) {
		if (given == null || given.isBlank()) {
			return Optional.empty();
		}
		UUID id;
		try {
			id = UUID.fromString(given.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw DomainException.invalid("caseWorkerId", "cases.error.caseWorker");
		}
		return Optional.of(of(organisationId).stream()
			.filter(w -> w.userId().equals(id))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("caseWorkerId", "cases.error.caseWorker")));
	}

	/** Puts the assignment on the case's timeline and in the audit log (the referral itself is the caller's to save). */
	void noted(Referral r, Case c, Actor actor) {
		c.noteReferral(CasesAudit.CASE_WORKER_ASSIGNED.name(), actor, clock.instant());
		audit.record(CasesAudit.REFERRAL, r.id().value(), CasesAudit.CASE_WORKER_ASSIGNED, Changes.none()
			.note("caseId", r.caseId().toString())
			.note("caseWorkerId", r.caseWorkerId().toString()));
	}

	/**
	 * The receiver's supervisor hands an accepted referral to another of its case workers, at the
	 * version read: 403 for a case worker who is not a supervisor, 404 for anybody without a case role and
	 * for a referral the organisation did not receive, 409 when stale or not accepted, 422 naming caseWorkerId.
	 */
	@Transactional
	Referral reassign(ReferralId id, long version, String caseWorker) {
		Actor actor = ReferralDesk.caseWorker().orElseThrow(() -> DomainException.notFound("referral"));
		if (!CurrentUser.hasRole(CaseAccess.CASE_SUPERVISOR)) {
			throw DomainException.forbidden();
		}
		Referral r = referrals.findByIdAndReceiverOrganisationId(id.value(), actor.organisationId())
			.orElseThrow(() -> DomainException.notFound("referral"));
		DomainException.requireVersion(r.version(), version);
		Worker w = chosen(actor.organisationId(), caseWorker)
			.orElseThrow(() -> DomainException.invalid("caseWorkerId", "error.required"));
		r.assignCaseWorker(w.userId(), w.name());
		referrals.saveAndFlush(r);
		Case c = cases.findReferredTo(r.caseId().value(), actor.organisationId()).orElseThrow();
		noted(r, c, actor);
		cases.save(c);
		return r;
	}
}
