package th.tipnet.cases;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What is known of a person's birth: the whole date, a year and month, a year only, an age someone
 * estimated, or nothing. Victims often carry no papers, so each is as good as the others.
 */
@Embeddable
class Birth {

	enum Precision {
		COMPLETE, YEAR_MONTH, YEAR, ESTIMATED, UNKNOWN
	}

	/** The age of majority: a younger person's case follows the child procedure. */
	static final int ADULT = 18;

	@Enumerated(EnumType.STRING)
	@Column(name = "birth_precision", nullable = false)
	private Precision precision;

	@Column(name = "birth_year")
	private Integer year;

	@Column(name = "birth_month")
	private Integer month;

	@Column(name = "birth_day")
	private Integer day;

	@Column(name = "estimated_age")
	private Integer estimatedAge;

	protected Birth() {
	}

	private Birth(Precision precision, Integer year, Integer month, Integer day, Integer estimatedAge) {
		this.precision = precision;
		this.year = year;
		this.month = month;
		this.day = day;
		this.estimatedAge = estimatedAge;
	}

	static Birth on(LocalDate date) {
		return new Birth(Precision.COMPLETE, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null);
	}

	static Birth in(YearMonth month) {
		return new Birth(Precision.YEAR_MONTH, month.getYear(), month.getMonthValue(), null, null);
	}

	static Birth inYear(int year) {
		return new Birth(Precision.YEAR, year, null, null, null);
	}

	static Birth estimated(int age) {
		return new Birth(Precision.ESTIMATED, null, null, null, age);
	}

	static Birth unknown() {
		return new Birth(Precision.UNKNOWN, null, null, null, null);
	}

	/** The earliest day the person may have been born on, if any date is known. */
	Optional<LocalDate> earliest() {
		return switch (precision) {
			case COMPLETE -> Optional.of(LocalDate.of(year, month, day));
			case YEAR_MONTH -> Optional.of(LocalDate.of(year, month, 1));
			case YEAR -> Optional.of(LocalDate.of(year, 1, 1));
			case ESTIMATED, UNKNOWN -> Optional.empty();
		};
	}

	/** The latest day the person may have been born on, if any date is known. */
	Optional<LocalDate> latest() {
		return switch (precision) {
			case COMPLETE -> Optional.of(LocalDate.of(year, month, day));
			case YEAR_MONTH -> Optional.of(YearMonth.of(year, month).atEndOfMonth());
			case YEAR -> Optional.of(LocalDate.of(year, 12, 31));
			case ESTIMATED, UNKNOWN -> Optional.empty();
		};
	}

	/** The youngest the person can have been on that day: in doubt, the younger age counts. */
	Optional<Integer> youngestAgeOn(LocalDate day) {
		if (precision == Precision.ESTIMATED) {
			return Optional.of(estimatedAge);
		}
		return latest().map(born -> Math.max(0, Period.between(born, day).getYears()));
	}

	/**
	 * A person who may have been under 18 at first contact is treated as a child (the presumption of
	 * minority): a year of birth that allows either age counts as a child's.
	 */
	boolean mayBeAChildOn(LocalDate day) {
		return youngestAgeOn(day).map(age -> age < ADULT).orElse(false);
	}

	Precision precision() {
		return precision;
	}

	Integer year() {
		return year;
	}

	Integer month() {
		return month;
	}

	Integer day() {
		return day;
	}

	Integer estimatedAge() {
		return estimatedAge;
	}
}
