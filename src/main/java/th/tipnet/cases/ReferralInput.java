package th.tipnet.cases;

import java.util.List;

/** A referral as typed in the form or sent to the API, unchecked; {@link ReferralDesk} reads it. */
record ReferralInput(String receiverOrganisationId, String purpose, String urgency, List<String> sections, String consent,
		String consentBy, String consentAt, String interpreter, String overrideReason) {

	ReferralInput {
		sections = sections == null ? List.of() : sections;
	}
}
