package th.tipnet.awards;

import java.util.Locale;

import th.tipnet.common.Languages;

/**
 * The organisation that gives a round's certificates, as printed at their head: its Thai name, and
 * its English name for English certificates (the Thai one is printed where it is left out).
 */
record CertificateIssuer(String nameTh, String nameEn) {

	static final int NAME = 300;

	String name(Locale language) {
		return nameEn == null ? nameTh : Languages.pick(language, nameTh, nameEn);
	}
}
