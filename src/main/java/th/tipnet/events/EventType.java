package th.tipnet.events;

public enum EventType {

	CAMPAIGN_DAY, FORUM, TRAINING, MEETING

}
