package th.tipnet.awards;

/** The secretariat found a submitted nomination eligible: it goes to its category's judges. */
public record NominationFoundEligible(NominationId nominationId, RoundId roundId) {
}
