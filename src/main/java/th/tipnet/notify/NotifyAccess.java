package th.tipnet.notify;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;
import th.tipnet.common.web.NavigationLink;

/** Only system administrators read the outbox; they find it on the home page and in the header. */
@Component
class NotifyAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/admin/outbox", "/admin/outbox/**").hasRole(Outbox.ROLE);
	}

	@Bean
	static Feature outboxFeature() {
		return new Feature(89, "/admin/outbox", "feature.outbox.title", "feature.outbox.summary", Feature.withRole(Outbox.ROLE));
	}

	@Bean
	static NavigationLink outboxLink() {
		return new NavigationLink(90, "/admin/outbox", "notify.outbox.title", Feature.withRole(Outbox.ROLE));
	}
}
