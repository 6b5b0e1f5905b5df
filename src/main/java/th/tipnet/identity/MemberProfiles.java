package th.tipnet.identity;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Actor;
import th.tipnet.common.MemberDetails;
import th.tipnet.common.security.CurrentUser;

/**
 * The signed-in member as other modules may see them, to save typing what the network already
 * knows (an event registration form fills in the member's name, e-mail and organisation); other modules read it
 * through {@link MemberDetails}, so they need not depend on identity.
 */
@Service
public class MemberProfiles implements MemberDetails {

	private final Users users;

	MemberProfiles(Users users) {
		this.users = users;
	}

	/** The member signed in on this request, if any (empty for visitors and half-way sign-ins). */
	@Transactional(readOnly = true)
	public Optional<UserView> signedIn() {
		if (!CurrentUser.signedIn() || Actor.current().userId() == null) {
			return Optional.empty();
		}
		return users.findById(Actor.current().userId()).filter(User::enabled).map(UserView::of);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Member> signedInMember() {
		return signedIn().map(u -> new Member(u.displayName(), u.email(), u.organisationId()));
	}
}
