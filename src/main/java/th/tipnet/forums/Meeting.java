package th.tipnet.forums;

import java.time.Instant;
import java.util.Locale;

import th.tipnet.common.Languages;

/** The meeting a forum was, as the pages across forums show it: its title in each language and when it began. */
record Meeting(String titleTh, String titleEn, Instant startsAt) {

	public String title(Locale locale) {
		return Languages.pick(locale, titleTh, titleEn);
	}
}
