package th.tipnet.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;

/**
 * Lists and intake are for case workers and supervisors. A single case's pages are open to anyone
 * signed in at this level on purpose: {@link Caseload} answers "not found" to all but the lead
 * organisation's case workers, so a case's existence shows neither in a 403 nor anywhere else.
 */
@Component
class CaseAccess implements HttpAuthorizationRules {

	static final String CASE_WORKER = "CASE_WORKER";

	static final String CASE_SUPERVISOR = "CASE_SUPERVISOR";

	static final String[] CASE_ROLES = { CASE_WORKER, CASE_SUPERVISOR };

	/** The lists are also the coordinators' (pseudonymised, see {@link Oversight}). */
	static final String[] CASE_AND_OVERSIGHT_ROLES = { CASE_WORKER, CASE_SUPERVISOR, Oversight.PROVINCIAL_COORDINATOR,
			Oversight.NETWORK_COORDINATOR };

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/cases", "/api/v1/cases").hasAnyRole(CASE_AND_OVERSIGHT_ROLES);
		rules.requestMatchers(HttpMethod.GET, "/cases/new", "/api/v1/referrals").hasAnyRole(CASE_ROLES);
		rules.requestMatchers(HttpMethod.POST, "/cases/new", "/api/v1/cases").hasAnyRole(CASE_ROLES);
	}

	@Bean
	static Feature casesFeature() {
		return new Feature(15, "/cases", "feature.cases.title", "feature.cases.summary", Feature.withRole(CASE_ROLES));
	}
}
