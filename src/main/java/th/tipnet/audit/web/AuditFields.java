package th.tipnet.audit.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the log's page knows about the fields callers put in {@code Changes}: which hold personal
 * or sealed data (shown only as "changed"), which hold the id of a record another module names,
 * and a readable name for a field without a message key.
 */
final class AuditFields {

	/** Fields whose values are personal or sealed at rest wherever they are recorded. */
	private static final Set<String> PERSONAL = Set.of("email", "phone", "password", "dietaryNeeds", "accessibilityNeeds",
			"circumstances", "specialNeeds", "overrideReason", "makerName");

	/** Fields personal only on some records: a case's break-glass reason is sealed, a declined referral's reason is a code. */
	private static final Set<String> PERSONAL_ON = Set.of("NrmCase.reason");

	/** Fields holding the id of a record, by the record's type. */
	private static final Map<String, String> ID_FIELDS = Map.ofEntries(Map.entry("organisationId", "Organisation"),
			Map.entry("receiverOrganisationId", "Organisation"), Map.entry("into", "Organisation"),
			Map.entry("userId", "User"), Map.entry("caseWorkerId", "User"), Map.entry("caseId", "NrmCase"),
			Map.entry("caseIds", "NrmCase"), Map.entry("referralIds", "NrmReferral"),
			Map.entry("eventId", "Event"), Map.entry("referralId", "NrmReferral"), Map.entry("onwardFrom", "NrmReferral"));

	private AuditFields() {
	}

	static boolean withheld(String recordType, String field) {
		return PERSONAL.contains(field) || PERSONAL_ON.contains(recordType + "." + field);
	}

	/** The record type whose id the field holds, or null. */
	static String recordTypeOf(String field) {
		return ID_FIELDS.get(field);
	}

	/** {@code receiverOrganisationId} as "Receiver organisation", {@code groups.staff.onsite} as "Groups staff onsite". */
	static String humanised(String field) {
		String words = field.replaceAll("Id$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[._]+", " ").strip();
		if (words.isEmpty()) {
			return field;
		}
		String lower = words.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}
}
