package th.tipnet.cases;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/**
 * Group intake and unfinished intakes are for case workers and supervisors; an operation's or a
 * draft's own address is open to anyone signed in on purpose, as a case's is ({@link CaseAccess}):
 * the services answer "not found" to all but the owning organisation's case workers.
 */
@Component
class IntakeAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/cases/group", "/cases/drafts", "/api/v1/intake-drafts")
			.hasAnyRole(CaseAccess.CASE_ROLES);
		rules.requestMatchers(HttpMethod.POST, "/cases/group", "/api/v1/operations", "/api/v1/intake-drafts")
			.hasAnyRole(CaseAccess.CASE_ROLES);
	}
}
