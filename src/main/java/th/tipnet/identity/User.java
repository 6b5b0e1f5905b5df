package th.tipnet.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tipnet.common.DomainException;

/**
 * An account. Belongs to exactly one organisation; a provincial coordinator also to one province.
 * State changes only through the verbs below, each of which checks what it may change.
 */
@Entity
@Table(name = "app_user")
class User {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private String email;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "province_code")
	private String provinceCode;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(nullable = false)
	private boolean enabled;

	/** The TOTP secret, sealed with the platform key; never stored in clear. */
	@Column(name = "totp_secret")
	private String totpSecret;

	@Column(name = "totp_enabled", nullable = false)
	private boolean totpEnabled;

	/** The last TOTP time step accepted, so a code is never accepted twice. */
	@Column(name = "totp_last_step", nullable = false)
	private long totpLastStep;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new LinkedHashSet<>();

	/**
	 * Raised by every change to what the account's sign-ins may do (roles, organisation, province,
	 * password, disabling): a session signed in under an older stamp is ended on its next request.
	 */
	@Column(name = "security_stamp", nullable = false)
	private long securityStamp;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected User() {
	}

	/** A new account with a password its owner must change at first sign-in (unless told otherwise). */
	static User register(Username username, String displayName, String email, Membership membership,
			String passwordHash, boolean mustChangePassword, Instant at) {
		User u = new User();
		u.id = UUID.randomUUID();
		u.username = username.value();
		u.displayName = displayName;
		u.email = email;
		u.apply(membership);
		u.passwordHash = passwordHash;
		u.mustChangePassword = mustChangePassword;
		u.enabled = true;
		u.createdAt = at;
		u.updatedAt = u.createdAt;
		u.passwordChangedAt = u.createdAt;
		return u;
	}

	void updateProfile(String displayName, String email, Instant at) {
		this.displayName = displayName;
		this.email = email;
		touch(at);
	}

	/** Changes organisation, province and roles; a real change ends the account's sessions and tokens. */
	void assign(Membership membership, Instant at) {
		boolean changed = !membership.organisationId().equals(organisationId)
				|| !java.util.Objects.equals(membership.provinceCode(), provinceCode) || !membership.roles().equals(roles());
		apply(membership);
		if (changed) {
			securityStamp++;
		}
		touch(at);
	}

	/** The owner's own choice of address, where password-reset links go. */
	void changeEmail(String email, Instant at) {
		this.email = email;
		touch(at);
	}

	private void apply(Membership membership) {
		this.organisationId = membership.organisationId();
		this.provinceCode = membership.provinceCode();
		this.roles.clear();
		this.roles.addAll(membership.roles());
	}

	void disable(Instant at) {
		if (!enabled) {
			throw DomainException.conflict("identity.user.alreadyDisabled");
		}
		enabled = false;
		securityStamp++;
		touch(at);
	}

	void enable(Instant at) {
		if (enabled) {
			throw DomainException.conflict("identity.user.alreadyEnabled");
		}
		enabled = true;
		touch(at);
	}

	/** The owner chose a new password. */
	void changePassword(String newHash, Instant at) {
		passwordHash = newHash;
		mustChangePassword = false;
		passwordChangedAt = at;
		securityStamp++;
		touch(at);
	}

	/** An administrator set a temporary password; the owner must replace it at next sign-in. */
	void resetPassword(String temporaryHash, Instant at) {
		passwordHash = temporaryHash;
		mustChangePassword = true;
		passwordChangedAt = at;
		securityStamp++;
		touch(at);
	}

	void enrolTotp(String sealedSecret, long confirmedStep, Instant at) {
		totpSecret = sealedSecret;
		totpEnabled = true;
		totpLastStep = confirmedStep;
		touch(at);
	}

	void removeTotp(Instant at) {
		totpSecret = null;
		totpEnabled = false;
		totpLastStep = 0;
		touch(at);
	}

	/** Accepts a TOTP time step once: a replayed or older code is refused. */
	boolean acceptTotpStep(long step) {
		if (step <= totpLastStep) {
			return false;
		}
		totpLastStep = step;
		return true;
	}

	private void touch(Instant at) {
		updatedAt = at;
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String email() {
		return email;
	}

	UUID organisationId() {
		return organisationId;
	}

	String provinceCode() {
		return provinceCode;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	boolean enabled() {
		return enabled;
	}

	String totpSecret() {
		return totpSecret;
	}

	boolean totpEnabled() {
		return totpEnabled;
	}

	Set<Role> roles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	boolean has(Role role) {
		return roles.contains(role);
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long securityStamp() {
		return securityStamp;
	}

	long version() {
		return version;
	}

	/** The organisation, province and roles an account holds; checked when built. */
	record Membership(UUID organisationId, String provinceCode, Set<Role> roles) {

		Membership {
			if (organisationId == null) {
				throw DomainException.invalid("organisationId", "identity.organisation.required");
			}
			if (roles == null || roles.isEmpty()) {
				throw DomainException.invalid("roles", "identity.roles.required");
			}
			boolean provincial = roles.contains(Role.PROVINCIAL_COORDINATOR);
			if (provincial && (provinceCode == null || provinceCode.isBlank())) {
				throw DomainException.invalid("provinceCode", "identity.province.requiredForProvincial");
			}
			if (!provincial) {
				provinceCode = null;
			}
			roles = Set.copyOf(roles);
		}
	}
}
