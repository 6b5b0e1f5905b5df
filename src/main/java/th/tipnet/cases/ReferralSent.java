package th.tipnet.cases;

import java.time.Instant;
import java.util.UUID;

/** A case was referred to another organisation, which is to answer by {@code answerDueAt}. */
public record ReferralSent(ReferralId referralId, CaseId caseId, UUID receiverOrganisationId, String purpose,
		boolean urgent, Instant answerDueAt) implements ReferralStep {
}
