package th.tipnet.cases;

import java.time.Instant;
import java.util.Map;

/** The intake bodies of {@link TestCases}, for tests outside this package (browser tests). */
public final class TestCasesAccess {

	private TestCasesAccess() {
	}

	public static Map<String, Object> intake(Instant firstContact, String province, String... names) {
		return TestCases.intake(firstContact, province, names);
	}
}
