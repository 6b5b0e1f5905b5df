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
 * Judging: the eligibility check and the panels are the secretariat's; scoring and declaring a
 * conflict are the judges'; a nomination's scores are read by both ({@link JudgeDesk} and the
 * queries narrow a judge to what they may see). The header leads judges to their nominations.
 */
@Component
class JudgingAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/awards/rounds/*/eligibility", "/awards/nominations/*/eligibility",
				"/awards/rounds/*/panels")
			.hasAnyRole(Awards.SECRETARIAT);
		rules.requestMatchers(HttpMethod.POST, "/awards/nominations/*/eligibility", "/awards/rounds/*/panels",
				"/awards/conflicts/*/dismiss")
			.hasAnyRole(Awards.SECRETARIAT);
		rules.requestMatchers(HttpMethod.GET, "/awards/judging", "/awards/judging/*").hasRole(JudgeDesk.JUDGE);
		rules.requestMatchers(HttpMethod.POST, "/awards/judging/*/scores", "/awards/judging/*/conflict").hasRole(JudgeDesk.JUDGE);
		rules.requestMatchers(HttpMethod.GET, "/api/v1/nominations/*/scores")
			.hasAnyRole(JudgeDesk.JUDGE, Awards.NETWORK_COORDINATOR, Awards.SYSTEM_ADMIN);
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/nominations/*/scores").hasRole(JudgeDesk.JUDGE);
	}

	@Bean
	static NavigationLink judgingLink() {
		return new NavigationLink(26, "/awards/judging", "nav.judging", Feature.withRole(JudgeDesk.JUDGE));
	}
}
