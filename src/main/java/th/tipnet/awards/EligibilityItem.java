package th.tipnet.awards;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import th.tipnet.common.Languages;

/** One requirement of a category's eligibility checklist, in Thai and English. */
@Embeddable
record EligibilityItem(@Column(name = "text_th") String textTh, @Column(name = "text_en") String textEn) {

	String text(Locale locale) {
		return Languages.pick(locale, textTh, textEn);
	}
}
