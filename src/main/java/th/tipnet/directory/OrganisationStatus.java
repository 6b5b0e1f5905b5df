package th.tipnet.directory;

public enum OrganisationStatus {

	ACTIVE, INACTIVE

}
