package th.tipnet.awards;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/** A rubric is public to read over the API, like its category; editing it is the secretariat's ({@link RubricDesk} checks again). */
@Component
class RubricAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/award-rounds/*/categories/*/criteria").permitAll();
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/award-rounds/*/categories/*/criteria").hasAnyRole(Awards.SECRETARIAT);
		rules.requestMatchers(HttpMethod.GET, "/awards/rounds/*/categories/*/rubric").hasAnyRole(Awards.SECRETARIAT);
		rules.requestMatchers(HttpMethod.POST, "/awards/rounds/*/categories/*/rubric").hasAnyRole(Awards.SECRETARIAT);
	}
}
