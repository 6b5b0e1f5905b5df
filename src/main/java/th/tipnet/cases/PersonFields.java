package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * What a form tells of a person, as the browser posts it: the names (each with its kind), gender, date
 * of birth as far as known or an estimated age, and nationalities. Shared by the intake, the person
 * form and the group intake's rows, so the fields bind the same way in all three.
 */
abstract class PersonFields {

	List<IntakeForm.NameRow> names = new ArrayList<>();

	String gender;

	Integer birthYear;

	Integer birthMonth;

	Integer birthDay;

	Integer estimatedAge;

	List<String> nationalities = new ArrayList<>();

	public List<IntakeForm.NameRow> getNames() {
		return names;
	}

	public void setNames(List<IntakeForm.NameRow> names) {
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
}
