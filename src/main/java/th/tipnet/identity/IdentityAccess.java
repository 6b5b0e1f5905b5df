package th.tipnet.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/**
 * Account administration is for administrators of some scope; the service then narrows each one to
 * its own scope. A member never reaches these endpoints, not even to have a bad request refused.
 */
@Component
class IdentityAccess implements HttpAuthorizationRules {

	static final String[] ADMINISTRATORS = { Role.SYSTEM_ADMIN.name(), Role.NETWORK_COORDINATOR.name(),
			Role.PROVINCIAL_COORDINATOR.name(), Role.ORG_ADMIN.name() };

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/admin/users", "/admin/users/**", "/api/v1/users", "/api/v1/users/**")
			.hasAnyRole(ADMINISTRATORS);
	}
}
