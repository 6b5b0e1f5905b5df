package th.tipnet.events;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import th.tipnet.common.Languages;

/**
 * An event as an iCalendar (RFC 5545) file: times in UTC, text escaped, lines folded at 75 octets,
 * CRLF line ends. Calendar apps then show it in the reader's own time zone.
 */
final class EventCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private EventCalendar() {
	}

	/** The calendar file, stamped {@code now} (when it was made, RFC 5545's DTSTAMP). */
	static String ics(Event event, Locale locale, String pageUrl, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//TIPNet//Events//" + (Languages.pick(locale, "TH", "EN")));
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + event.id() + "@tipnet");
		line(out, "DTSTAMP:" + UTC.format(now));
		line(out, "DTSTART:" + UTC.format(event.startsAt()));
		line(out, "DTEND:" + UTC.format(event.endsAt()));
		line(out, "SUMMARY:" + text(event.title(locale)));
		String where = String.join(", ", java.util.stream.Stream.of(event.venueRoom(), event.venueName(), event.venueAddress())
			.filter(s -> s != null && !s.isBlank())
			.toList());
		if (!where.isEmpty()) {
			line(out, "LOCATION:" + text(where));
		}
		String description = event.description(locale);
		if (description != null) {
			line(out, "DESCRIPTION:" + text(description + (event.liveStreamUrl() != null ? "\n" + event.liveStreamUrl() : "")));
		}
		line(out, "URL:" + pageUrl);
		line(out, "STATUS:" + (event.status() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** RFC 5545 TEXT: backslash, semicolon, comma and newline escaped. */
	static String text(String s) {
		return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
	}

	/** Folds a content line at 75 octets (UTF-8), never inside a character. */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append(current).append("\r\n ");
				current.setLength(0);
				octets = 1;
			}
			current.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append(current).append("\r\n");
	}
}
