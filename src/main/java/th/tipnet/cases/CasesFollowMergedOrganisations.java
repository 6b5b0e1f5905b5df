package th.tipnet.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.directory.OrganisationsMerged;

/**
 * When a duplicate organisation is merged into another, what it holds of the referral mechanism
 * moves to the organisation that stays, in the merge's transaction: the cases it leads, its side of
 * the referrals it sent or received, its unfinished intakes and the group intakes it leads. Its case
 * workers' accounts move there too (identity moves them), and a victim's case must never be left with
 * an organisation nobody works in any more.
 *
 * <p>A referral between the two merged organisations cannot move: an organisation does not refer to
 * itself. One still awaiting its answer is withdrawn, since the case is now one organisation's own;
 * one accepted or ended keeps naming the duplicate, as the history it is. Each change is audited and
 * each moved case gets a step on its timeline. Referrals are changed before cases, the order in which
 * {@link ReferralDesk} locks them.
 */
@Component
class CasesFollowMergedOrganisations {

	private final Referrals referrals;

	private final CaseTimeline timeline;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	CasesFollowMergedOrganisations(Referrals referrals, CaseTimeline timeline, JdbcTemplate jdbc, AuditTrail audit,
			Clock clock) {
		this.referrals = referrals;
		this.timeline = timeline;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	public void on(OrganisationsMerged merged) {
		UUID duplicate = merged.duplicateId();
		UUID survivor = merged.survivorId();
		Actor actor = Actor.current();
		withdrawBetween(duplicate, survivor, actor);
		moveReferrals("sender_org_id", "receiver_org_id", duplicate, survivor);
		moveReferrals("receiver_org_id", "sender_org_id", duplicate, survivor);
		Instant at = clock.instant();
		// The timeline step moves each case's version on.
		for (UUID caseId : merged.repoint(jdbc, "nrm_case", "lead_org_id", false)) {
			timeline.append(caseId, CasesAudit.CASE_MOVED.name(), actor, at);
			audit.record(CasesAudit.CASE, caseId, CasesAudit.CASE_MOVED, leadChange(duplicate, survivor));
		}
		for (UUID draftId : merged.repoint(jdbc, "nrm_intake_draft", "org_id", true)) {
			audit.record(CasesAudit.INTAKE_DRAFT, draftId, CasesAudit.INTAKE_DRAFT_MOVED, leadChange(duplicate, survivor));
		}
		for (UUID operationId : merged.repoint(jdbc, "nrm_operation", "lead_org_id", false)) {
			audit.record(CasesAudit.OPERATION, operationId, CasesAudit.OPERATION_MOVED, leadChange(duplicate, survivor));
		}
	}

	private void withdrawBetween(UUID duplicate, UUID survivor, Actor actor) {
		// Through the sender's side, the one the repository reads referrals by: a sender withdraws.
		for (UUID sender : List.of(duplicate, survivor)) {
			UUID receiver = sender.equals(duplicate) ? survivor : duplicate;
			for (UUID id : ids("SELECT id FROM nrm_referral WHERE state = 'IN_PROGRESS' AND sender_org_id = ? AND receiver_org_id = ? "
					+ "ORDER BY id", sender, receiver)) {
				withdraw(referrals.findByIdAndSenderOrganisationId(id, sender).orElseThrow(), actor);
			}
		}
	}

	private void withdraw(Referral r, Actor actor) {
		r.withdraw(null, actor, clock);
		referrals.saveAndFlush(r);
		timeline.append(r.caseId().value(), CasesAudit.REFERRAL_WITHDRAWN.name(), actor, clock.instant());
		audit.record(CasesAudit.REFERRAL, r.id().value(), CasesAudit.REFERRAL_WITHDRAWN, Changes.none()
			.note("caseId", r.caseId().toString())
			.note("state", r.state())
			.note("reason", "organisationsMerged"));
	}

	/** Moves one side of the referrals on which the duplicate is that side and the other side is not the survivor. */
	private void moveReferrals(String side, String otherSide, UUID duplicate, UUID survivor) {
		for (UUID id : ids("SELECT id FROM nrm_referral WHERE " + side + " = ? AND " + otherSide + " <> ? ORDER BY id", duplicate,
				survivor)) {
			jdbc.update("UPDATE nrm_referral SET " + side + " = ?, version = version + 1 WHERE id = ?", survivor, id);
			audit.record(CasesAudit.REFERRAL, id, CasesAudit.REFERRAL_MOVED,
					Changes.none().field(side.equals("sender_org_id") ? "senderOrganisationId" : "receiverOrganisationId", duplicate,
							survivor));
		}
	}

	private List<UUID> ids(String sql, Object... args) {
		return jdbc.queryForList(sql, UUID.class, args);
	}

	private static Changes leadChange(UUID duplicate, UUID survivor) {
		return Changes.none().field("organisationId", duplicate, survivor).note("reason", "organisationsMerged");
	}
}
