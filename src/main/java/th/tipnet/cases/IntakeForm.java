package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * The intake form as the browser posts it: three rows for names (empty rows are left out), the
 * usual nationalities as boxes to tick plus one more from the full list. A form-backing bean, not
 * a domain object: {@link Caseload} checks what it holds.
 */
class IntakeForm extends FirstContactForm {

	static final int NAME_ROWS = 3;

	private List<NameRow> names = new ArrayList<>();

	private String gender;

	private Integer birthYear;

	private Integer birthMonth;

	private Integer birthDay;

	private Integer estimatedAge;

	private List<String> nationalities = new ArrayList<>();

	private String otherNationality;

	static IntakeForm blank(String now) {
		IntakeForm f = new IntakeForm();
		f.setFirstContactAt(now);
		f.fillNameRows();
		return f;
	}

	/** Always three rows to type into, the first one's kind "as told". */
	void fillNameRows() {
		while (names.size() < NAME_ROWS) {
			NameRow row = new NameRow();
			row.setKind(names.isEmpty() ? NameKind.AS_TOLD.name() : NameKind.ALIAS.name());
			names.add(row);
		}
	}

	Intake intake() {
		List<String> all = new ArrayList<>(nationalities);
		if (otherNationality != null && !otherNationality.isBlank() && !all.contains(otherNationality)) {
			all.add(otherNationality);
		}
		return new Intake(getChannel(), getFirstContactAt(), getProvinceCode(), getDistrict(), getCircumstances(),
				getExploitationTypes(),
				names.stream().map(n -> new Intake.Name(n.getName(), n.getKind())).toList(), gender, birthYear, birthMonth,
				birthDay, estimatedAge, all);
	}

	public static class NameRow {

		private String name;

		private String kind;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}
	}

	public List<NameRow> getNames() {
		return names;
	}

	public void setNames(List<NameRow> names) {
		this.names = names == null ? new ArrayList<>() : names;
	}

	public String getGender() {
		return gender;
	}

	public void setGender(String gender) {
		this.gender = gender;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public Integer getBirthMonth() {
		return birthMonth;
	}

	public void setBirthMonth(Integer birthMonth) {
		this.birthMonth = birthMonth;
	}

	public Integer getBirthDay() {
		return birthDay;
	}

	public void setBirthDay(Integer birthDay) {
		this.birthDay = birthDay;
	}

	public Integer getEstimatedAge() {
		return estimatedAge;
	}

	public void setEstimatedAge(Integer estimatedAge) {
		this.estimatedAge = estimatedAge;
	}

	public List<String> getNationalities() {
		return nationalities;
	}

	public void setNationalities(List<String> nationalities) {
		this.nationalities = nationalities == null ? new ArrayList<>() : nationalities;
	}

	public String getOtherNationality() {
		return otherNationality;
	}

	public void setOtherNationality(String otherNationality) {
		this.otherNationality = otherNationality;
	}
}
