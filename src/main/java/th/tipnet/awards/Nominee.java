package th.tipnet.awards;

import java.util.Locale;
import java.util.UUID;

/**
 * Who a nomination names, of one of the three kinds: a person (name, position, the organisation
 * they work for and its province), an organisation of the directory, or a province.
 */
record Nominee(NomineeKind kind, String personName, String personPosition, UUID personOrganisationId,
		String personProvinceCode, UUID organisationId, String provinceCode) {

	static Nominee person(String name, String position, UUID organisationId, String provinceCode) {
		return new Nominee(NomineeKind.PERSON, name.strip(), position.strip(), organisationId, provinceCode, null, null);
	}

	static Nominee organisation(UUID organisationId) {
		return new Nominee(NomineeKind.ORGANISATION, null, null, null, null, organisationId, null);
	}

	static Nominee province(String provinceCode) {
		return new Nominee(NomineeKind.PROVINCE, null, null, null, null, null, provinceCode);
	}

	/**
	 * What makes two nominations name the same nominee: the organisation, the province, or for a
	 * person their name (case and spacing aside) at their organisation.
	 */
	String key() {
		return switch (kind) {
			case PERSON -> "PERSON:" + personOrganisationId + ":"
					+ personName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			case ORGANISATION -> "ORGANISATION:" + organisationId;
			case PROVINCE -> "PROVINCE:" + provinceCode;
		};
	}
}
