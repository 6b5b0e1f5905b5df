package th.tipnet.forums;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;

/**
 * A forum's public summary is for anybody; every other output of a forum (editing, marking public, the minutes, the
 * action lists, evidence files) is for signed-in members by the default rule, and decided per forum and action by
 * {@link ForumRevisions}, {@link ForumOutputs} and {@link ActionEvidence}.
 */
@Component
class ForumOutputsAccess implements HttpAuthorizationRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/forums/*/summary").permitAll();
	}
}
