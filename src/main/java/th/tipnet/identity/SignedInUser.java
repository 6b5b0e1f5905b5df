package th.tipnet.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import th.tipnet.common.Actor;

/**
 * The principal of a session or token: who, which organisation, which province, which roles. It is
 * serialised into the shared session store, so it holds ids and names only, and drops the password
 * hash once sign-in has checked it.
 */
final class SignedInUser implements UserDetails, CredentialsContainer, Actor.Source, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID userId;

	private final String username;

	private final String displayName;

	private final UUID organisationId;

	private final String provinceCode;

	private final Set<Role> roles;

	private final boolean enabled;

	/** The account's security stamp at sign-in: a session whose stamp is no longer current ends. */
	private final long securityStamp;

	private String passwordHash;

	SignedInUser(User user) {
		this.userId = user.id();
		this.username = user.username();
		this.displayName = user.displayName();
		this.organisationId = user.organisationId();
		this.provinceCode = user.provinceCode();
		this.roles = Set.copyOf(user.roles());
		this.enabled = user.enabled();
		this.securityStamp = user.securityStamp();
		this.passwordHash = user.passwordHash();
	}

	/** The authorities of a user who has completed every sign-in step. */
	List<GrantedAuthority> fullAuthorities() {
		var list = new java.util.ArrayList<GrantedAuthority>();
		roles.forEach(r -> list.add(new SimpleGrantedAuthority(r.authority())));
		list.add(new SimpleGrantedAuthority(th.tipnet.common.security.CurrentUser.SIGNED_IN));
		return list;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return fullAuthorities();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public UUID userId() {
		return userId;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public UUID organisationId() {
		return organisationId;
	}

	String displayName() {
		return displayName;
	}

	@Override
	public String provinceCode() {
		return provinceCode;
	}

	long securityStamp() {
		return securityStamp;
	}

	Set<Role> roles() {
		return roles;
	}

	boolean has(Role role) {
		return roles.contains(role);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SignedInUser other && other.userId.equals(userId);
	}

	@Override
	public int hashCode() {
		return userId.hashCode();
	}

	@Override
	public String toString() {
		// Never the name: principals end up in logs through framework messages.
		return "SignedInUser[" + userId + "]";
	}
}
