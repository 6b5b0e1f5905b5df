package th.tipnet.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import th.tipnet.directory.Directory;
import th.tipnet.directory.ProvinceCode;

/**
 * Whose accounts an administrator may see and change, and which roles they may hand out:
 * a system administrator everyone's and every role; a network coordinator everyone's but system
 * administrators; a provincial coordinator those of organisations in their province; an
 * organisation administrator those of their own organisation. The last two hand out only
 * organisation-administrator and member.
 */
record AdministrationScope(boolean everyOrganisation, Set<UUID> organisations, Set<Role> assignableRoles) {

	// An organisation administrator staffs its own organisation, case workers and supervisors included (they still need two-step sign-in).
	private static final Set<Role> LOCAL_ROLES = EnumSet.of(Role.ORG_ADMIN, Role.EVENT_ORGANISER, Role.CASE_WORKER,
			Role.CASE_SUPERVISOR, Role.MEMBER);

	static AdministrationScope of(SignedInUser admin, Directory directory) {
		if (admin.has(Role.SYSTEM_ADMIN)) {
			return new AdministrationScope(true, Set.of(), EnumSet.allOf(Role.class));
		}
		if (admin.has(Role.NETWORK_COORDINATOR)) {
			return new AdministrationScope(true, Set.of(), EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN)));
		}
		Set<UUID> organisations = new java.util.HashSet<>();
		if (admin.has(Role.PROVINCIAL_COORDINATOR) && admin.provinceCode() != null) {
			organisations.addAll(directory.organisationIdsCovering(ProvinceCode.of(admin.provinceCode())));
		}
		if (admin.has(Role.ORG_ADMIN)) {
			organisations.add(admin.organisationId());
		}
		return new AdministrationScope(false, Set.copyOf(organisations),
				organisations.isEmpty() ? Set.of() : LOCAL_ROLES);
	}

	boolean isAdministrator() {
		return everyOrganisation || !organisations.isEmpty();
	}

	boolean covers(UUID organisationId) {
		return everyOrganisation || organisations.contains(organisationId);
	}

	/** May see and change this account: its organisation is in scope and it holds no role beyond ours. */
	boolean mayManage(User user) {
		return covers(user.organisationId()) && assignableRoles.containsAll(user.roles());
	}

	boolean mayAssign(Set<Role> roles) {
		return assignableRoles.containsAll(roles);
	}
}
