package th.tipnet.cases;

import java.util.UUID;

/**
 * A running clock passed a threshold without the step it waits for: {@code alert} is
 * {@code SCREENING_DUE_SOON}, {@code SCREENING_OVERDUE}, {@code REFERRAL_DUE_SOON} or
 * {@code REFERRAL_OVERDUE}; {@code referralId} is null for a screening. Published once per item and
 * threshold, whatever the number of instances.
 */
public record CaseEscalated(CaseId caseId, UUID referralId, String alert) {
}
