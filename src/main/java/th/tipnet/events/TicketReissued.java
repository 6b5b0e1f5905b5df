package th.tipnet.events;

import java.util.UUID;

/** A confirmed participant changed mode: they are sent their new ticket; the old one no longer admits them. */
public record TicketReissued(UUID registrationId) {
}
