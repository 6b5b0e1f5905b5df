package th.tipnet.identity;

import java.util.Locale;
import java.util.regex.Pattern;

import th.tipnet.common.DomainException;

/** A sign-in name: 3–64 lower-case letters, digits, dot, dash or underscore. Case-insensitive. */
record Username(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	Username {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw DomainException.invalid("username", "identity.username.format");
		}
	}

	static Username of(String raw) {
		return new Username(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
	}
}
