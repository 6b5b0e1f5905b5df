package th.tipnet.cases;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.tipnet.directory.Capacity;

/**
 * Tells the directory of each declined referral, in the decline's own transaction: who declined which
 * service and why, nothing of the case. Cases already depends on the directory, so the directory
 * cannot listen to cases' events (a cycle); cases calls {@link Capacity} instead.
 */
@Component
class CapacitySignal {

	private final Capacity capacity;

	CapacitySignal(Capacity capacity) {
		this.capacity = capacity;
	}

	@EventListener
	void on(ReferralDeclined declined) {
		capacity.recordDecline(declined.receiverOrganisationId(), declined.purpose(), declined.reason());
	}
}
