/**
 * Users, roles, organisation membership, sign-in (password, TOTP second factor, throttling), API
 * tokens and the administration of accounts within each administrator's scope. Public API:
 * {@link th.tipnet.identity.Role}, {@link th.tipnet.identity.UserView},
 * {@link th.tipnet.identity.MemberProfiles} and the event
 * {@link th.tipnet.identity.PasswordResetRequested}; the rest, controllers included, is package-private.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "common", "common :: *", "directory", "audit" })
package th.tipnet.identity;

import org.springframework.modulith.ApplicationModule;
