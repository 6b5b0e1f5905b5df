/**
 * Users, roles, organisation membership, sign-in (password, TOTP second factor, throttling), API
 * tokens and the administration of accounts within each administrator's scope.
 */
@ApplicationModule(displayName = "Identity")
package th.tipnet.identity;

import org.springframework.modulith.ApplicationModule;
