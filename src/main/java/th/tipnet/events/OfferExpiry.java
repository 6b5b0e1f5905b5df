package th.tipnet.events;

import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every minute (on one instance: ShedLock), lapses the offers nobody accepted in time and offers
 * their seats to the next in line, one event at a time, each in its own transaction under that
 * event's lock. Running it twice, or on two instances at once, changes nothing more.
 */
@Component
class OfferExpiry {

	private final Offers offers;

	OfferExpiry(Offers offers) {
		this.offers = offers;
	}

	@Scheduled(fixedDelayString = "${tipnet.events.offer-check:PT1M}", initialDelayString = "${tipnet.events.offer-check:PT1M}")
	@SchedulerLock(name = "event-offer-expiry", lockAtMostFor = "10m")
	public void run() {
		lapseDue();
	}

	/** Lapses every offer past its time; how many. */
	public int lapseDue() {
		int lapsed = 0;
		for (UUID event : offers.eventsWithLapsedOffers()) {
			lapsed += offers.lapseDue(event);
		}
		return lapsed;
	}
}
