package th.tipnet.events;

import java.util.UUID;

/** A seat offered from the waiting list was not accepted in time: it passes to the next in line. */
public record SeatOfferLapsed(UUID registrationId) {
}
