package th.tipnet.forums;

/** What a problem or recommendation is about: the network's working areas, as forums group them. */
enum Theme {

	IDENTIFICATION_SCREENING, REFERRAL, SHELTERS_PROTECTION, LEGAL_PROCESS, LABOUR, FISHERIES, ONLINE_CYBER,
	REPATRIATION, DATA_SHARING, FUNDING, OTHER;

	/** The theme named {@code given}, or null when it names none. */
	static Theme named(String given) {
		for (Theme t : values()) {
			if (t.name().equals(given)) {
				return t;
			}
		}
		return null;
	}
}
