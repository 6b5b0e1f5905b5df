package th.tipnet.events;

import java.util.Locale;

/** What the web layer may ask about an event beyond its public fields. */
public final class EventCalendars {

	private EventCalendars() {
	}

	public static String ics(Event event, Locale locale, String pageUrl) {
		return EventCalendar.ics(event, locale, pageUrl);
	}

	/** The meeting link, for a confirmed online participant only (the caller checks). */
	public static String meetingUrl(Event event) {
		return event.meetingUrl();
	}
}
