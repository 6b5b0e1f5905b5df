package th.tipnet.directory;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

import th.tipnet.common.Languages;

/** A province as other modules show it: its code and its Thai and English names. */
public record ProvinceName(ProvinceCode code, String nameTh, String nameEn) {

	static ProvinceName of(Province p) {
		return new ProvinceName(p.code(), p.nameTh(), p.nameEn());
	}

	/** The name in the reader's language. */
	public String name(Locale locale) {
		return Languages.pick(locale, nameTh, nameEn);
	}

	/** By the name in the reader's language, in that language's alphabetical order. */
	public static Comparator<ProvinceName> byName(Locale locale) {
		Comparator<Object> collator = Collator.getInstance(Languages.pick(locale, Languages.THAI, Languages.ENGLISH));
		return Comparator.comparing(p -> p.name(locale), collator);
	}
}
