package th.tipnet.awards;

/** The secretariat's finding on a submitted nomination: only an eligible one goes to the judges. */
enum Eligibility {
	ELIGIBLE, INELIGIBLE
}
