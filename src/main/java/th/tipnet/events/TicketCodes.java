package th.tipnet.events;

import java.security.SecureRandom;
import java.util.Locale;

/** Short ticket codes for typing: 8 characters from an alphabet without 0/O, 1/I/L (about 10^12 codes). */
final class TicketCodes {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private TicketCodes() {
	}

	static String next() {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return s.toString();
	}

	/** What a person typed, as stored: upper case, without spaces or dashes. */
	static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}
}
