package th.tipnet.cases;

import th.tipnet.common.DomainException;

/** The version a change was made at, from an If-Match header ({@code "3"} or {@code W/"3"}). */
final class CasesApiVersions {

	private CasesApiVersions() {
	}

	/** The version in If-Match; a 422 naming If-Match when it is absent or not a version. */
	static long required(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw DomainException.invalid("If-Match", "cases.error.version");
		}
		try {
			return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("If-Match", "cases.error.version");
		}
	}
}
