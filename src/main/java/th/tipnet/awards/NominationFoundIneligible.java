package th.tipnet.awards;

/** The secretariat found a submitted nomination ineligible: no judge sees or scores it. */
public record NominationFoundIneligible(NominationId nominationId, RoundId roundId) {
}
