package th.tipnet.awards;

import java.util.List;
import java.util.UUID;

import th.tipnet.common.InvalidInput;

/**
 * The nomination form as the browser posts it, in one category: the nominee's fields for its kind,
 * the texts and the consent. {@link NominationDesk} checks it as it checks the API's body.
 */
class NominationForm {

	private String categoryId;

	private String personName;

	private String personPosition;

	private String personOrganisationId;

	private String personProvinceCode;

	private String organisationId;

	private String provinceCode;

	private String justification;

	private String achievements;

	private boolean nomineeConsented;

	/** The desk's form for a category's kind; an identifier that is not one is named as its field. */
	NominationDesk.Form form(NomineeKind kind) {
		return new NominationDesk.Form(id("categoryId", categoryId), kind, personName, personPosition,
				id("personOrganisationId", personOrganisationId), blankToNull(personProvinceCode),
				id("organisationId", organisationId), blankToNull(provinceCode), justification, achievements,
				nomineeConsented);
	}

	private static UUID id(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(List.of(new InvalidInput.Violation(field, "awards.error.noSuchOrganisation")));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(String categoryId) {
		this.categoryId = categoryId;
	}

	public String getPersonName() {
		return personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}

	public String getPersonPosition() {
		return personPosition;
	}

	public void setPersonPosition(String personPosition) {
		this.personPosition = personPosition;
	}

	public String getPersonOrganisationId() {
		return personOrganisationId;
	}

	public void setPersonOrganisationId(String personOrganisationId) {
		this.personOrganisationId = personOrganisationId;
	}

	public String getPersonProvinceCode() {
		return personProvinceCode;
	}

	public void setPersonProvinceCode(String personProvinceCode) {
		this.personProvinceCode = personProvinceCode;
	}

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public void setProvinceCode(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getJustification() {
		return justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

	public String getAchievements() {
		return achievements;
	}

	public void setAchievements(String achievements) {
		this.achievements = achievements;
	}

	public boolean isNomineeConsented() {
		return nomineeConsented;
	}

	public void setNomineeConsented(boolean nomineeConsented) {
		this.nomineeConsented = nomineeConsented;
	}
}
