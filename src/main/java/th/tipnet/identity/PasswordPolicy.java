package th.tipnet.identity;

import java.security.SecureRandom;
import java.util.Locale;

import th.tipnet.common.DomainException;

/** What a password must be: 12 to 128 characters, not the user name. Length beats composition rules. */
final class PasswordPolicy {

	static final int MIN = 12;

	static final int MAX = 128;

	private static final char[] TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordPolicy() {
	}

	static void check(String field, String password, String username) {
		if (password == null || password.length() < MIN || password.length() > MAX) {
			throw DomainException.invalid(field, "identity.password.length", MIN, MAX);
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw DomainException.invalid(field, "identity.password.containsUsername");
		}
	}

	/** A random 16-character password an administrator hands over; its owner must replace it. */
	static String temporary() {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			s.append(TEMPORARY_ALPHABET[RANDOM.nextInt(TEMPORARY_ALPHABET.length)]);
		}
		return s.toString();
	}
}
