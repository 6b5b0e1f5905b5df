package th.tipnet.events;

public enum RegistrationStatus {

	/** Has a seat. */
	CONFIRMED,
	/** In the waiting list of its mode and group. */
	WAITLISTED,
	/** Asked to join an invitation-only group; the organiser decides. */
	PENDING_APPROVAL,
	CANCELLED

}
