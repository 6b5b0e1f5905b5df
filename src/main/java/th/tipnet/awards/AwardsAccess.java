package th.tipnet.awards;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;
import th.tipnet.common.web.NavigationLink;

/** The rounds and their categories are public, like the Ministry's announcement of them; the header leads there. */
@Component
class AwardsAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/awards", "/awards/rounds/*", "/api/v1/award-rounds",
				"/api/v1/award-rounds/*/categories")
			.permitAll();
	}

	@Bean
	static NavigationLink awardsLink() {
		return new NavigationLink(25, "/awards", "nav.awards", Feature.anyone());
	}
}
