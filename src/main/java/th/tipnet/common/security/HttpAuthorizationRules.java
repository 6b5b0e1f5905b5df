package th.tipnet.common.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL rules, contributed to the web security chain, so each module declares who may
 * reach its pages and the identity module need not know them. Rules apply before the default
 * ("signed in"); services check scope again, since a URL rule alone is not need-to-know.
 */
public interface HttpAuthorizationRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
