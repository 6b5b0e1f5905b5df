package th.tipnet.awards;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/**
 * The secretariat's eligibility check: each submitted nomination against its category's checklist,
 * item by item, before judging. Nobody else sees this desk (403). Every finding is audited with
 * how many items were not met (the reasons stay on the nomination).
 */
@Service
class EligibilityDesk {

	private final Awards awards;

	private final JudgedNominations nominations;

	private final AuditTrail audit;

	private final Clock clock;

	EligibilityDesk(Awards awards, JudgedNominations nominations, AuditTrail audit, Clock clock) {
		this.awards = awards;
		this.nominations = nominations;
		this.audit = audit;
		this.clock = clock;
	}

	/** A round's submitted nominations, for the secretariat. */
	@Transactional(readOnly = true)
	List<Nomination> submitted(RoundId roundId) {
		requireSecretariat();
		awards.round(roundId);
		return nominations.findByRoundIdAndStatusOrderBySubmittedAt(roundId.value(), Nomination.Status.SUBMITTED);
	}

	/** A submitted nomination to check; anything else is not on this desk (404). */
	@Transactional(readOnly = true)
	Nomination nomination(NominationId id) {
		requireSecretariat();
		return nominations.findById(id.value())
			.filter(n -> n.status() == Nomination.Status.SUBMITTED)
			.orElseThrow(() -> DomainException.notFound("nomination"));
	}

	/** Records the check, one answer per checklist item; the nomination becomes eligible or ineligible. */
	@Transactional
	Nomination check(NominationId id, long version, List<EligibilityCheck> checks) {
		Nomination n = nomination(id);
		if (n.version() != version) {
			throw DomainException.staleVersion();
		}
		AwardRound round = awards.round(new RoundId(n.roundId()));
		AwardCategory category = round.category(n.categoryId()).orElseThrow();
		Eligibility before = n.eligibility();
		n.checkEligibility(round, category, checks, Actor.current(), clock.instant());
		audit.record(AwardsAudit.NOMINATION, n.id().value(), AwardsAudit.AWARD_NOMINATION_ELIGIBILITY_CHECKED, Changes.none()
			.field("eligibility", before == null ? null : before.name(), n.eligibility().name())
			.note("itemsNotMet", checks.stream().filter(c -> !c.met()).count()));
		// Saving publishes the finding; an eligible nomination is then checked against its panel's judges.
		return nominations.saveAndFlush(n);
	}

	static void requireSecretariat() {
		if (!Awards.isSecretariat()) {
			throw DomainException.forbidden();
		}
	}
}
