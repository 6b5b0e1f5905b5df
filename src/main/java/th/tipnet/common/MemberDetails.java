package th.tipnet.common;

import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in member as other modules may see them, to save typing what the network already knows (an event
 * registration form fills in the member's name, e-mail and organisation), without depending on the module that
 * keeps accounts: identity implements it, as it does {@link Recipients}.
 */
public interface MemberDetails {

	/** What the network knows of a member: their name, their address and their organisation (null when none). */
	record Member(String displayName, String email, UUID organisationId) {
	}

	/** The member signed in on this request, if any (empty for visitors and half-way sign-ins). */
	Optional<Member> signedInMember();
}
