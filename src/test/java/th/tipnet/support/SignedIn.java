package th.tipnet.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import th.tipnet.common.Actor;
import th.tipnet.common.security.CurrentUser;

/**
 * A signed-in member of the network on the test's thread, for module tests that run without the
 * identity module (and so without its accounts): the roles and the organisation are what a service
 * checks. Closing it signs out.
 */
public final class SignedIn implements AutoCloseable {

	private SignedIn() {
	}

	public static SignedIn asNetworkCoordinator() {
		return as(null, "NETWORK_COORDINATOR");
	}

	/** A member of the organisation with the roles (names of {@code identity.Role}). */
	public static SignedIn as(UUID organisationId, String... roles) {
		List<String> authorities = new ArrayList<>(List.of(CurrentUser.SIGNED_IN));
		for (String role : roles) {
			authorities.add("ROLE_" + role);
		}
		Member member = new Member(UUID.randomUUID(), "module-test-" + String.join("-", roles).toLowerCase(), organisationId);
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(member, null, authorities.toArray(String[]::new)));
		return new SignedIn();
	}

	@Override
	public void close() {
		SecurityContextHolder.clearContext();
	}

	private record Member(UUID userId, String username, UUID organisationId) implements Actor.Source {

		@Override
		public String provinceCode() {
			return null;
		}
	}
}
