package th.tipnet.common;

import java.util.Locale;

/**
 * The one rule for every piece of text TIPNet accepts, whether typed into a form, sent as JSON or
 * put in a query: applied where input is read (request parameters and JSON strings), so no module
 * repeats it.
 * <ul>
 * <li>Control characters (NUL and the other C0 codes except tab and line breaks, DEL, the C1 codes),
 * unpaired surrogates and the non-characters U+FFFE/U+FFFF are refused: PostgreSQL cannot store NUL,
 * and none of them is ever typed on purpose.</li>
 * <li>Invisible formatting is removed: bidirectional embeddings, overrides, isolates and marks
 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), with which a name can be made to read
 * differently from what it is, and the zero-width space, joiners and byte-order mark (U+200B–U+200D,
 * U+2060, U+FEFF). Thai needs none of them: a zero-width space pasted from a word processor
 * marks a word break that browsers find themselves, so removing it changes nothing a reader sees.</li>
 * </ul>
 * Secrets (fields whose name says password) are checked but never changed, so what a person types
 * when choosing a password is what they type when signing in.
 */
public final class InputText {

	/** The message key naming a field that holds a refused character. */
	public static final String REFUSED = "error.controlCharacters";

	private InputText() {
	}

	/** True when the text holds a character TIPNet never stores. */
	public static boolean refused(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return true;
			}
			if (Character.isLowSurrogate(c) || control(c) || c == '\uFFFE' || c == '\uFFFF') {
				return true;
			}
		}
		return false;
	}

	/** The text without invisible formatting characters (the same text when it has none). */
	public static String withoutInvisibleFormatting(String text) {
		int first = firstInvisible(text);
		if (first < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		out.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!invisible(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** What a field's value becomes once accepted: secrets as typed, other text without invisible formatting. */
	public static String normalised(String field, String text) {
		return secret(field) ? text : withoutInvisibleFormatting(text);
	}

	/** Fields whose value is a secret: checked, never altered. */
	public static boolean secret(String field) {
		return field != null && field.toLowerCase(Locale.ROOT).contains("password");
	}

	/** A field name as it may be shown and logged: its refused characters replaced, at most 100 characters. */
	public static String printable(String field) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < field.length() && out.length() < 100; i++) {
			char c = field.charAt(i);
			out.append(control(c) || Character.isSurrogate(c) || invisible(c) ? '?' : c);
		}
		return out.toString();
	}

	private static int firstInvisible(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (invisible(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean control(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	private static boolean invisible(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
				|| c == '\u061C' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
	}
}
