package th.tipnet.events;

import java.util.UUID;

import th.tipnet.common.Actor;
import th.tipnet.common.security.CurrentUser;

/**
 * Who manages events, as a named policy (the one place the events module reads these roles): system administrators
 * and network coordinators manage every event and plan for any organisation; an event organiser manages the events its
 * organisation organises, and plans its own organisation's.
 */
final class EventManagers {

	private EventManagers() {
	}

	/** Those who manage every event and plan for any organisation. */
	static boolean wholeNetwork() {
		return CurrentUser.hasRole("SYSTEM_ADMIN") || CurrentUser.hasRole("NETWORK_COORDINATOR");
	}

	/** Whoever manages some events: the whole network's managers and event organisers. */
	static boolean anyManager() {
		return wholeNetwork() || CurrentUser.hasRole("EVENT_ORGANISER");
	}

	/** Does the current user manage this event? */
	static boolean manage(Event event) {
		return wholeNetwork() || CurrentUser.hasRole("EVENT_ORGANISER")
				&& event.organiserIds().contains(Actor.current().organisationId());
	}

	/** May the current user plan an event its organisation {@code owner} holds? */
	static boolean mayPlanFor(UUID owner) {
		return wholeNetwork() || CurrentUser.hasRole("EVENT_ORGANISER") && owner != null
				&& owner.equals(Actor.current().organisationId());
	}
}
