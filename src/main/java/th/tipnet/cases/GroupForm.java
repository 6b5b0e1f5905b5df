package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The group intake form as the browser posts it: the shared facts, then a row per person (a name
 * with its kind, sex/gender, year of birth or an estimated age, nationality). Rows left blank are
 * dropped before the form is read, so a refusal's {@code persons[i]} is the row the worker sees.
 * Carries the unfinished intake it resumes, if any, with the version it was read at.
 */
class GroupForm implements FirstContactForm {

	static final int FIRST_ROWS = 3;

	private final FirstContactForm.Facts firstContact = new FirstContactForm.Facts();

	private UUID draftId;

	private Long draftVersion;

	private List<PersonRow> persons = new ArrayList<>();

	@Override
	public FirstContactForm.Facts firstContact() {
		return firstContact;
	}

	static GroupForm blank(String now) {
		GroupForm f = new GroupForm();
		f.setFirstContactAt(now);
		while (f.persons.size() < FIRST_ROWS) {
			f.addRow();
		}
		return f;
	}

	/** A saved draft back on the form. */
	static GroupForm of(GroupIntake g, UUID draftId, long version) {
		GroupForm f = new GroupForm();
		f.draftId = draftId;
		f.draftVersion = version;
		f.setChannel(g.channel());
		f.setFirstContactAt(g.firstContactAt());
		f.setProvinceCode(g.provinceCode());
		f.setDistrict(g.district());
		f.setCircumstances(g.circumstances());
		f.setExploitationTypes(new ArrayList<>(g.exploitationTypes()));
		for (GroupIntake.Person p : g.persons()) {
			f.persons.add(PersonRow.of(p == null ? new GroupIntake.Person(null, null, null, null, null, null, null) : p));
		}
		f.fillRows();
		return f;
	}

	void addRow() {
		persons.add(PersonRow.of(new GroupIntake.Person(null, null, null, null, null, null, null)));
	}

	/** Drops rows the worker left empty, keeping the order of the others. */
	void dropBlankRows() {
		persons.removeIf(PersonRow::blank);
	}

	/** At least one row to type into, each with a name and a nationality field. */
	void fillRows() {
		if (persons.isEmpty()) {
			addRow();
		}
		persons.forEach(PersonRow::fill);
	}

	GroupIntake intake() {
		return new GroupIntake(getChannel(), getFirstContactAt(), getProvinceCode(), getDistrict(), getCircumstances(),
				getExploitationTypes(),
				persons.stream().map(PersonRow::person).toList());
	}

	public static class PersonRow extends PersonFields {

		static PersonRow of(GroupIntake.Person p) {
			PersonRow r = new PersonRow();
			for (Intake.Name n : p.names()) {
				IntakeForm.NameRow row = new IntakeForm.NameRow();
				row.setName(n == null ? null : n.name());
				row.setKind(n == null ? null : n.kind());
				r.names.add(row);
			}
			r.gender = p.gender();
			r.birthYear = p.birthYear();
			r.birthMonth = p.birthMonth();
			r.birthDay = p.birthDay();
			r.estimatedAge = p.estimatedAge();
			r.nationalities = new ArrayList<>(p.nationalities());
			r.fill();
			return r;
		}

		void fill() {
			if (names.isEmpty()) {
				IntakeForm.NameRow row = new IntakeForm.NameRow();
				row.setKind(NameKind.AS_TOLD.name());
				names.add(row);
			}
			if (nationalities.isEmpty()) {
				nationalities.add("");
			}
		}

		boolean blank() {
			return names.stream().allMatch(n -> empty(n.getName())) && empty(gender) && birthYear == null
					&& birthMonth == null && birthDay == null && estimatedAge == null && nationalities.stream().allMatch(PersonRow::empty);
		}

		private static boolean empty(String s) {
			return s == null || s.isBlank();
		}

		GroupIntake.Person person() {
			return new GroupIntake.Person(names.stream().map(n -> new Intake.Name(n.getName(), n.getKind())).toList(), gender,
					birthYear, birthMonth, birthDay, estimatedAge,
					nationalities.stream().filter(c -> !empty(c)).toList());
		}
	}

	public UUID getDraftId() {
		return draftId;
	}

	public void setDraftId(UUID draftId) {
		this.draftId = draftId;
	}

	public Long getDraftVersion() {
		return draftVersion;
	}

	public void setDraftVersion(Long draftVersion) {
		this.draftVersion = draftVersion;
	}

	public List<PersonRow> getPersons() {
		return persons;
	}

	public void setPersons(List<PersonRow> persons) {
		this.persons = persons == null ? new ArrayList<>() : persons;
	}
}
