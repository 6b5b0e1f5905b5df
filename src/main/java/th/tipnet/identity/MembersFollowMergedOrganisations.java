package th.tipnet.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.directory.OrganisationsMerged;

/**
 * When a duplicate organisation is merged into another, its members move with it, in the same
 * transaction as the merge, so no account is left in a retired organisation.
 */
@Component
class MembersFollowMergedOrganisations {

	private final Users users;

	private final AccessRevocation revocation;

	private final AuditTrail audit;

	private final Clock clock;

	MembersFollowMergedOrganisations(Users users, AccessRevocation revocation, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.users = users;
		this.revocation = revocation;
		this.audit = audit;
	}

	@EventListener
	public void on(OrganisationsMerged merged) {
		for (User user : users.findByOrganisationId(merged.duplicateId())) {
			user.assign(new User.Membership(merged.survivorId(), user.provinceCode(), user.roles()), clock.instant());
			audit.record(IdentityAudit.USER, user.id(), IdentityAudit.USER_MOVED, revocation.everything(user)
				.notedIn(Changes.none().field("organisationId", merged.duplicateId(), merged.survivorId())));
		}
	}
}
