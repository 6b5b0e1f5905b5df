package th.tipnet.cases;

import static th.tipnet.common.InputRules.text;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.Fingerprint;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;

/**
 * Referrals between organisations: the lead organisation sends and withdraws, the receiver accepts,
 * declines and completes. Each side reaches a referral only through a query carrying its own
 * organisation, so every other organisation gets "not found". Every read and change is audited,
 * never with a name. A verb writes the referral (flushed at once) before it touches the case, always:
 * updates are otherwise ordered by entity name at commit, so two verbs racing on one referral would
 * lock the two rows in opposite orders and deadlock; this way the loser gets a 409.
 */
@Service
class ReferralDesk {

	private final Referrals referrals;

	private final CaseReferrals caseReferrals;

	private final Cases cases;

	private final CaseTimeline timeline;

	private final Directory directory;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final CaseWorkers caseWorkers;

	ReferralDesk(Referrals referrals, CaseReferrals caseReferrals, Cases cases, CaseTimeline timeline, Directory directory,
			AuditTrail audit, JsonMapper json, Clock clock, PlatformTransactionManager transactions, CaseWorkers caseWorkers) {
		this.timeline = timeline;
		this.caseWorkers = caseWorkers;
		this.referrals = referrals;
		this.caseReferrals = caseReferrals;
		this.cases = cases;
		this.directory = directory;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** A referral sent, or found again by a retry with the same Idempotency-Key and body. */
	record Sent(Referral referral, boolean created) {
	}

	/** Refers a case the caller's organisation leads; every refused field is named and nothing is stored. */
	Sent send(CaseId caseId, ReferralInput input, String idempotencyKey) {
		Actor actor = caseWorker().orElseThrow(() -> DomainException.notFound("case"));
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && key.length() > 100) {
			throw DomainException.invalid("Idempotency-Key", "cases.error.idempotencyKeyTooLong", 100);
		}
		String digest = key == null ? null : digest(caseId, input);
		return transaction.execute(s -> {
			Case c = cases.findByIdAndLeadOrganisationId(caseId.value(), actor.organisationId())
				.orElseThrow(() -> DomainException.notFound("case"));
			if (key != null) {
				Optional<Referral> earlier = referrals.findBySentByAndIdempotencyKey(actor.userId(), key)
					.filter(r -> r.senderOrganisationId().equals(actor.organisationId()));
				if (earlier.isPresent()) {
					if (!earlier.get().sameRequest(digest)) {
						throw DomainException.invalid("Idempotency-Key", "cases.error.idempotencyKeyReused");
					}
					return new Sent(earlier.get(), false);
				}
			}
			Referral.Sending sending = read(input, actor, c);
			Referral r = referrals.save(Referral.send(ReferralId.next(), c, sending,
					key == null ? null : new Case.Retry(key, digest), actor, clock));
			c.noteReferral("REFERRAL_SENT", actor, clock.instant());
			cases.save(c);
			audit.record(CasesAudit.REFERRAL, r.id().value(), CasesAudit.REFERRAL_SENT, sent(r, Changes.none().note("caseId", c.id().toString())));
			return new Sent(r, true);
		});
	}

	/** What the audit log keeps of a referral sent (first or onward), after what {@code about} already says. */
	static Changes sent(Referral r, Changes about) {
		return about.note("receiverOrganisationId", r.receiverOrganisationId().toString())
			.note("purpose", r.purpose())
			.note("urgency", r.urgency())
			.note("sections", r.sections().stream().map(Enum::name).sorted().toList())
			.note("consent", r.consent())
			.note("consentOverridden", r.overrideReason() != null)
			.note("overrideReason", r.overrideReason());
	}

	/** The referrals of a case the caller's organisation leads, or the ones it received of it. */
	@Transactional
	List<Referral> ofCase(CaseId caseId) {
		Actor actor = caseWorker().orElseThrow(() -> DomainException.notFound("case"));
		// The lead organisation sees every referral of its case, onward ones included; another organisation
		// those it received and those it referred onward.
		List<Referral> found = cases.findByIdAndLeadOrganisationId(caseId.value(), actor.organisationId()).isPresent()
				? caseReferrals.ofCaseLedBy(caseId.value(), actor.organisationId())
				: caseReferrals.ofCaseReceivedOrSentOnwardBy(caseId.value(), actor.organisationId());
		if (found.isEmpty() && cases.findByIdAndLeadOrganisationId(caseId.value(), actor.organisationId()).isEmpty()) {
			throw DomainException.notFound("case");
		}
		audit.record(CasesAudit.CASE, caseId.value(), CasesAudit.REFERRALS_READ,
				Changes.none().note("referralIds", found.stream().map(r -> r.id().toString()).toList()));
		return found;
	}

	/** The referrals sent to the caller's organisation, the earliest answer due first. */
	@Transactional
	List<Referral> incoming() {
		Actor actor = caseWorker().orElseThrow(DomainException::forbidden);
		List<Referral> found = referrals.findByReceiverOrganisationIdOrderByAnswerDueAtAsc(actor.organisationId());
		audit.record(CasesAudit.REFERRAL, null, CasesAudit.REFERRALS_INCOMING_LISTED,
				Changes.none().note("referralIds", found.stream().map(r -> r.id().toString()).toList()));
		return found;
	}

	/** The sections of the case the caller's organisation may read through the referrals it accepted. */
	Set<Referral.Section> sharedWith(CaseId caseId, UUID organisationId) {
		Set<Referral.Section> shared = EnumSet.noneOf(Referral.Section.class);
		referrals.findByCaseIdAndReceiverOrganisationId(caseId.value(), organisationId)
			.stream()
			.filter(Referral::sharesCase)
			.forEach(r -> shared.addAll(r.sections()));
		return shared;
	}

	@Transactional
	Referral accept(ReferralId id, long version) {
		return accept(id, version, null);
	}

	/** Accepts, assigning the receiving organisation's case worker named (none when left out; 422 naming caseWorkerId for anybody else). */
	@Transactional
	Referral accept(ReferralId id, long version, String caseWorker) {
		Actor actor = caseWorker().orElseThrow(() -> DomainException.notFound("referral"));
		Referral r = received(id, actor, version);
		Optional<CaseWorkers.Worker> worker = caseWorkers.chosen(actor.organisationId(), caseWorker);
		r.accept(actor, clock);
		worker.ifPresent(w -> r.assignCaseWorker(w.userId(), w.name()));
		Referral accepted = changed(r, actor, CasesAudit.REFERRAL_ACCEPTED, Changes.none()
			.note("caseWorkerId", worker.map(w -> w.userId().toString()).orElse(null)));
		if (worker.isPresent()) {
			Case c = cases.findReferredTo(r.caseId().value(), actor.organisationId()).orElseThrow();
			caseWorkers.noted(r, c, actor);
			cases.save(c);
		}
		return accepted;
	}

	@Transactional
	Referral decline(ReferralId id, long version, String reason, String note) {
		Actor actor = caseWorker().orElseThrow(() -> DomainException.notFound("referral"));
		Referral r = received(id, actor, version);
		Referral.DeclineReason why = null;
		if (reason != null && !reason.isBlank()) {
			try {
				why = Referral.DeclineReason.valueOf(reason.strip());
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid("reason", "cases.error.declineReason");
			}
		}
		List<Violation> v = new ArrayList<>();
		text(v, "note", note, 1000, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		r.decline(why, note, actor, clock);
		return changed(r, actor, CasesAudit.REFERRAL_DECLINED, Changes.none().note("reason", r.declineReason()));
	}

	@Transactional
	Referral withdraw(ReferralId id, long version, String note) {
		Actor actor = caseWorker().orElseThrow(() -> DomainException.notFound("referral"));
		Referral r = referrals.findByIdAndSenderOrganisationId(id.value(), actor.organisationId())
			.orElseThrow(() -> DomainException.notFound("referral"));
		requireVersion(r, version);
		List<Violation> v = new ArrayList<>();
		text(v, "note", note, 1000, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		r.withdraw(note, actor, clock);
		return changed(r, actor, CasesAudit.REFERRAL_WITHDRAWN, Changes.none());
	}

	@Transactional
	Referral complete(ReferralId id, long version, Boolean successful, String note) {
		Actor actor = caseWorker().orElseThrow(() -> DomainException.notFound("referral"));
		Referral r = received(id, actor, version);
		if (successful == null) {
			throw DomainException.invalid("successful", "error.required");
		}
		List<Violation> v = new ArrayList<>();
		text(v, "note", note, 1000, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		r.complete(successful, note, actor, clock);
		return changed(r, actor, CasesAudit.REFERRAL_COMPLETED, Changes.none().note("successful", successful));
	}

	/** A referral the caller's organisation received, read for a decision: the read itself is audited. */
	@Transactional
	Referral readReceived(ReferralId id) {
		Actor actor = caseWorker().orElseThrow(() -> DomainException.notFound("referral"));
		Referral r = referrals.findByIdAndReceiverOrganisationId(id.value(), actor.organisationId())
			.orElseThrow(() -> DomainException.notFound("referral"));
		audit.record(CasesAudit.REFERRAL, r.id().value(), CasesAudit.REFERRAL_READ, Changes.none());
		return r;
	}

	private Referral received(ReferralId id, Actor actor, long version) {
		Referral r = referrals.findByIdAndReceiverOrganisationId(id.value(), actor.organisationId())
			.orElseThrow(() -> DomainException.notFound("referral"));
		requireVersion(r, version);
		return r;
	}

	/**
	 * Writes the referral and then puts the step on the case's timeline, in that order (see the class
	 * comment). The caller reached the referral as its sender or receiver, so it may note the step on
	 * its case: {@link CaseTimeline} does without loading the case (this transaction has not loaded it).
	 */
	private Referral changed(Referral r, Actor actor, CasesAudit step, Changes changes) {
		referrals.saveAndFlush(r);
		timeline.append(r.caseId().value(), step.name(), actor, clock.instant());
		audit.record(CasesAudit.REFERRAL, r.id().value(), step, changes.note("caseId", r.caseId().toString()).note("state", r.state()));
		return r;
	}

	private static void requireVersion(Referral r, long version) {
		DomainException.requireVersion(r.version(), version);
	}

	/** Reads the form or the body, naming every refused field at once. */
	Referral.Sending read(ReferralInput in, Actor actor, Case c) {
		List<Violation> v = new ArrayList<>();
		UUID receiver = null;
		if (in.receiverOrganisationId() == null || in.receiverOrganisationId().isBlank()) {
			v.add(new Violation("receiver", "error.required"));
		}
		else {
			try {
				receiver = UUID.fromString(in.receiverOrganisationId().strip());
			}
			catch (IllegalArgumentException e) {
				v.add(new Violation("receiver", "cases.error.referralReceiver"));
			}
		}
		Optional<OrganisationSummary> org = Optional.ofNullable(receiver).map(OrganisationId::of).flatMap(directory::summary)
			.filter(OrganisationSummary::active);
		if (receiver != null && org.isEmpty()) {
			v.add(new Violation("receiver", "cases.error.referralReceiver"));
			receiver = null;
		}
		else if (receiver != null && receiver.equals(c.leadOrganisationId())) {
			v.add(new Violation("receiver", "cases.error.referralToOwnOrganisation"));
		}
		String purpose = in.purpose() == null ? null : in.purpose().strip();
		if (purpose == null || purpose.isEmpty()) {
			v.add(new Violation("purpose", "error.required"));
		}
		else if (directory.serviceTypeName(purpose).isEmpty()
				|| org.map(o -> !o.offers(purpose)).orElse(false)) {
			v.add(new Violation("purpose", "cases.error.referralPurpose"));
		}
		Referral.Urgency urgency = Caseload.enumValue(Referral.Urgency.class, in.urgency(), "urgency", "cases.error.referralUrgency", v);
		Set<Referral.Section> sections = EnumSet.noneOf(Referral.Section.class);
		for (int i = 0; i < in.sections().size(); i++) {
			Referral.Section s = Caseload.enumValue(Referral.Section.class, in.sections().get(i), "sections[" + i + "]",
					"cases.error.referralSection", v);
			if (s != null) {
				sections.add(s);
			}
		}
		if (sections.isEmpty() && v.stream().noneMatch(x -> x.field().startsWith("sections"))) {
			v.add(new Violation("sections", "cases.error.referralSections"));
		}
		Referral.Consent consent = Caseload.enumValue(Referral.Consent.class, in.consent(), "consent", "cases.error.referralConsentValue", v);
		text(v, "consentBy", in.consentBy(), 200, true);
		Instant consentAt = consentAt(in.consentAt(), v);
		text(v, "interpreter", in.interpreter(), 200, false);
		text(v, "overrideReason", in.overrideReason(), 2000, false);
		if (consent != null && consent != Referral.Consent.GIVEN
				&& (in.overrideReason() == null || in.overrideReason().isBlank())) {
			v.add(new Violation("consent", "cases.error.referralConsent"));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return new Referral.Sending(receiver, purpose, urgency, sections, consent, in.consentBy().strip(), consentAt,
				Caseload.blankToNull(in.interpreter()), Caseload.blankToNull(in.overrideReason()));
	}

	private Instant consentAt(String text, List<Violation> v) {
		if (text == null || text.isBlank()) {
			return clock.instant();
		}
		Instant at;
		try {
			at = OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException notIso) {
			Optional<Dates.Typed> typed = Dates.read(text);
			if (typed.isEmpty() || typed.get().time() == null) {
				v.add(new Violation("consentAt", "cases.error.consentAt"));
				return null;
			}
			at = typed.get().dateTime().atZone(Dates.BANGKOK).toInstant();
		}
		if (Case.firstContactIsInTheFuture(at, clock.instant())) {
			v.add(new Violation("consentAt", "cases.error.consentAt"));
			return null;
		}
		return at;
	}


	String digest(CaseId caseId, ReferralInput input) {
		return Fingerprint.of(caseId + json.writeValueAsString(input));
	}

	/** The caller, when a case worker or supervisor of an organisation. */
	static Optional<Actor> caseWorker() {
		Actor actor = Actor.current();
		boolean caseRole = CurrentUser.hasRole(CaseAccess.CASE_WORKER) || CurrentUser.hasRole(CaseAccess.CASE_SUPERVISOR);
		return caseRole && actor.organisationId() != null ? Optional.of(actor) : Optional.empty();
	}
}
