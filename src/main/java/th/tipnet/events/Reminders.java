package th.tipnet.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every quarter of an hour (on one instance), queues the day-before reminder for confirmed
 * participants of events starting within the next 24 hours. The mark and the queued message commit
 * together, so each participant is reminded once.
 */
@Component
class Reminders {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	Reminders(JdbcTemplate jdbc, ApplicationEventPublisher events, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${tipnet.events.reminder-cron:0 */15 * * * *}", zone = "Asia/Bangkok")
	@SchedulerLock(name = "event-reminders", lockAtMostFor = "10m")
	@Transactional
	public void run() {
		queueDue();
	}

	/** Queues the reminders that are due; how many. */
	@Transactional
	public int queueDue() {
		OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
		List<UUID> due = jdbc.queryForList("""
				SELECT r.id FROM registration r JOIN event e ON e.id = r.event_id
				WHERE r.status = 'CONFIRMED' AND r.reminder_sent_at IS NULL
				  AND e.status = 'PUBLISHED' AND e.starts_at > ? AND e.starts_at <= ?""", UUID.class, now,
				now.plus(24, ChronoUnit.HOURS));
		for (UUID id : due) {
			jdbc.update("UPDATE registration SET reminder_sent_at = ? WHERE id = ?", now, id);
			events.publishEvent(new RegistrationReminderDue(id));
		}
		return due.size();
	}
}
