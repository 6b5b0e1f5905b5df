package th.tipnet.directory;

import java.util.UUID;

import th.tipnet.common.Actor;
import th.tipnet.common.security.CurrentUser;

/**
 * Which organisations the current user may edit: network coordinators and system administrators
 * all (and only they add, restructure, merge and deactivate); a provincial coordinator those that
 * cover its province; an organisation administrator its own.
 */
record EditingScope(boolean network, String province, UUID ownOrganisation) {

	static EditingScope current() {
		Actor actor = Actor.current();
		boolean network = CurrentUser.hasRole("SYSTEM_ADMIN") || CurrentUser.hasRole("NETWORK_COORDINATOR");
		String province = CurrentUser.hasRole("PROVINCIAL_COORDINATOR") ? actor.provinceCode() : null;
		UUID own = CurrentUser.hasRole("ORG_ADMIN") ? actor.organisationId() : null;
		return new EditingScope(network, province, own);
	}

	boolean mayEditAny() {
		return network || province != null || ownOrganisation != null;
	}

	boolean mayEdit(Organisation o) {
		return network || (province != null && o.provinceCodes().contains(province))
				|| (ownOrganisation != null && ownOrganisation.equals(o.id()));
	}

	/** Add organisations, change sector or parent, merge, deactivate. */
	boolean mayRestructure() {
		return network;
	}

	/** Sees the list of profiles due for verification: coordinators. */
	boolean coordinates() {
		return network || province != null;
	}
}
