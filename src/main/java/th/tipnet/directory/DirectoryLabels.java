package th.tipnet.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/** Names for the codes pages show (provinces, services, languages), in the reader's language. */
record DirectoryLabels(Map<String, String> provinces, Map<String, String> services, Map<String, String> languages,
		Locale locale) {

	static DirectoryLabels of(Directory directory, Locale locale) {
		Map<String, String> provinces = new LinkedHashMap<>();
		for (Province p : directory.provinces(locale)) {
			provinces.put(p.code().value(), p.name(locale));
		}
		Map<String, String> services = new LinkedHashMap<>();
		for (ServiceType t : directory.serviceTypes()) {
			services.put(t.code(), t.name(locale));
		}
		Map<String, String> languages = new LinkedHashMap<>();
		for (String code : LanguageCodes.COMMON) {
			languages.put(code, LanguageCodes.name(code, locale));
		}
		return new DirectoryLabels(provinces, services, languages, locale);
	}

	public String province(String code) {
		return provinces.getOrDefault(code, code);
	}

	public String service(String code) {
		return services.getOrDefault(code, code);
	}

	public String language(String code) {
		return languages.computeIfAbsent(code, c -> LanguageCodes.name(c, Locale.ENGLISH));
	}

	/** "ทั่วประเทศ"-style summaries are done in templates; this joins names of a set of codes. */
	public String provinceList(java.util.Collection<String> codes) {
		return String.join(", ", codes.stream().map(this::province).sorted(java.text.Collator.getInstance(
				th.tipnet.common.Languages.pick(locale, th.tipnet.common.Languages.THAI, th.tipnet.common.Languages.ENGLISH))).toList());
	}

	public String languageList(java.util.Collection<String> codes) {
		return String.join(", ", codes.stream().map(this::language).sorted().toList());
	}

	public List<Map.Entry<String, String>> provinceEntries() {
		return List.copyOf(provinces.entrySet());
	}
}
