package th.tipnet.cases;

import java.util.List;
import java.util.UUID;

/** The person revoked their consent: the receiver no longer sees the sections named. */
public record ReferralConsentRevoked(ReferralId referralId, CaseId caseId, UUID receiverOrganisationId,
		List<String> sections) implements ReferralStep {
}
