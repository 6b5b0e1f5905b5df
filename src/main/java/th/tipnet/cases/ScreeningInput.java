package th.tipnet.cases;

import java.util.List;
import java.util.Map;

/** A screening as sent: the team with each member's answers by indicator key, the outcome, route and reasons; not yet checked. */
record ScreeningInput(List<MemberInput> members, String outcome, String route, String reasons) {

	record MemberInput(String name, String organisation, String discipline, Map<String, String> answers) {
	}

	ScreeningInput {
		members = members == null ? List.of() : members;
	}
}
