package th.tipnet.events;

import java.util.List;

/**
 * What other modules add to an event's page (an exhibition, later a gallery or awards): links to
 * their pages for this event, so the events module shows them without knowing those modules.
 * Implementations answer only links that lead somewhere with something to show.
 */
public interface EventPageLinks {

	/** The links for this event; {@code manages} says whether the reader may manage it. */
	List<Link> linksFor(EventSummary event, boolean manages);

	/** A link: where it goes, its text (a message key), and whether it is an organiser's tool. */
	record Link(String href, String labelKey, boolean forOrganisers) {
	}
}
