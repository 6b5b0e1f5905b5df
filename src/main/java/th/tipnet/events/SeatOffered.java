package th.tipnet.events;

import java.util.UUID;

/** A freed seat is held for the first in a waiting list: they are asked to accept or decline it in time. */
public record SeatOffered(UUID registrationId) {
}
