package th.tipnet.cases;

/**
 * The rule for publishing figures drawn from cases: a count from 1 to 4, or any figure computed from
 * fewer than 5 cases or referrals, is not shown, because so few can point at a person in a province.
 * Zero is shown: it tells nothing about anyone. Every figure that leaves the cases module goes
 * through this one rule.
 */
public final class SmallNumbers {

	/** The smallest count, or basis of a computed figure, that is shown. */
	public static final int THRESHOLD = 5;

	private SmallNumbers() {
	}

	/** A count as it may be published. */
	public static Figure count(long count) {
		if (count == 0) {
			return new Figure(Figure.Shown.VALUE, 0);
		}
		return count < THRESHOLD ? Figure.SUPPRESSED : new Figure(Figure.Shown.VALUE, count);
	}

	/** A figure computed from {@code basis} cases or referrals: none without any, suppressed for a few. */
	public static Figure computedFrom(long basis, double value) {
		if (basis == 0) {
			return Figure.NONE;
		}
		return basis < THRESHOLD ? Figure.SUPPRESSED : new Figure(Figure.Shown.VALUE, value);
	}

	/** A published figure: its value, or why there is none. */
	public record Figure(Shown shown, double value) {

		public static final Figure SUPPRESSED = new Figure(Shown.SUPPRESSED, 0);

		public static final Figure NONE = new Figure(Shown.NONE, 0);

		/** Whether the value is there, held back as too small, or has nothing to be computed from. */
		public enum Shown {
			VALUE, SUPPRESSED, NONE
		}

		public boolean present() {
			return shown == Shown.VALUE;
		}
	}
}
