package th.tipnet.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static th.tipnet.common.InputRules.email;
import static th.tipnet.common.InputRules.phone;
import static th.tipnet.common.InputRules.text;
import static th.tipnet.common.InputRules.url;

import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * What a valid organisation profile is. Every problem is reported with its field, so a form shows
 * them all at once and an import lists them per line.
 */
final class ProfileRules {

	static final Pattern LINE_ID = Pattern.compile("@?[A-Za-z0-9._-]{1,60}");

	private final Set<String> provinces;

	private final Set<String> activeServices;

	ProfileRules(Set<String> provinces, Set<String> activeServices) {
		this.provinces = provinces;
		this.activeServices = activeServices;
	}

	/** The problems with a profile; empty when it is valid. Parent existence and cycles are checked by the caller. */
	List<Violation> problems(Profile p) {
		List<Violation> v = new ArrayList<>();
		text(v, "nameTh", p.nameTh(), 300, true);
		text(v, "nameEn", p.nameEn(), 300, true);
		text(v, "abbreviationTh", p.abbreviationTh(), 60, false);
		text(v, "abbreviationEn", p.abbreviationEn(), 60, false);
		text(v, "descriptionTh", p.descriptionTh(), 2000, false);
		text(v, "descriptionEn", p.descriptionEn(), 2000, false);
		text(v, "address", p.address(), 500, false);
		url(v, "mapUrl", p.mapUrl());
		url(v, "website", p.website());
		if (p.sector() == null) {
			v.add(new Violation("sector", "directory.sector.required"));
		}
		provinces(v, "provinces", p.provinces());
		languages(v, "languages", p.languages());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < p.services().size(); i++) {
			ServiceOffer s = p.services().get(i);
			String at = "services[" + i + "]";
			if (s.code() == null || !activeServices.contains(s.code())) {
				v.add(new Violation(at + ".code", "directory.service.unknown"));
			}
			else if (!seen.add(s.code())) {
				v.add(new Violation(at + ".code", "directory.service.duplicate"));
			}
			provinces(v, at + ".provinces", s.provinces());
			languages(v, at + ".languages", s.languages());
			text(v, at + ".hours", s.hours(), 200, false);
		}
		for (int i = 0; i < p.contacts().size(); i++) {
			ContactDetails c = p.contacts().get(i);
			String at = "contacts[" + i + "]";
			text(v, at + ".name", c.name(), 200, true);
			text(v, at + ".position", c.position(), 200, false);
			phone(v, at + ".phone", c.phone());
			email(v, at + ".email", c.email(), false);
			pattern(v, at + ".lineId", c.lineId(), LINE_ID, "directory.lineId.invalid");
		}
		if (p.contacts().size() > 20) {
			v.add(new Violation("contacts", "directory.contacts.tooMany", 20));
		}
		if (p.services().size() > 30) {
			v.add(new Violation("services", "directory.services.tooMany", 30));
		}
		return v;
	}

	void check(Profile p) {
		List<Violation> v = problems(p);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	static boolean wouldCycle(UUID self, UUID parent, java.util.function.Function<UUID, UUID> parentOf) {
		UUID cursor = parent;
		for (int depth = 0; cursor != null && depth < 100; depth++) {
			if (cursor.equals(self)) {
				return true;
			}
			cursor = parentOf.apply(cursor);
		}
		return false;
	}

	private void provinces(List<Violation> v, String field, Set<String> codes) {
		for (String code : codes) {
			if (!provinces.contains(code)) {
				v.add(new Violation(field, "directory.province.unknown"));
				return;
			}
		}
	}

	private static void languages(List<Violation> v, String field, Set<String> codes) {
		for (String code : codes) {
			if (!LanguageCodes.valid(code)) {
				v.add(new Violation(field, "directory.language.unknown"));
				return;
			}
		}
	}



	private static void pattern(List<Violation> v, String field, String value, Pattern pattern, String key) {
		if (value != null && !value.isBlank() && !pattern.matcher(value.strip()).matches()) {
			v.add(new Violation(field, key));
		}
	}
}
