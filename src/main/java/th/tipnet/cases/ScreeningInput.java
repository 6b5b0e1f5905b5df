package th.tipnet.cases;

import java.util.List;
import java.util.Map;

/**
 * A screening as sent: the team with each member's answers and notes by indicator key, the outcome,
 * route and reasons, the interpreter and language, the court's extension of an undetermined
 * screening; not yet checked.
 */
record ScreeningInput(List<MemberInput> members, String outcome, String route, String reasons, String interpreter,
		String language, String extendedUntil, String courtReference) {

	/** A member: a user of the lead organisation ({@code userId}), or an outsider named with organisation and role. */
	record MemberInput(String userId, String name, String organisation, String discipline, Map<String, String> answers,
			Map<String, String> notes) {
	}

	ScreeningInput {
		members = members == null ? List.of() : members;
	}
}
