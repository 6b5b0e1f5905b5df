package th.tipnet.awards;

/** Who a category's award goes to: a person, an organisation of the directory, or a province. */
enum NomineeKind {
	PERSON, ORGANISATION, PROVINCE
}
