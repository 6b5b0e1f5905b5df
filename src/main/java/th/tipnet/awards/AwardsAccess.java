package th.tipnet.awards;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;
import th.tipnet.common.web.NavigationLink;

/**
 * The rounds and their categories are public, like the Ministry's announcement of them; the header
 * leads there. Nominating is for organisations' administrators and provincial coordinators, reading
 * nominations also for the secretariat; {@link NominationDesk} narrows each to its own organisation's.
 */
@Component
class AwardsAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/awards", "/awards/rounds/*", "/api/v1/award-rounds",
				"/api/v1/award-rounds/*/categories")
			.permitAll();
		String[] readers = { NominationDesk.ORG_ADMIN, NominationDesk.PROVINCIAL_COORDINATOR, Awards.NETWORK_COORDINATOR,
				Awards.SYSTEM_ADMIN };
		rules.requestMatchers(HttpMethod.GET, "/awards/rounds/*/nominations", "/awards/nominations/*",
				"/api/v1/award-rounds/*/nominations", "/api/v1/nominations/*")
			.hasAnyRole(readers);
		rules.requestMatchers(HttpMethod.GET, "/awards/rounds/*/nominate").hasAnyRole(NominationDesk.NOMINATORS);
		rules.requestMatchers(HttpMethod.POST, "/awards/rounds/*/nominate", "/awards/nominations/*/submit",
				"/awards/nominations/*/withdraw", "/api/v1/award-rounds/*/nominations", "/api/v1/nominations/*/submit",
				"/api/v1/nominations/*/withdraw")
			.hasAnyRole(NominationDesk.NOMINATORS);
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/nominations/*").hasAnyRole(NominationDesk.NOMINATORS);
	}

	@Bean
	static NavigationLink awardsLink() {
		return new NavigationLink(25, "/awards", "nav.awards", Feature.anyone());
	}
}
