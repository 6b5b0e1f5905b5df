package th.tipnet.cases;

/** Where a case stands in the NRM. */
enum CaseStatus {

	/** Opened at intake; the screening clock runs. */
	AWAITING_SCREENING
}
