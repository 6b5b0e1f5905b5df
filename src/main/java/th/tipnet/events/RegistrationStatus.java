package th.tipnet.events;

/**
 * Where a registration stands. A waiting person is OFFERED a freed seat (held for them until the
 * offer expires); accepting confirms, declining cancels, and an offer left to lapse ends as
 * OFFER_EXPIRED: the seat passes to the next in line and the person is no longer waiting (they
 * may register again, at the end of the list).
 */
public enum RegistrationStatus {

	/** Has a seat. */
	CONFIRMED,
	/** In the waiting list of its mode and group. */
	WAITLISTED,
	/** Asked to join an invitation-only group; the organiser decides. */
	PENDING_APPROVAL,
	CANCELLED,
	/** A freed seat is held for this person until {@link Registration#offerExpiresAt()}. */
	OFFERED,
	/** An offer was not accepted in time; the seat went to the next in line. */
	OFFER_EXPIRED

}
