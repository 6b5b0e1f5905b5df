package th.tipnet.notify;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every minute (on one instance at a time: ShedLock), forgets the outbox's messages beyond the newest
 * {@code tipnet.mail.outbox.keep}; between runs the outbox may hold a minute's mail more.
 */
@Component
class OutboxPruning {

	private final Outbox outbox;

	OutboxPruning(Outbox outbox) {
		this.outbox = outbox;
	}

	@Scheduled(fixedDelayString = "${tipnet.mail.outbox.prune-every:PT1M}", initialDelayString = "${tipnet.mail.outbox.prune-every:PT1M}")
	@SchedulerLock(name = "outbox-pruning", lockAtMostFor = "10m")
	public void run() {
		outbox.prune();
	}
}
