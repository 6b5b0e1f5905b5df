package th.tipnet.common;

import java.util.UUID;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: a signed-in user, a named caller that is not (yet) signed in, or the system. */
public record Actor(UUID userId, String name, UUID organisationId) {

	public static final Actor SYSTEM = new Actor(null, "system", null);

	/** Implemented by the signed-in principal so modules can name the actor without knowing accounts. */
	public interface Source {

		UUID userId();

		String username();

		UUID organisationId();
	}

	/** A caller identified only by the name they gave (a failed sign-in): not verified, never trusted. */
	public static Actor unverified(String name) {
		String safe = name == null ? "" : name.strip();
		return new Actor(null, safe.length() > 64 ? safe.substring(0, 64) : safe, null);
	}

	public static Actor current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken) {
			return auth == null ? SYSTEM : new Actor(null, "anonymous", null);
		}
		if (auth.getPrincipal() instanceof Source s) {
			return new Actor(s.userId(), s.username(), s.organisationId());
		}
		return new Actor(null, auth.getName(), null);
	}
}
