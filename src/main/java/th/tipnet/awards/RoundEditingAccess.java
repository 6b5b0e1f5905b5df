package th.tipnet.awards;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/** Opening and revising rounds is the secretariat's; {@link RoundDesk} checks it again. */
@Component
class RoundEditingAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/awards/new-round", "/awards/rounds/*/edit").hasAnyRole(Awards.SECRETARIAT);
		rules.requestMatchers(HttpMethod.POST, "/awards/new-round", "/awards/rounds/*/edit", "/api/v1/award-rounds")
			.hasAnyRole(Awards.SECRETARIAT);
	}
}
