package th.tipnet.common;

import java.util.List;
import java.util.Locale;

/** The two languages every TIPNet screen speaks; Thai first. */
public final class Languages {

	public static final Locale THAI = Locale.forLanguageTag("th");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(THAI, ENGLISH);

	private Languages() {
	}

	/** The Thai or the English of a pair, for a reader's locale: English readers get English, all others Thai. */
	public static <T> T pick(Locale reader, T thai, T english) {
		return ENGLISH.getLanguage().equals(reader.getLanguage()) ? english : thai;
	}

	/** The supported locale for a language tag, or Thai. */
	public static Locale supported(String tag) {
		if (tag == null) {
			return THAI;
		}
		String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
		return "en".equals(language) ? ENGLISH : THAI;
	}
}
