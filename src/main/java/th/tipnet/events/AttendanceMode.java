package th.tipnet.events;

/** How a participant attends: in the room, or online. Each has its own capacity and waiting lists. */
public enum AttendanceMode {

	ONSITE, ONLINE

}
