package th.tipnet.common;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Delivers again what a listener failed to handle: a confirmation e-mail while the SMTP server was
 * down, a reminder, an offer. A failed listener leaves its publication in {@code event_publication};
 * every few minutes (on one instance at a time) those older than {@code tipnet.events.retry-after}
 * are handed to their listeners again, so a ticket reaches its participant once the mail server is
 * back, without waiting for a restart. The age keeps a publication still being handled from being
 * handled twice.
 */
@Component
public class UndeliveredEvents {

	private final IncompleteEventPublications publications;

	private final Duration retryAfter;

	UndeliveredEvents(IncompleteEventPublications publications,
			@Value("${tipnet.events.retry-after:PT10M}") Duration retryAfter) {
		this.publications = publications;
		this.retryAfter = retryAfter;
	}

	@Scheduled(fixedDelayString = "${tipnet.events.retry-every:PT5M}", initialDelayString = "${tipnet.events.retry-every:PT5M}")
	@SchedulerLock(name = "undelivered-events", lockAtMostFor = "30m")
	public void retry() {
		retryOlderThan(retryAfter);
	}

	/** Hands every publication older than {@code age} that no listener has completed to its listener again. */
	public void retryOlderThan(Duration age) {
		publications.resubmitIncompletePublicationsOlderThan(age);
	}
}
