package th.tipnet.cases;

import java.util.UUID;

/** The receiving organisation assigned one of its case workers to an accepted referral: that worker is told. */
public record CaseWorkerAssigned(ReferralId referralId, CaseId caseId, UUID receiverOrganisationId, UUID caseWorkerId) {
}
