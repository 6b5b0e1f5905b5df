package th.tipnet.forums;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
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
import th.tipnet.notify.Audience;
import th.tipnet.notify.Notices;

/**
 * Every morning (on one instance at a time: ShedLock), reminds the owner organisation of each open or in-progress
 * follow-up action due within the next days, and again once it is overdue: a notice in the application for its
 * administrators and members, and, after commit, an e-mail to them ({@link ActionReminderMail}). Once per action
 * and kind: the {@code forum_action_reminder} row is inserted first, and its primary key lets only one transaction,
 * on any instance, before or after a restart, go on. "Today" is Bangkok's, by the application's clock.
 */
@Component
class ActionReminders {

	/** At most this many reminders per kind and run: a backlog is worked off over the next runs. */
	static final int BATCH = 200;

	static final String DUE_SOON = "DUE_SOON";

	static final String OVERDUE = "OVERDUE";

	private static final String STILL_TO_DO = "a.status IN ('OPEN', 'IN_PROGRESS')";

	private final JdbcTemplate jdbc;

	private final Notices notices;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final int dueSoonDays;

	ActionReminders(JdbcTemplate jdbc, Notices notices, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactions, @Value("${tipnet.forums.reminder-days:7}") int dueSoonDays) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.dueSoonDays = dueSoonDays;
	}

	@Scheduled(cron = "${tipnet.forums.reminder-cron:0 0 7 * * *}", zone = "Asia/Bangkok")
	@SchedulerLock(name = "forum-action-reminders", lockAtMostFor = "10m")
	public void run() {
		remindDue();
	}

	/** Reminds of every action due soon or overdue not reminded of yet; how many reminders went out. */
	int remindDue() {
		LocalDate today = clock.instant().atZone(th.tipnet.common.Dates.BANGKOK).toLocalDate();
		int sent = 0;
		// Overdue first: an action first seen already late needs no "due soon" any more.
		for (UUID id : pending("a.due_on < ?", OVERDUE, today)) {
			sent += remind(id, OVERDUE) ? 1 : 0;
		}
		for (UUID id : pending("a.due_on >= ? AND a.due_on <= ?", DUE_SOON, today, today.plusDays(dueSoonDays))) {
			sent += remind(id, DUE_SOON) ? 1 : 0;
		}
		return sent;
	}

	private List<UUID> pending(String due, String kind, LocalDate... dates) {
		Object[] args = new Object[dates.length + 1];
		System.arraycopy(dates, 0, args, 0, dates.length);
		args[dates.length] = kind;
		return jdbc.queryForList("SELECT a.id FROM forum_action a WHERE " + STILL_TO_DO + " AND " + due
				+ " AND NOT EXISTS (SELECT 1 FROM forum_action_reminder r WHERE r.action_id = a.id AND r.kind = ?) "
				+ "ORDER BY a.due_on, a.id LIMIT " + BATCH, UUID.class, args);
	}

	/**
	 * One reminder in its own transaction: the reminder row first (a second instance's insert fails there and
	 * changes nothing), then the notice, the audit entry and the event that mails it after commit.
	 */
	private boolean remind(UUID actionId, String kind) {
		try {
			return Boolean.TRUE.equals(transaction.execute(status -> {
				List<UUID> owner = jdbc.queryForList("SELECT a.owner_org_id FROM forum_action a WHERE a.id = ? AND "
						+ STILL_TO_DO, UUID.class, actionId);
				if (owner.isEmpty()) {
					return false;
				}
				jdbc.update("INSERT INTO forum_action_reminder (action_id, kind, sent_at) VALUES (?, ?, ?)", actionId, kind,
						clock.instant().atOffset(ZoneOffset.UTC));
				notices.post(Audience.organisation(owner.get(0), "ORG_ADMIN", "MEMBER"), "forums.notice." + kind, List.of(),
						"/actions/" + actionId);
				audit.record(ForumsAudit.FORUM_ACTION, actionId, ForumsAudit.FORUM_ACTION_REMINDED, Changes.none().note("kind", kind));
				events.publishEvent(new ActionReminderDue(actionId, kind));
				return true;
			}));
		}
		catch (DuplicateKeyException remindedElsewhere) {
			return false;
		}
	}
}
