package th.tipnet.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An account as pages and the API show it: never its password hash or second-factor secret. */
public record UserView(UUID id, String username, String displayName, String email, UUID organisationId, Set<Role> roles,
		String provinceCode, boolean enabled, boolean totpEnabled, Instant createdAt, long version) {

	static UserView of(User u) {
		return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.organisationId(), u.roles(),
				u.provinceCode(), u.enabled(), u.totpEnabled(), u.createdAt(), u.version());
	}
}
