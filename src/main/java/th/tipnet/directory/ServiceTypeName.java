package th.tipnet.directory;

import java.util.Locale;

import th.tipnet.common.Languages;

/** An entry of the controlled list of services as other modules show it: code, names, whether it is offered. */
public record ServiceTypeName(String code, String nameTh, String nameEn, boolean active) {

	static ServiceTypeName of(ServiceType t) {
		return new ServiceTypeName(t.code(), t.nameTh(), t.nameEn(), t.active());
	}

	/** The name in the reader's language. */
	public String name(Locale locale) {
		return Languages.pick(locale, nameTh, nameEn);
	}
}
