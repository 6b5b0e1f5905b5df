package th.tipnet.forums;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;
import th.tipnet.common.web.NavigationLink;

/**
 * Forums are the network's own: the default rule (signed in) covers reading them. Recording one is for
 * network coordinators and event organisers, said here first and checked again, per event, by
 * {@link ForumRecords}; adding to a recorded forum is decided there (its chair and recorders).
 */
@Component
class ForumAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/forums", "/forums/new")
			.hasAnyRole(ForumRecords.NETWORK_COORDINATOR, ForumRecords.EVENT_ORGANISER);
		rules.requestMatchers(HttpMethod.GET, "/forums/new")
			.hasAnyRole(ForumRecords.NETWORK_COORDINATOR, ForumRecords.EVENT_ORGANISER);
	}

	@Bean
	static Feature forumsFeature() {
		return new Feature(30, "/forums", "feature.forums.title", "feature.forums.summary", Feature.signedIn());
	}

	@Bean
	static NavigationLink forumsLink() {
		return new NavigationLink(20, "/forums", "nav.forums", Feature.signedIn());
	}
}
