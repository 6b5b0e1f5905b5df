package th.tipnet.forums;

/** Where a follow-up action stands: open, in progress, done, or dropped (with a reason). Done and dropped are final. */
enum ActionStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED;

	boolean closed() {
		return this == DONE || this == DROPPED;
	}

	static ActionStatus named(String given) {
		for (ActionStatus s : values()) {
			if (s.name().equals(given)) {
				return s;
			}
		}
		return null;
	}
}
