package th.tipnet.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * What follows a referral (issue 13, item 5): the person revokes their consent, and the receiver's
 * access to those sections ends at once (the sections leave the referral, so every query that reads
 * them stops sharing; onward referrals made from it lose them too); an organisation that accepted a
 * referral refers the case onward to a third one, sharing at most what it was given, with consent
 * recorded as for a first referral. Both are audited and put on the case's timeline; every other
 * organisation gets "not found".
 */
@Service
class ReferralFollowUps {

	static final String CONSENT_REVOKED = "CONSENT_REVOKED";

	private final Referrals referrals;

	private final CaseReferrals caseReferrals;

	private final Cases cases;

	private final ReferralDesk desk;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ReferralFollowUps(Referrals referrals, CaseReferrals caseReferrals, Cases cases, ReferralDesk desk, AuditTrail audit,
			Clock clock, PlatformTransactionManager transactions) {
		this.referrals = referrals;
		this.caseReferrals = caseReferrals;
		this.cases = cases;
		this.desk = desk;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Records that the person revoked their consent to sharing {@code sections} (all the referral still
	 * shares when none are named) through a referral of a case the caller's organisation leads or that it
	 * referred onward itself. 409 when stale, declined, withdrawn or already without any section.
	 */
	@Transactional
	Referral revokeConsent(ReferralId id, long version, List<String> sections) {
		Actor actor = ReferralDesk.caseWorker().orElseThrow(() -> DomainException.notFound("referral"));
		Referral r = caseReferrals.oneOfCaseLedBy(id.value(), actor.organisationId())
			.or(() -> referrals.findByIdAndSenderOrganisationId(id.value(), actor.organisationId()))
			.orElseThrow(() -> DomainException.notFound("referral"));
		DomainException.requireVersion(r.version(), version);
		Set<Referral.Section> which = sections(sections);
		r.revokeConsent(which, actor, clock);
		referrals.saveAndFlush(r);
		record(r, which.isEmpty() ? null : which, actor);
		Set<Referral.Section> ended = EnumSet.noneOf(Referral.Section.class);
		r.revocations().forEach(x -> ended.add(x.section()));
		revokeOnward(r, ended, actor);
		Case c = cases.findByIdAndLeadOrganisationId(r.caseId().value(), actor.organisationId())
			.or(() -> cases.findReferredTo(r.caseId().value(), actor.organisationId()))
			.orElseThrow();
		c.noteReferral(CONSENT_REVOKED, actor, clock.instant());
		cases.save(c);
		return r;
	}

	/** What the sender of an onward referral received no longer holds: the onward referral loses it as well. */
	private void revokeOnward(Referral parent, Set<Referral.Section> ended, Actor actor) {
		for (Referral onward : caseReferrals.findByParentReferralId(parent.id().value())) {
			Set<Referral.Section> shared = onward.sections();
			shared.retainAll(ended);
			boolean live = onward.state() != Referral.State.DECLINED && onward.state() != Referral.State.WITHDRAWN;
			if (live && !shared.isEmpty()) {
				onward.revokeConsent(shared, actor, clock);
				referrals.saveAndFlush(onward);
				record(onward, shared, actor);
				revokeOnward(onward, shared, actor);
			}
		}
	}

	private void record(Referral r, Set<Referral.Section> asked, Actor actor) {
		audit.record(CasesAudit.REFERRAL, r.id().value(), CasesAudit.REFERRAL_CONSENT_REVOKED, Changes.none()
			.note("caseId", r.caseId().toString())
			.note("sections", asked == null ? "ALL" : asked.stream().map(Enum::name).sorted().toList())
			.note("stillShared", r.sections().stream().map(Enum::name).sorted().toList()));
	}

	private static Set<Referral.Section> sections(List<String> given) {
		Set<Referral.Section> which = EnumSet.noneOf(Referral.Section.class);
		if (given == null) {
			return which;
		}
		List<Violation> v = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			Referral.Section s = Caseload.enumValue(Referral.Section.class, given.get(i), "sections[" + i + "]",
					"cases.error.referralSection", v);
			if (s != null) {
				which.add(s);
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return which;
	}

	/**
	 * Refers the case of a referral the caller's organisation accepted onward to a third organisation.
	 * Every refused field is named and nothing is stored; a retry with the same Idempotency-Key and body
	 * finds the referral sent first.
	 */
	ReferralDesk.Sent referOnward(ReferralId parentId, ReferralInput input, String idempotencyKey) {
		Actor actor = ReferralDesk.caseWorker().orElseThrow(() -> DomainException.notFound("referral"));
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && key.length() > 100) {
			throw DomainException.invalid("Idempotency-Key", "cases.error.idempotencyKeyTooLong", 100);
		}
		return transaction.execute(s -> {
			Referral parent = referrals.findByIdAndReceiverOrganisationId(parentId.value(), actor.organisationId())
				.orElseThrow(() -> DomainException.notFound("referral"));
			// Of the parent referral (which names the case) and the body: 64 characters, as the column holds.
			String digest = key == null ? null : desk.digest(new CaseId(parentId.value()), input);
			if (key != null) {
				Optional<Referral> earlier = referrals.findBySentByAndIdempotencyKey(actor.userId(), key)
					.filter(r -> r.senderOrganisationId().equals(actor.organisationId()));
				if (earlier.isPresent()) {
					if (!earlier.get().sameRequest(digest)) {
						throw DomainException.invalid("Idempotency-Key", "cases.error.idempotencyKeyReused");
					}
					return new ReferralDesk.Sent(earlier.get(), false);
				}
			}
			Case c = cases.findReferredTo(parent.caseId().value(), actor.organisationId())
				.orElseThrow(() -> DomainException.notFound("referral"));
			if (toLead(input, c)) {
				throw DomainException.invalid("receiver", "cases.error.onwardToLead");
			}
			Referral.Sending sending = desk.read(input, actor, c);
			Referral r = referrals.save(Referral.sendOnward(ReferralId.next(), parent, c, sending,
					key == null ? null : new Case.Retry(key, digest), actor, clock));
			c.noteReferral(CasesAudit.REFERRAL_SENT_ONWARD.name(), actor, clock.instant());
			cases.save(c);
			audit.record(CasesAudit.REFERRAL, r.id().value(), CasesAudit.REFERRAL_SENT_ONWARD, ReferralDesk.sent(r,
					Changes.none().note("caseId", c.id().toString()).note("onwardFrom", parent.id().toString())));
			return new ReferralDesk.Sent(r, true);
		});
	}

	private static boolean toLead(ReferralInput input, Case c) {
		try {
			return input.receiverOrganisationId() != null
					&& UUID.fromString(input.receiverOrganisationId().strip()).equals(c.leadOrganisationId());
		}
		catch (IllegalArgumentException notAUuid) {
			return false;
		}
	}
}
