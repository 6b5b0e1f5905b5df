package th.tipnet.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way TIPNet prints dates and times: Buddhist Era in Thai ({@code 5 มิ.ย. 2567}), Common
 * Era in English ({@code 5 Jun 2024}), always in Asia/Bangkok. Screens use it as {@code @dates},
 * e-mails and documents call it directly. Values are stored as ISO dates and instants.
 */
@Component("dates")
public class Dates {

	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	/**
	 * The years TIPNet accepts (Common Era): wide enough for any birth date or plan, narrow enough that
	 * every date accepted can be stored by both databases and printed in both eras.
	 */
	public static final int EARLIEST_YEAR = 1900;

	public static final int LATEST_YEAR = 2200;

	/** The message key naming a date outside {@link #EARLIEST_YEAR}..{@link #LATEST_YEAR}; arguments are the two years. */
	public static final String OUT_OF_RANGE = "error.dateOutOfRange";

	private static final Locale THAI = Locale.forLanguageTag("th-TH");

	/** Thai day names without the "วัน" prefix, as Thai officials write them: "พุธ 5 มิถุนายน 2567". */
	private static final Map<Long, String> THAI_DAYS = Map.of(1L, "จันทร์", 2L, "อังคาร", 3L, "พุธ", 4L,
			"พฤหัสบดี", 5L, "ศุกร์", 6L, "เสาร์", 7L, "อาทิตย์");

	private static final DateTimeFormatter TH_DATE = thai("d MMM yyyy");
	private static final DateTimeFormatter TH_LONG = thai("d MMMM yyyy");
	private static final DateTimeFormatter TH_FULL = new DateTimeFormatterBuilder()
		.appendText(ChronoField.DAY_OF_WEEK, THAI_DAYS)
		.appendLiteral(' ')
		.appendPattern("d MMMM yyyy")
		.toFormatter(THAI)
		.withChronology(ThaiBuddhistChronology.INSTANCE);
	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter EN_LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/** The application's clock, so "today" on a page is the day the rest of the application counts from. */
	private final java.time.Clock clock;

	/** On the system clock: for code and tests that only print. */
	public Dates() {
		this(java.time.Clock.systemUTC());
	}

	@org.springframework.beans.factory.annotation.Autowired
	public Dates(java.time.Clock clock) {
		this.clock = clock;
	}
	private static final DateTimeFormatter EN_FULL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static DateTimeFormatter thai(String pattern) {
		// localizedBy honours the -u-ca-buddhist extension; withLocale/ofPattern(p, locale) would print 2024.
		return DateTimeFormatter.ofPattern(pattern).localizedBy(Locale.forLanguageTag("th-TH-u-ca-buddhist"));
	}

	/** "5 มิ.ย. 2567" or "5 Jun 2024". */
	public String date(Object value) {
		return format(value, isThai() ? TH_DATE : EN_DATE);
	}

	/** "5 มิถุนายน 2567" or "5 June 2024". */
	public String longDate(Object value) {
		return format(value, isThai() ? TH_LONG : EN_LONG);
	}

	/** "พุธ 5 มิถุนายน 2567" or "Wednesday 5 June 2024". */
	public String fullDate(Object value) {
		return format(value, isThai() ? TH_FULL : EN_FULL);
	}

	/** "5 มิ.ย. 2567 08:30" or "5 Jun 2024 08:30", Bangkok time. */
	public String dateTime(Object value) {
		TemporalAccessor t = toBangkok(value);
		return t == null ? "" : date(t) + " " + TIME.format(t);
	}

	/** "08:30", Bangkok time. */
	public String time(Object value) {
		TemporalAccessor t = toBangkok(value);
		return t == null ? "" : TIME.format(t);
	}

	/** The same formats for an explicit locale (e-mails and documents rendered outside a request). */
	public String date(Object value, Locale locale) {
		return withLocale(locale, () -> date(value));
	}

	public String fullDate(Object value, Locale locale) {
		return withLocale(locale, () -> fullDate(value));
	}

	public String dateTime(Object value, Locale locale) {
		return withLocale(locale, () -> dateTime(value));
	}

	/**
	 * A date (or an instant, with its Bangkok time) as a form field holds it for typing:
	 * {@code 05/06/2567} or {@code 05/06/2567 08:30} in Thai, {@code 05/06/2024} in English. Browsers'
	 * own date pickers follow the browser's language, not the page's, and show the Common Era to a
	 * Thai organiser; a text field in the reader's era does not. {@link #read} takes it back.
	 */
	public String typed(Object value) {
		TemporalAccessor t = toBangkok(value);
		if (t == null) {
			return "";
		}
		LocalDate d = LocalDate.from(t);
		// The year is shifted as a number: plusYears(543) would move 29 February to the 28th.
		String date = "%02d/%02d/%04d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear() + (isThai() ? 543 : 0));
		return t.isSupported(ChronoField.HOUR_OF_DAY) ? date + " " + TIME.format(t) : date;
	}

	/** {@link #typed(Object)} for an explicit locale. */
	public String typed(Object value, Locale locale) {
		return withLocale(locale, () -> typed(value));
	}

	/** What a typed date or date and time says, in either era, or empty when it says nothing readable. */
	public record Typed(LocalDate date, LocalTime time) {

		public LocalDateTime dateTime() {
			return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
		}
	}

	private static final Pattern TYPED = Pattern
		.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2})[:.](\\d{2}))?");

	/**
	 * Reads a date as people type it: {@code d/M/yyyy}, optionally followed by {@code H:mm} (or
	 * {@code H.mm}), the year in the Buddhist Era (2400 and later) or the Common Era, whatever the
	 * page's language; or ISO ({@code 2024-06-05}, {@code 2024-06-05T08:30}), as links and API
	 * clients write it. A day that does not exist (31/04) is unreadable, not moved.
	 */
	public static Optional<Typed> read(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String s = text.strip();
		try {
			var m = TYPED.matcher(s);
			if (m.matches()) {
				int year = Integer.parseInt(m.group(3));
				year = year >= 2400 ? year - 543 : year;
				LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
				return accepted(new Typed(date, m.group(4) == null ? null
						: LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)))));
			}
			if (s.contains("T")) {
				LocalDateTime dt = LocalDateTime.parse(s);
				return accepted(new Typed(dt.toLocalDate(), dt.toLocalTime()));
			}
			return accepted(new Typed(LocalDate.parse(s), null));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	private static Optional<Typed> accepted(Typed typed) {
		return accepted(typed.date()) ? Optional.of(typed) : Optional.empty();
	}

	/**
	 * Whether a date, date and time, or instant falls in the years TIPNet accepts ({@link #EARLIEST_YEAR}
	 * to {@link #LATEST_YEAR}, in Bangkok); every way a date comes in (forms, JSON, query parameters)
	 * asks this one question.
	 */
	public static boolean accepted(Object value) {
		try {
			TemporalAccessor t = toBangkok(value);
			if (t == null) {
				return true;
			}
			int year = t.get(ChronoField.YEAR);
			return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
		}
		catch (DateTimeException e) {
			// Instant.MAX and its kin have no date in Bangkok at all.
			return false;
		}
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), BANGKOK);
	}

	private static String withLocale(Locale locale, java.util.function.Supplier<String> body) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return body.get();
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	private static boolean isThai() {
		return "th".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private static String format(Object value, DateTimeFormatter formatter) {
		TemporalAccessor t = toBangkok(value);
		if (t == null) {
			return "";
		}
		// The Buddhist formatter needs a full date; convert explicitly so DayOfWeek etc. resolve.
		LocalDate date = LocalDate.from(t);
		return formatter.format(date);
	}

	private static TemporalAccessor toBangkok(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant i) {
			return i.atZone(BANGKOK);
		}
		if (value instanceof OffsetDateTime o) {
			return o.atZoneSameInstant(BANGKOK);
		}
		if (value instanceof ZonedDateTime z) {
			return z.withZoneSameInstant(BANGKOK);
		}
		if (value instanceof LocalDateTime || value instanceof LocalDate || value instanceof TemporalAccessor) {
			return (TemporalAccessor) value;
		}
		throw new IllegalArgumentException("Not a date: " + value.getClass().getSimpleName());
	}

}
