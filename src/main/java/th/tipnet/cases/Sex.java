package th.tipnet.cases;

/** Sex as recorded beside the gender (HTCDS keeps gender only; services such as shelters ask for both). */
enum Sex {
	FEMALE, MALE, INTERSEX, UNKNOWN
}
