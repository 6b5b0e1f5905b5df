package th.tipnet.cases;

import java.util.regex.Pattern;

/**
 * A case's number as people quote it: {@code NRM-2567-TH20-000123}, the Buddhist-Era year the case
 * was opened, the province without its hyphen, and the case's place in that year and province.
 */
record CaseNumber(String value) {

	static final String PATTERN = "NRM-[0-9]{4}-TH[0-9]{2}-[0-9]{6}";

	private static final Pattern FORMAT = Pattern.compile(PATTERN);

	CaseNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("not a case number");
		}
	}

	static CaseNumber of(int yearBe, String provinceCode, int sequence) {
		return new CaseNumber("NRM-%04d-%s-%06d".formatted(yearBe, provinceCode.replace("-", ""), sequence));
	}

	@Override
	public String toString() {
		return value;
	}
}
