package th.tipnet.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;
import th.tipnet.common.web.NavigationLink;

/**
 * The incoming referrals page is for case workers and supervisors, and in their header. A single
 * referral's pages, like a case's, are open to anyone signed in on purpose: {@link ReferralDesk}
 * answers "not found" to every organisation but the referral's own two sides.
 */
@Component
class ReferralAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/referrals/incoming").hasAnyRole(CaseAccess.CASE_ROLES);
	}

	@Bean
	static NavigationLink incomingReferralsLink() {
		return new NavigationLink(16, "/referrals/incoming", "cases.incoming.title", Feature.withRole(CaseAccess.CASE_ROLES));
	}
}
