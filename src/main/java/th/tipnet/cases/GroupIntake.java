package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * The first contact with a group met together, as typed or sent: the facts they share once, then
 * each person. Not yet checked: {@link GroupIntakes} reads it, naming every field it refuses
 * ({@code persons[3].names[0].name} for a person's own).
 */
record GroupIntake(String channel, String firstContactAt, String provinceCode, String district, String circumstances,
		List<String> exploitationTypes, List<Person> persons) {

	/** What is known of one person of the group. */
	record Person(List<Intake.Name> names, String gender, Integer birthYear, Integer birthMonth, Integer birthDay,
			Integer estimatedAge, List<String> nationalities) {

		Person {
			names = names == null ? List.of() : names;
			nationalities = nationalities == null ? List.of() : nationalities;
		}
	}

	GroupIntake {
		exploitationTypes = exploitationTypes == null ? List.of() : exploitationTypes;
		persons = persons == null ? List.of() : new ArrayList<>(persons);
	}

	/** One person's intake: the shared facts and theirs, as a single intake reads them. */
	Intake intakeOf(Person p) {
		Person person = p == null ? new Person(null, null, null, null, null, null, null) : p;
		return new Intake(channel, firstContactAt, provinceCode, district, circumstances, exploitationTypes, person.names(),
				person.gender(), person.birthYear(), person.birthMonth(), person.birthDay(), person.estimatedAge(),
				person.nationalities());
	}
}
