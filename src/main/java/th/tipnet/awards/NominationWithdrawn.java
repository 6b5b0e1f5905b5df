package th.tipnet.awards;

/** A nomination was withdrawn by its nominator before the deadline. */
public record NominationWithdrawn(NominationId nominationId, RoundId roundId) {
}
