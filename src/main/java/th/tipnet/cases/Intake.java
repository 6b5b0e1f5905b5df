package th.tipnet.cases;

import java.util.List;

/**
 * What a case worker recorded at intake, as typed (the form) or sent (the API): codes and numbers
 * not yet checked. {@link Caseload} reads it, naming every field it refuses.
 */
record Intake(String channel, String firstContactAt, String provinceCode, String district, String circumstances,
		List<String> exploitationTypes, List<Name> names, String gender, Integer birthYear, Integer birthMonth,
		Integer birthDay, Integer estimatedAge, List<String> nationalities) {

	record Name(String name, String kind) {
	}

	Intake {
		exploitationTypes = exploitationTypes == null ? List.of() : exploitationTypes;
		names = names == null ? List.of() : names;
		nationalities = nationalities == null ? List.of() : nationalities;
	}
}
