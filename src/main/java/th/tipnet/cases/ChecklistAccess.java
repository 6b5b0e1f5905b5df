package th.tipnet.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;

/**
 * The screening checklist is read by whoever screens or oversees cases and changed only by a network
 * coordinator: a provincial coordinator oversees one province's cases but not the network's checklist.
 * {@link Checklist} checks the same again, so no other way in can change it.
 */
@Component
class ChecklistAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/cases/checklist", "/cases/checklist/**", "/api/v1/screening-indicators",
				"/api/v1/screening-indicators/**").hasAnyRole(CaseAccess.CASE_AND_OVERSIGHT_ROLES);
		rules.requestMatchers("/cases/checklist", "/cases/checklist/**", "/api/v1/screening-indicators",
				"/api/v1/screening-indicators/**").hasRole(Oversight.NETWORK_COORDINATOR);
	}

	@Bean
	static Feature screeningChecklistFeature() {
		return new Feature(17, "/cases/checklist", "feature.screeningChecklist.title", "feature.screeningChecklist.summary",
				Feature.withRole(Oversight.NETWORK_COORDINATOR));
	}
}
