package th.tipnet.cases;

/** Where a name comes from: an identity document, another name the person uses, or as they told it. */
enum NameKind {
	LEGAL, ALIAS, AS_TOLD
}
