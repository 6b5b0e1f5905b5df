package th.tipnet.forums;

/** What an organisation or a sector brought to a forum: a problem it meets in its work, or what it recommends. */
enum InputKind {

	PROBLEM, RECOMMENDATION;

	static InputKind named(String given) {
		for (InputKind k : values()) {
			if (k.name().equals(given)) {
				return k;
			}
		}
		return null;
	}
}
