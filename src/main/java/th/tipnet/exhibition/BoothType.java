package th.tipnet.exhibition;

/** What a booth shows, in the order the exhibition lists them. */
enum BoothType {

	/** An agency of the network shows its work. */
	AGENCY,
	/** The work of this year's award winners. */
	AWARD_WINNER,
	/** A model province driving the National Referral Mechanism. */
	MODEL_PROVINCE,
	/** Products made by survivors of trafficking: the only booths with products. */
	SURVIVOR_SHOWCASE
}
