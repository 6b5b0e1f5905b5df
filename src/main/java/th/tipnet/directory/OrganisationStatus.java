package th.tipnet.directory;

public enum OrganisationStatus {

	ACTIVE, INACTIVE,

	/** A duplicate merged into another record; kept for history, shown nowhere. */
	MERGED

}
