package th.tipnet.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;

/**
 * Every few minutes (on one instance at a time: ShedLock), finds screenings whose clock runs out in
 * under four hours or ran out without a decision, and referrals unanswered by their deadline (or with
 * under four hours left, when not urgent), and alerts those who must act: the lead organisation's
 * supervisors, the receiver's for a referral, and the province's coordinators, in the application
 * and by e-mail; each alert goes on the case's timeline. Once per item and threshold: the
 * {@code nrm_escalation} row is inserted first, and its primary key lets only one transaction, on
 * any instance, before or after a restart, go on.
 */
@Component
class Escalations {

	private static final Logger log = LoggerFactory.getLogger(Escalations.class);

	/** At most this many items per threshold and run: a backlog is worked off over the next runs. */
	static final int BATCH = 200;

	private final JdbcTemplate jdbc;

	private final CaseTimeline timeline;

	private final AlertParties parties;

	private final ReferralNotices notices;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Escalations(JdbcTemplate jdbc, CaseTimeline timeline, AlertParties parties, ReferralNotices notices, ApplicationEventPublisher events,
			AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.timeline = timeline;
		this.parties = parties;
		this.notices = notices;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${tipnet.cases.escalation-check:PT5M}", initialDelayString = "${tipnet.cases.escalation-check:PT5M}")
	@SchedulerLock(name = "case-escalations", lockAtMostFor = "10m")
	public void run() {
		escalateDue();
	}

	/** Alerts for every item past a threshold not alerted yet; how many alerts were raised. */
	int escalateDue() {
		Instant now = clock.instant();
		Instant soon = now.plus(ScreeningClock.DUE_SOON);
		int raised = 0;
		for (UUID caseId : pending("SELECT c.id FROM nrm_case c WHERE c.status = 'AWAITING_SCREENING' "
				+ "AND c.screening_due_at <= ?", now, CaseAlert.SCREENING_OVERDUE)) {
			raised += escalate(CaseAlert.SCREENING_OVERDUE, caseId, null) ? 1 : 0;
		}
		for (UUID caseId : pending("SELECT c.id FROM nrm_case c WHERE c.status = 'AWAITING_SCREENING' "
				+ "AND c.screening_due_at > ? AND c.screening_due_at <= ?", now, soon, CaseAlert.SCREENING_DUE_SOON)) {
			raised += escalate(CaseAlert.SCREENING_DUE_SOON, caseId, null) ? 1 : 0;
		}
		for (UUID referralId : pending("SELECT c.id FROM nrm_referral c WHERE c.state = 'IN_PROGRESS' "
				+ "AND c.answer_due_at <= ?", now, CaseAlert.REFERRAL_OVERDUE)) {
			raised += escalate(CaseAlert.REFERRAL_OVERDUE, null, referralId) ? 1 : 0;
		}
		for (UUID referralId : pending("SELECT c.id FROM nrm_referral c WHERE c.state = 'IN_PROGRESS' AND c.urgency = 'NORMAL' "
				+ "AND c.answer_due_at > ? AND c.answer_due_at <= ?", now, soon, CaseAlert.REFERRAL_DUE_SOON)) {
			raised += escalate(CaseAlert.REFERRAL_DUE_SOON, null, referralId) ? 1 : 0;
		}
		return raised;
	}

	/** The items the query finds that have no escalation at this threshold yet, the earliest first. */
	private List<UUID> pending(String query, Instant from, CaseAlert alert) {
		return jdbc.queryForList(query + " AND NOT EXISTS (SELECT 1 FROM nrm_escalation e WHERE e.item_id = c.id AND e.alert = ?) "
				+ "ORDER BY c.id LIMIT " + BATCH, UUID.class, from.atOffset(ZoneOffset.UTC), alert.name());
	}

	private List<UUID> pending(String query, Instant from, Instant to, CaseAlert alert) {
		return jdbc.queryForList(query + " AND NOT EXISTS (SELECT 1 FROM nrm_escalation e WHERE e.item_id = c.id AND e.alert = ?) "
				+ "ORDER BY c.id LIMIT " + BATCH, UUID.class, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC),
				alert.name());
	}

	/**
	 * One alert in its own transaction: the escalation row first (a second instance's insert fails
	 * there and changes nothing), then, with the case's row locked and the item still waiting, the
	 * timeline step, the notices, the audit entry and the event that mails it after commit.
	 */
	private boolean escalate(CaseAlert alert, UUID caseId, UUID referralId) {
		try {
			return Boolean.TRUE.equals(transaction.execute(status -> {
				CaseAlert.Parties p = (referralId == null ? parties.ofCase(new CaseId(caseId))
						: parties.ofReferral(new ReferralId(referralId))).orElse(null);
				if (p == null) {
					return false;
				}
				Instant now = clock.instant();
				jdbc.update("INSERT INTO nrm_escalation (item_id, alert, case_id, escalated_at) VALUES (?, ?, ?, ?)",
						referralId == null ? p.caseId() : referralId, alert.name(), p.caseId(), now.atOffset(ZoneOffset.UTC));
				jdbc.queryForList("SELECT version FROM nrm_case WHERE id = ? FOR UPDATE", Long.class, p.caseId());
				if (!stillWaiting(alert, p)) {
					status.setRollbackOnly();
					return false;
				}
				timeline.append(p.caseId(), alert.step(), Actor.SYSTEM, now);
				notices.post(alert, p);
				audit.record(CasesAudit.CASE, p.caseId(), CasesAudit.CASE_ESCALATED, Changes.none()
					.note("alert", alert.name())
					.note("referralId", referralId == null ? null : referralId.toString()));
				events.publishEvent(new CaseEscalated(new CaseId(p.caseId()), referralId, alert.name()));
				return true;
			}));
		}
		catch (DuplicateKeyException alreadyRaised) {
			log.debug("Escalation {} already raised elsewhere", alert);
			return false;
		}
	}

	/** Re-read under the lock: a decision or an answer that came meanwhile ends the wait. */
	private boolean stillWaiting(CaseAlert alert, CaseAlert.Parties p) {
		return switch (alert) {
			case SCREENING_DUE_SOON, SCREENING_OVERDUE -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM nrm_case WHERE id = ? AND status = 'AWAITING_SCREENING'", Long.class, p.caseId()) > 0;
			default -> jdbc.queryForObject("SELECT COUNT(*) FROM nrm_referral WHERE id = ? AND state = 'IN_PROGRESS'",
					Long.class, p.referralId()) > 0;
		};
	}
}
