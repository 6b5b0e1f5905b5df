package th.tipnet.awards;

/** A nomination went to the secretariat, to be checked for eligibility before judging. */
public record NominationSubmitted(NominationId nominationId, RoundId roundId) {
}
