package th.tipnet.directory;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/**
 * The directory is public reading. Editing, importing and the verification list are for the roles
 * that edit some part of it; {@link DirectoryEditing} then narrows each editor to its own scope.
 */
@Component
class DirectoryAccess implements HttpAuthorizationRules {

	/** Roles that may edit at least one organisation (role names: the identity module owns the roles). */
	static final String[] EDITORS = { "SYSTEM_ADMIN", "NETWORK_COORDINATOR", "PROVINCIAL_COORDINATOR", "ORG_ADMIN" };

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/organizations", "/api/v1/services").hasAnyRole(EDITORS);
		rules.requestMatchers("/directory/services", "/directory/services/**").hasAnyRole(EDITORS);
		rules.requestMatchers("/directory/synonyms", "/directory/synonyms/**", "/api/v1/search-synonyms", "/api/v1/search-synonyms/*")
			.hasAnyRole(EDITORS);
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/organizations/*").hasAnyRole(EDITORS);
		rules.requestMatchers("/directory/organisations/new", "/directory/organisations/*/edit", "/directory/import",
				"/directory/import/**", "/directory/due-for-verification")
			.hasAnyRole(EDITORS);
		rules.requestMatchers(HttpMethod.POST, "/directory/organisations/**").hasAnyRole(EDITORS);
		rules.requestMatchers(HttpMethod.GET, "/api/v1/provinces", "/api/v1/services", "/api/v1/organizations",
				"/api/v1/organizations/*", "/api/v1/directory/who-can-help", "/api/v1/directory/export.hsds.json")
			.permitAll();
		rules.requestMatchers(HttpMethod.GET, "/directory", "/directory/organisations/*", "/directory/who-can-help",
				"/directory/export.csv", "/directory/export.xlsx")
			.permitAll();
	}
}
