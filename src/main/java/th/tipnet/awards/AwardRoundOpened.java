package th.tipnet.awards;

/** A year's award round was opened with its categories and windows. */
public record AwardRoundOpened(RoundId roundId, int yearBe) {
}
