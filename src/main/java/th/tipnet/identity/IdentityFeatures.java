package th.tipnet.identity;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tipnet.common.web.Feature;

/** What identity offers on the home page. */
@Configuration(proxyBeanMethods = false)
class IdentityFeatures {

	@Bean
	Feature accountFeature() {
		return new Feature(90, "/account", "feature.account.title", "feature.account.summary", Feature.signedIn());
	}

	@Bean
	Feature userAdministrationFeature() {
		return new Feature(80, "/admin/users", "feature.users.title", "feature.users.summary",
				Feature.withRole(IdentityAccess.ADMINISTRATORS));
	}

	@Bean
	Feature securityPolicyFeature() {
		return new Feature(85, "/admin/security", "feature.security.title", "feature.security.summary",
				Feature.withRole(Role.SYSTEM_ADMIN.name()));
	}

	@Bean
	Feature apiFeature() {
		return new Feature(95, "/swagger-ui/index.html", "feature.api.title", "feature.api.summary", Feature.anyone());
	}

}
