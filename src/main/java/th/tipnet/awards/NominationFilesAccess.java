package th.tipnet.awards;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/** A nomination's files: its readers download them, its nominators attach; {@link NominationFiles} narrows both. */
@Component
class NominationFilesAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/awards/nominations/*/attachments/*")
			.hasAnyRole(NominationDesk.ORG_ADMIN, NominationDesk.PROVINCIAL_COORDINATOR, Awards.NETWORK_COORDINATOR,
					Awards.SYSTEM_ADMIN);
		rules.requestMatchers(HttpMethod.POST, "/awards/nominations/*/attachments").hasAnyRole(NominationDesk.NOMINATORS);
		rules.requestMatchers(HttpMethod.GET, "/api/v1/nominations/*/attachments", "/api/v1/nominations/*/attachments/*")
			.hasAnyRole(NominationDesk.ORG_ADMIN, NominationDesk.PROVINCIAL_COORDINATOR, Awards.NETWORK_COORDINATOR,
					Awards.SYSTEM_ADMIN);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/nominations/*/attachments", "/awards/nominations/*/attachments/*/remove")
			.hasAnyRole(NominationDesk.NOMINATORS);
		rules.requestMatchers(HttpMethod.DELETE, "/api/v1/nominations/*/attachments/*").hasAnyRole(NominationDesk.NOMINATORS);
	}
}
