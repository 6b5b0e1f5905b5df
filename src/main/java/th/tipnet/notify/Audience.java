package th.tipnet.notify;

import java.util.Set;
import java.util.UUID;

/**
 * Whom a notice is for: the holders of some roles in one organisation, the holders of some roles in
 * one province (its coordinators), or one user. Exactly one of organisation, province and user.
 */
public record Audience(UUID organisationId, String provinceCode, UUID userId, Set<String> roles) {

	public Audience {
		int given = (organisationId == null ? 0 : 1) + (provinceCode == null ? 0 : 1) + (userId == null ? 0 : 1);
		if (given != 1) {
			throw new IllegalArgumentException("a notice goes to exactly one organisation, province or user");
		}
		roles = Set.copyOf(roles);
		if (userId == null && roles.isEmpty()) {
			throw new IllegalArgumentException("a notice to an organisation or a province names the roles it is for");
		}
	}

	public static Audience organisation(UUID organisationId, String... roles) {
		return new Audience(organisationId, null, null, Set.of(roles));
	}

	public static Audience province(String provinceCode, String... roles) {
		return new Audience(null, provinceCode, null, Set.of(roles));
	}

	public static Audience user(UUID userId) {
		return new Audience(null, null, userId, Set.of());
	}
}
