package th.tipnet.awards;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/**
 * The ceremony's documents (certificates, who gives and signs them, the prize list) are the
 * secretariat's alone; {@link RoundSigning} checks again in the services.
 */
@Component
class CeremonyAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/awards/rounds/*/certificates", "/awards/rounds/*/certificates/*",
				"/awards/rounds/*/certificates.zip", "/awards/rounds/*/prize-list.xlsx", "/api/v1/award-rounds/*/certificates",
				"/api/v1/award-rounds/*/certificates/*", "/api/v1/award-rounds/*/prize-list")
			.hasAnyRole(Awards.SECRETARIAT);
		rules.requestMatchers(HttpMethod.POST, "/awards/rounds/*/certificates/signing").hasAnyRole(Awards.SECRETARIAT);
	}
}
