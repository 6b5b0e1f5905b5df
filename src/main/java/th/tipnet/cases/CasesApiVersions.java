package th.tipnet.cases;

import th.tipnet.common.DomainException;

/**
 * The version a change was made at: from the body or an If-Match header ({@code "3"} or {@code W/"3"}),
 * read the same way by every API of the cases module.
 */
final class CasesApiVersions {

	private CasesApiVersions() {
	}

	/** The version in If-Match; a 422 naming If-Match when it is absent or not a version. */
	static long required(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw DomainException.invalid("If-Match", "cases.error.version");
		}
		return parsed(ifMatch);
	}

	/**
	 * The version in the body, else the one in If-Match; a 422 naming If-Match when that is not a
	 * version, naming version when neither is sent.
	 */
	static long of(Long inBody, String ifMatch) {
		if (inBody != null) {
			return inBody;
		}
		if (ifMatch != null) {
			return parsed(ifMatch);
		}
		throw DomainException.invalid("version", "cases.error.version");
	}

	private static long parsed(String ifMatch) {
		try {
			return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("If-Match", "cases.error.version");
		}
	}
}
