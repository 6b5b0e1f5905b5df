package th.tipnet.common.web;

import th.tipnet.common.DomainException;

/** The version a client says it changed: If-Match (the ETag) wins over a version in the body. */
public final class Versions {

	private Versions() {
	}

	public static long expected(Long bodyVersion, String ifMatch) {
		if (ifMatch != null) {
			try {
				return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
			}
			catch (NumberFormatException e) {
				throw DomainException.invalid("If-Match", "error.wrongType");
			}
		}
		if (bodyVersion == null) {
			throw DomainException.invalid("version", "error.versionRequired");
		}
		return bodyVersion;
	}
}
