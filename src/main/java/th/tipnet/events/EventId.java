package th.tipnet.events;

import java.util.UUID;

/** An event's identity, as other modules refer to it. */
public record EventId(UUID value) {

	public EventId {
		if (value == null) {
			throw new IllegalArgumentException("an event id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
