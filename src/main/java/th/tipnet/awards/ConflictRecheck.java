package th.tipnet.awards;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.directory.OrganisationPlacementChanged;
import th.tipnet.directory.OrganisationsMerged;

/**
 * Finds the conflicts of interest again when the directory changes what they are found from: an
 * organisation's parent or provinces, or a merge (a judge seated from the duplicate is from the
 * organisation that stays). For every judge seated in a round still before its decision, against the
 * submitted nominations of their category: a tie found anew is recorded at once (the judge's queries
 * hide the nomination from then on); a found conflict whose tie is gone lapses (it is removed, and the
 * audit log keeps what it was); one found again keeps its dismissal unless its tie changed
 * ({@link Conflict#foundAgain}). Declared conflicts are the judge's own and never touched. Each change
 * is audited.
 */
@Service
class ConflictRecheck {

	private final AwardRounds rounds;

	private final PanelSeats seats;

	private final JudgedNominations nominations;

	private final Conflicts conflicts;

	private final ConflictCheck check;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ConflictRecheck(AwardRounds rounds, PanelSeats seats, JudgedNominations nominations, Conflicts conflicts,
			ConflictCheck check, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.rounds = rounds;
		this.seats = seats;
		this.nominations = nominations;
		this.conflicts = conflicts;
		this.check = check;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrganisationPlacementChanged changed) {
		recheck();
	}

	@ApplicationModuleListener
	void on(OrganisationsMerged merged) {
		// A seat keeps the organisation its judge was seated from; the duplicate is that organisation now.
		jdbc.update("UPDATE award_panel_seat SET judge_org_id = ? WHERE judge_org_id = ?", merged.survivorId(),
				merged.duplicateId());
		recheck();
	}

	/** Every category of every round whose judging is not over yet. */
	void recheck() {
		// Two changes to the directory in quick succession are heard on two threads: the second waits for
		// the first to commit, then reads what it wrote, so neither records the same conflict twice.
		jdbc.queryForList("SELECT id FROM award_round ORDER BY id FOR UPDATE", UUID.class);
		Instant now = clock.instant();
		for (AwardRound round : rounds.findAllByOrderByYearBeDesc()) {
			if (round.phaseAt(now).compareTo(Phase.JUDGING) <= 0) {
				round.categories().forEach(c -> recheck(c.id(), now));
			}
		}
	}

	private void recheck(UUID categoryId, Instant now) {
		List<PanelSeat> panel = seats.findByCategoryIdOrderByJudgeName(categoryId);
		List<Nomination> submitted = nominations.findByCategoryIdAndStatus(categoryId, Nomination.Status.SUBMITTED);
		if (panel.isEmpty() || submitted.isEmpty()) {
			return;
		}
		Map<String, Conflict> standing = conflicts.findByNominationIdIn(submitted.stream().map(n -> n.id().value()).toList())
			.stream()
			.filter(c -> c.source() == Conflict.Source.FOUND)
			.collect(Collectors.toMap(c -> key(c.nominationId(), c.judgeId(), c.basis()), Function.identity()));
		for (PanelSeat seat : panel) {
			Optional<DirectoryFacts.Ties> ties = check.tiesOf(seat.judge());
			for (Nomination n : submitted) {
				Map<Conflict.Basis, Conflict> fresh = new HashMap<>();
				check.between(seat.judge(), ties, n, now).forEach(c -> fresh.put(c.basis(), c));
				for (Conflict.Basis basis : Conflict.Basis.values()) {
					Conflict before = standing.get(key(n.id().value(), seat.judgeId(), basis));
					reconcile(before, fresh.get(basis));
				}
			}
		}
	}

	private void reconcile(Conflict before, Conflict now) {
		if (before == null && now != null) {
			conflicts.saveAndFlush(now);
			audit.record(AwardsAudit.CONFLICT, now.id(), AwardsAudit.AWARD_CONFLICT_FOUND, about(now).note("tie", now.tie()));
		}
		else if (before != null && now == null) {
			conflicts.delete(before);
			audit.record(AwardsAudit.CONFLICT, before.id(), AwardsAudit.AWARD_CONFLICT_LAPSED, about(before)
				.note("tie", before.tie())
				.note("wasDismissed", !before.stands()));
		}
		else if (before != null) {
			String tieBefore = before.tie();
			boolean dismissed = !before.stands();
			if (before.foundAgain(now.tie())) {
				conflicts.saveAndFlush(before);
				audit.record(AwardsAudit.CONFLICT, before.id(), AwardsAudit.AWARD_CONFLICT_REFOUND, about(before)
					.field("tie", tieBefore, before.tie())
					.note("dismissalLifted", dismissed));
			}
			else if (tieBefore == null) {
				conflicts.saveAndFlush(before);
			}
		}
	}

	private static Changes about(Conflict c) {
		return Changes.none().note("nomination", c.nominationId()).note("judge", c.judgeId()).note("basis", c.basis().name());
	}

	private static String key(UUID nomination, UUID judge, Conflict.Basis basis) {
		return nomination + "/" + judge + "/" + basis;
	}
}
