package th.tipnet.awards;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/**
 * The results: the ranking, the committee's confirmation, publishing and the ceremony's order are
 * the secretariat's; a round's results page and its API are open to anybody, and the services answer
 * 404 until the results are published (the secretariat sees them confirmed, before publication).
 */
@Component
class ResultsAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/awards/rounds/*/results", "/api/v1/award-rounds/*/results").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/awards/rounds/*/ranking", "/awards/rounds/*/ceremony",
				"/api/v1/award-rounds/*/categories/*/ranking")
			.hasAnyRole(Awards.SECRETARIAT);
		rules.requestMatchers(HttpMethod.POST, "/awards/rounds/*/categories/*/normalise", "/awards/rounds/*/categories/*/confirm",
				"/awards/rounds/*/publish", "/awards/rounds/*/ceremony", "/api/v1/award-rounds/*/categories/*/confirmation",
				"/api/v1/award-rounds/*/results/publication")
			.hasAnyRole(Awards.SECRETARIAT);
	}
}
