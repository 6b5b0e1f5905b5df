package th.tipnet.awards;

/** Where a round stands at a moment, from its windows: each phase starts when the one before ends. */
enum Phase {

	/** Before the nomination window opens. */
	UPCOMING,
	/** Member organisations and provincial offices may nominate. */
	NOMINATING,
	/** Between the nomination and the judging windows: the secretariat checks eligibility. */
	CHECKING_ELIGIBILITY,
	/** The panels score the eligible nominations. */
	JUDGING,
	/** Scores are locked; the committee confirms the winners before the announcement. */
	DECIDING,
	/** The results are public. */
	ANNOUNCED
}
