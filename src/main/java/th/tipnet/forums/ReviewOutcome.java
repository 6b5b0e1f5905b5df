package th.tipnet.forums;

/** What a later forum found when it reviewed a recommendation or one of its actions. */
enum ReviewOutcome {

	ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, CARRIED_OVER;

	static ReviewOutcome named(String given) {
		for (ReviewOutcome o : values()) {
			if (o.name().equals(given)) {
				return o;
			}
		}
		return null;
	}
}
