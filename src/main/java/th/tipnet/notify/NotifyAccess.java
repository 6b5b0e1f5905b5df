package th.tipnet.notify;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;
import th.tipnet.common.web.NavigationLink;

/**
 * Only system administrators read the outbox; they find it on the home page and in the header. Every
 * signed-in reader has notices (the default rule, "signed in", covers their pages and API): the
 * service shows each reader only their own.
 */
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

	/** Every signed-in reader has notices: the header shows the link with their unread count. */
	@Bean
	NavigationLink noticesLink(Notices notices) {
		return new NavigationLink(5, "/notices", "notify.notices.title", Feature.signedIn(), notices::unread);
	}

	@Bean
	static NavigationLink outboxLink() {
		return new NavigationLink(90, "/admin/outbox", "notify.outbox.title", Feature.withRole(Outbox.ROLE));
	}
}
