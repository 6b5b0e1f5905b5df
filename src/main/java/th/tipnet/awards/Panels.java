package th.tipnet.awards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.identity.Role;
import th.tipnet.identity.RoleHolders;

/**
 * The judging panels, run by the secretariat: who sits on each category's panel, the conflicts of
 * interest found when a judge is seated or a nomination is found eligible, and their dismissal as
 * false positives. Every seat, every conflict found and every dismissal is audited.
 */
@Service
class Panels {

	/** A judge seated, with the conflicts found at that moment. */
	record Seating(PanelSeat seat, List<Conflict> found) {
	}

	private final Awards awards;

	private final PanelSeats seats;

	private final Conflicts conflicts;

	private final JudgedNominations nominations;

	private final ConflictCheck check;

	private final RoleHolders holders;

	private final AuditTrail audit;

	private final Clock clock;

	Panels(Awards awards, PanelSeats seats, Conflicts conflicts, JudgedNominations nominations, ConflictCheck check,
			RoleHolders holders, AuditTrail audit, Clock clock) {
		this.awards = awards;
		this.seats = seats;
		this.conflicts = conflicts;
		this.nominations = nominations;
		this.check = check;
		this.holders = holders;
		this.audit = audit;
		this.clock = clock;
	}

	/** The accounts the secretariat may seat: the active holders of the role JUDGE. */
	@Transactional(readOnly = true)
	List<Judge> judges() {
		EligibilityDesk.requireSecretariat();
		return holders.active(Role.JUDGE).stream().map(u -> new Judge(u.id(), u.displayName(), u.organisationId())).toList();
	}

	@Transactional(readOnly = true)
	List<PanelSeat> seatsOf(AwardRound round) {
		EligibilityDesk.requireSecretariat();
		return seats.findByCategoryIdInOrderByJudgeName(round.categories().stream().map(AwardCategory::id).toList());
	}

	/**
	 * Seats a judge on a category's panel and checks them at once against the category's submitted
	 * nominations: each conflict found is recorded (the judge will not see that nomination) and returned.
	 */
	@Transactional
	Seating seat(RoundId roundId, UUID categoryId, UUID judgeId) {
		EligibilityDesk.requireSecretariat();
		AwardRound round = awards.round(roundId);
		if (categoryId == null) {
			throw DomainException.invalid("categoryId", "error.required");
		}
		round.category(categoryId).orElseThrow(() -> DomainException.invalid("categoryId", "awards.error.noSuchCategory"));
		if (judgeId == null) {
			throw DomainException.invalid("judgeId", "error.required");
		}
		Judge judge = judges().stream()
			.filter(j -> j.id().equals(judgeId))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("judgeId", "awards.error.notAJudge"));
		if (seats.existsByCategoryIdAndJudgeId(categoryId, judgeId)) {
			throw new DomainException(HttpStatus.CONFLICT, "awards.error.alreadySeated", "judgeId", judge.name());
		}
		PanelSeat seat = seats.saveAndFlush(PanelSeat.of(categoryId, judge, Actor.current().userId(), clock.instant()));
		audit.record(AwardsAudit.SEAT, categoryId, AwardsAudit.AWARD_JUDGE_SEATED, Changes.none().note("judge", judgeId));
		List<Conflict> found = new ArrayList<>();
		Optional<DirectoryFacts.Ties> ties = check.tiesOf(judge);
		for (Nomination n : nominations.findByCategoryIdAndStatus(categoryId, Nomination.Status.SUBMITTED)) {
			found.addAll(record(judge, ties, n));
		}
		return new Seating(seat, found);
	}

	/** A nomination found eligible is checked against the judges already on its category's panel. */
	@EventListener
	void on(NominationFoundEligible eligible) {
		Nomination n = nominations.findById(eligible.nominationId().value()).orElseThrow();
		for (PanelSeat seat : seats.findByCategoryIdOrderByJudgeName(n.categoryId())) {
			record(seat.judge(), check.tiesOf(seat.judge()), n);
		}
	}

	private List<Conflict> record(Judge judge, Optional<DirectoryFacts.Ties> ties, Nomination n) {
		List<Conflict> recorded = new ArrayList<>();
		for (Conflict c : check.between(judge, ties, n, clock.instant())) {
			if (!conflicts.existsByNominationIdAndJudgeIdAndBasis(n.id().value(), judge.id(), c.basis())) {
				recorded.add(conflicts.saveAndFlush(c));
				audit.record(AwardsAudit.CONFLICT, c.id(), AwardsAudit.AWARD_CONFLICT_FOUND, Changes.none()
					.note("nomination", n.id().value())
					.note("judge", judge.id())
					.note("basis", c.basis().name()));
			}
		}
		return recorded;
	}

	/** The conflicts between a round's nominations and its judges, for the secretariat. */
	@Transactional(readOnly = true)
	List<Conflict> conflictsOf(List<Nomination> roundNominations) {
		EligibilityDesk.requireSecretariat();
		if (roundNominations.isEmpty()) {
			return List.of();
		}
		return conflicts.findByNominationIdIn(roundNominations.stream().map(n -> n.id().value()).toList());
	}

	/** Dismisses a found conflict as a false positive, with the secretariat's reason; the judge then sees the nomination. */
	@Transactional
	Conflict dismiss(UUID conflictId, long version, String reason) {
		EligibilityDesk.requireSecretariat();
		Conflict c = conflicts.findById(conflictId).orElseThrow(() -> DomainException.notFound("conflict"));
		if (c.version() != version) {
			throw DomainException.staleVersion();
		}
		c.dismiss(Actor.current(), reason, clock.instant());
		audit.record(AwardsAudit.CONFLICT, c.id(), AwardsAudit.AWARD_CONFLICT_DISMISSED, Changes.none()
			.note("nomination", c.nominationId())
			.note("judge", c.judgeId())
			.note("basis", c.basis().name())
			.field("dismissalReason", null, c.dismissalReason()));
		return conflicts.saveAndFlush(c);
	}

	/** The round of a conflict's nomination, for the page to return to; 404 for no such conflict. */
	@Transactional(readOnly = true)
	UUID conflictRound(UUID conflictId) {
		EligibilityDesk.requireSecretariat();
		return conflicts.findById(conflictId)
			.flatMap(c -> nominations.findById(c.nominationId()))
			.map(Nomination::roundId)
			.orElseThrow(() -> DomainException.notFound("conflict"));
	}
}
