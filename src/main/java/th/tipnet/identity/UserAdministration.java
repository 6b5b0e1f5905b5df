package th.tipnet.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;

/**
 * Administrators' work on accounts, always within their {@link AdministrationScope}: an account
 * outside it is "not found", never "forbidden", so its existence is not disclosed.
 */
@Service
class UserAdministration {

	private final Users users;

	private final Directory directory;

	private final PasswordEncoder passwords;

	private final AccessRevocation revocation;

	private final AuditTrail audit;

	private final Clock clock;

	UserAdministration(Users users, Directory directory, PasswordEncoder passwords, AccessRevocation revocation,
			AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.users = users;
		this.directory = directory;
		this.passwords = passwords;
		this.revocation = revocation;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	AdministrationScope scope() {
		return AdministrationScope.of(currentAdmin(), directory);
	}

	@Transactional(readOnly = true)
	Page<User> list(String text, int page, int size) {
		AdministrationScope scope = requireAdministrator();
		String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
		Set<UUID> orgs = scope.organisations().isEmpty() ? Set.of(new UUID(0, 0)) : scope.organisations();
		return users.search(scope.everyOrganisation(), orgs, scope.assignableRoles(), like, PageRequest.of(page, size));
	}

	@Transactional(readOnly = true)
	User get(UUID id) {
		AdministrationScope scope = requireAdministrator();
		return users.findById(id).filter(scope::mayManage).orElseThrow(() -> DomainException.notFound("user"));
	}

	/** Creates an account with a temporary password, returned once so the administrator can hand it over. */
	@Transactional
	Created create(NewAccount account) {
		AdministrationScope scope = requireAdministrator();
		Username username = Username.of(account.username());
		User.Membership membership = checkMembership(scope, account.membership());
		if (users.existsByUsername(username.value())) {
			throw DomainException.invalid("username", "identity.username.taken");
		}
		String temporary = PasswordPolicy.temporary();
		User user = users.save(User.register(username, account.displayName().strip(), blankToNull(account.email()),
				membership, passwords.encode(temporary), true, clock.instant()));
		audit.record(IdentityAudit.USER, user.id(), IdentityAudit.USER_CREATED,
				Changes.none()
					.field("username", null, user.username())
					.field("organisationId", null, user.organisationId())
					.field("roles", null, user.roles())
					.field("provinceCode", null, user.provinceCode()));
		return new Created(user, temporary);
	}

	@Transactional
	User update(UUID id, long expectedVersion, AccountChange change) {
		AdministrationScope scope = requireAdministrator();
		User user = get(id);
		DomainException.requireVersion(user.version(), expectedVersion);
		User.Membership membership = checkMembership(scope, change.membership());
		var changes = Changes.none()
			.field("displayName", user.displayName(), change.displayName().strip())
			.field("email", user.email(), blankToNull(change.email()))
			.field("organisationId", user.organisationId(), membership.organisationId())
			.field("roles", user.roles(), membership.roles())
			.field("provinceCode", user.provinceCode(), membership.provinceCode());
		long stamp = user.securityStamp();
		Instant at = clock.instant();
		user.updateProfile(change.displayName().strip(), blankToNull(change.email()), at);
		user.assign(membership, at);
		users.saveAndFlush(user);
		if (user.securityStamp() != stamp) {
			// What the account may do changed: its open sessions and tokens must not keep the old rights.
			revocation.everything(user).notedIn(changes);
		}
		if (!changes.isEmpty()) {
			audit.record(IdentityAudit.USER, user.id(), IdentityAudit.USER_UPDATED, changes);
		}
		return user;
	}

	@Transactional
	User disable(UUID id, long expectedVersion) {
		User user = get(id);
		checkVersion(user, expectedVersion);
		if (user.id().equals(currentAdmin().userId())) {
			throw DomainException.conflict("identity.user.cannotDisableSelf");
		}
		user.disable(clock.instant());
		audit.record(IdentityAudit.USER, user.id(), IdentityAudit.USER_DISABLED, revocation.everything(user).notedIn(Changes.none()));
		return user;
	}

	@Transactional
	User enable(UUID id, long expectedVersion) {
		User user = get(id);
		checkVersion(user, expectedVersion);
		user.enable(clock.instant());
		audit.record(IdentityAudit.USER, user.id(), IdentityAudit.USER_ENABLED, Changes.none());
		return user;
	}

	/** Sets a temporary password the owner must change; ends their sessions and tokens. */
	@Transactional
	String resetPassword(UUID id, long expectedVersion) {
		User user = get(id);
		checkVersion(user, expectedVersion);
		String temporary = PasswordPolicy.temporary();
		user.resetPassword(passwords.encode(temporary), clock.instant());
		audit.record(IdentityAudit.USER, user.id(), IdentityAudit.PASSWORD_RESET,
				revocation.everything(user).notedIn(Changes.none().note("password", "temporary set")));
		return temporary;
	}

	private User.Membership checkMembership(AdministrationScope scope, User.Membership membership) {
		if (!directory.organisationExists(OrganisationId.of(membership.organisationId())) || !scope.covers(membership.organisationId())) {
			throw DomainException.invalid("organisationId", "identity.organisation.outOfScope");
		}
		if (!scope.mayAssign(membership.roles())) {
			throw DomainException.invalid("roles", "identity.roles.outOfScope");
		}
		if (membership.provinceCode() != null && !directory.provinceExists(membership.provinceCode())) {
			throw DomainException.invalid("provinceCode", "directory.province.unknown");
		}
		return membership;
	}

	private static void checkVersion(User user, long expected) {
		DomainException.requireVersion(user.version(), expected);
	}

	private AdministrationScope requireAdministrator() {
		AdministrationScope scope = scope();
		if (!scope.isAdministrator()) {
			throw DomainException.forbidden();
		}
		return scope;
	}

	static SignedInUser currentAdmin() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user
				&& auth.getAuthorities().stream().anyMatch(a -> "SIGNED_IN".equals(a.getAuthority()))) {
			return user;
		}
		throw DomainException.forbidden();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	record NewAccount(String username, String displayName, String email, User.Membership membership) {
	}

	record AccountChange(String displayName, String email, User.Membership membership) {
	}

	record Created(User user, String temporaryPassword) {
	}
}
