package th.tipnet.cases;

/** Where a case stands in the NRM. */
enum CaseStatus {

	/** Opened at intake; the screening clock runs. */
	AWAITING_SCREENING,

	/** The team decided; a supervisor has yet to sign off. */
	AWAITING_SIGN_OFF,

	/** Signed off: identified as a victim of trafficking. */
	IDENTIFIED_VICTIM,

	/** Signed off: not a victim of trafficking, sent on by its route. */
	NOT_A_VICTIM,

	/** Signed off: the team could not decide. */
	UNDETERMINED
}
