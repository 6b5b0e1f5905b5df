package th.tipnet.identity;

/**
 * What a user may do. Later features add roles (case workers, judges, event organisers) by adding
 * constants here and rules in their own module: roles are stored by name, so nothing is reworked.
 */
public enum Role {

	/** Runs the platform: every account, every organisation, the audit log and security policy. */
	SYSTEM_ADMIN,

	/** The national anti-trafficking division: network-wide coordination. */
	NETWORK_COORDINATOR,

	/** Coordinates the network in one province. */
	PROVINCIAL_COORDINATOR,

	/** Manages its own organisation's profile and users. */
	ORG_ADMIN,

	/** Organises its organisation's events: registrations, check-in, badges. */
	EVENT_ORGANISER,

	/** A member of a network organisation. */
	MEMBER,

	/** Records and follows its organisation's NRM cases: intake, screening, referrals. */
	CASE_WORKER,

	/** Leads its organisation's case workers and signs off their screening decisions. */
	CASE_SUPERVISOR,

	/** Sits on an award category's judging panel: scores the nominations it has no conflict with. */
	JUDGE;

	public String authority() {
		return "ROLE_" + name();
	}
}
