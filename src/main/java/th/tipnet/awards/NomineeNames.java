package th.tipnet.awards;

import java.util.Locale;

import org.springframework.stereotype.Component;

import th.tipnet.common.Languages;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.ProvinceCode;

/**
 * A nominee's name in Thai and English, read through the directory's read views: a person's name as
 * written (the same in both), an organisation's or a province's names from the directory.
 */
@Component
class NomineeNames {

	/** A nominee's name in both languages. */
	record Names(String th, String en) {

		String in(Locale locale) {
			return Languages.pick(locale, th, en);
		}
	}

	private final Directory directory;

	NomineeNames(Directory directory) {
		this.directory = directory;
	}

	Names of(Nominee e) {
		return switch (e.kind()) {
			case PERSON -> new Names(e.personName(), e.personName());
			case ORGANISATION -> directory.summary(OrganisationId.of(e.organisationId()))
				.map(s -> new Names(s.nameTh(), s.nameEn()))
				.orElse(new Names("", ""));
			case PROVINCE -> directory.provinceName(ProvinceCode.of(e.provinceCode()))
				.map(p -> new Names(p.nameTh(), p.nameEn()))
				.orElse(new Names(e.provinceCode(), e.provinceCode()));
		};
	}
}
