package th.tipnet.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tipnet.events.EventId;

/**
 * A round's award ceremony: the campaign day's event where the awards are handed over (an event of
 * the events module, known by its id), and the order in which the winners are called when the
 * secretariat has changed it (else categories in the round's order, each from the last place to the
 * first).
 */
@Entity
@Table(name = "award_ceremony")
class Ceremony {

	@Id
	@Column(name = "round_id")
	private UUID roundId;

	@Column(name = "event_id")
	private UUID eventId;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "award_presentation", joinColumns = @JoinColumn(name = "round_id"))
	@OrderColumn(name = "position")
	@Column(name = "nomination_id")
	private List<UUID> presentation = new ArrayList<>();

	protected Ceremony() {
	}

	static Ceremony of(RoundId round) {
		Ceremony c = new Ceremony();
		c.roundId = round.value();
		return c;
	}

	/** Names the event where the awards are handed over, or none. */
	void holdAt(EventId event) {
		eventId = event == null ? null : event.value();
	}

	/** The secretariat's order of presentation: every winner once, as the page lists them. */
	void reorder(List<UUID> nominations) {
		presentation.clear();
		presentation.addAll(nominations);
	}

	EventId event() {
		return eventId == null ? null : new EventId(eventId);
	}

	/** The secretariat's order, or empty for the usual one. */
	List<UUID> order() {
		return List.copyOf(presentation);
	}
}
