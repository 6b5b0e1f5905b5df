package th.tipnet.directory;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/** The directory's provinces and organisations are public reading. */
@Component
class DirectoryAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/provinces", "/api/v1/services", "/api/v1/organizations",
				"/api/v1/organizations/*", "/api/v1/directory/who-can-help", "/api/v1/directory/export.hsds.json")
			.permitAll();
		rules.requestMatchers(HttpMethod.GET, "/directory", "/directory/organisations/*", "/directory/who-can-help",
				"/directory/export.csv", "/directory/export.xlsx")
			.permitAll();
	}
}
