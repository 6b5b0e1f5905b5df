package th.tipnet.events;

import java.util.UUID;

/** An event was called off while this registration still stood: its registrant is to be told. */
public record EventCancellationDue(UUID registrationId) {
}
