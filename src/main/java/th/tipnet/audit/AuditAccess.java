package th.tipnet.audit;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;

/** Only system administrators read the audit log. */
@Component
class AuditAccess implements HttpAuthorizationRules {

	static final String ROLE = "SYSTEM_ADMIN";

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/admin/audit", "/admin/audit/**", "/api/v1/audit", "/api/v1/audit/**")
			.hasRole(ROLE);
	}

	@org.springframework.context.annotation.Bean
	static Feature auditFeature() {
		return new Feature(88, "/admin/audit", "feature.audit.title", "feature.audit.summary", Feature.withRole(ROLE));
	}
}
