package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * The intake form as the browser posts it: three rows for names (empty rows are left out), the
 * usual nationalities as boxes to tick plus one more from the full list. A form-backing bean, not
 * a domain object: {@link Caseload} checks what it holds.
 */
class IntakeForm extends PersonFields implements FirstContactForm {

	static final int NAME_ROWS = 3;

	private final FirstContactForm.Facts firstContact = new FirstContactForm.Facts();

	private String otherNationality;

	@Override
	public FirstContactForm.Facts firstContact() {
		return firstContact;
	}

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

	public String getOtherNationality() {
		return otherNationality;
	}

	public void setOtherNationality(String otherNationality) {
		this.otherNationality = otherNationality;
	}
}
