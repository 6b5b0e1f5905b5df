package th.tipnet.directory;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 639-1 language codes: which are valid, which the forms offer first, and their names. */
public final class LanguageCodes {

	private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

	/** The languages most asked for in Thailand's referrals, offered first on forms. */
	public static final List<String> COMMON = List.of("th", "my", "km", "lo", "vi", "en", "zh", "ms", "id", "tl", "bn", "ne",
			"ru", "ar", "ja", "ko", "hi", "si", "ur", "fr");

	private LanguageCodes() {
	}

	public static boolean valid(String code) {
		return code != null && code.length() == 2 && ISO_639_1.contains(code);
	}

	/** "พม่า" / "Burmese" for "my". */
	public static String name(String code, Locale reader) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
		return name.isBlank() ? code : name;
	}
}
