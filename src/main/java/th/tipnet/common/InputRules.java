package th.tipnet.common;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import th.tipnet.common.InvalidInput.Violation;

/**
 * The checks every form and API body shares, each adding a {@link Violation} that names the field:
 * text within a length (required or not), an http(s) link, an e-mail address, a phone number.
 */
public final class InputRules {

	public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	/** Digits with the usual separators; Thai short numbers (1300) included. */
	public static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{2,38}");

	private InputRules() {
	}

	public static void text(List<Violation> v, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				v.add(new Violation(field, "error.required"));
			}
		}
		else if (value.length() > max) {
			v.add(new Violation(field, "directory.text.tooLong", max));
		}
	}

	public static void url(List<Violation> v, String field, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			URI uri = URI.create(value.strip());
			if (value.length() > 500 || uri.getHost() == null
					|| !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
				v.add(new Violation(field, "directory.url.invalid"));
			}
		}
		catch (IllegalArgumentException e) {
			v.add(new Violation(field, "directory.url.invalid"));
		}
	}

	/** An e-mail address; required or optional. */
	public static void email(List<Violation> v, String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				v.add(new Violation(field, "directory.email.invalid"));
			}
		}
		else if (value.length() > 254 || !EMAIL.matcher(value.strip()).matches()) {
			v.add(new Violation(field, "directory.email.invalid"));
		}
	}

	public static void phone(List<Violation> v, String field, String value) {
		if (value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches()) {
			v.add(new Violation(field, "directory.phone.invalid"));
		}
	}
}
