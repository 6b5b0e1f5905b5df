package th.tipnet.events;

public enum EventStatus {

	DRAFT, PUBLISHED, CANCELLED

}
