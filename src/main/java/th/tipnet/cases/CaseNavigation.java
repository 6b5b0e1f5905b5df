package th.tipnet.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tipnet.common.web.Feature;
import th.tipnet.common.web.NavigationLink;

/** The header's way to the cases, for case staff and for the coordinators who oversee them. */
@Configuration(proxyBeanMethods = false)
class CaseNavigation {

	@Bean
	static NavigationLink casesLink() {
		return new NavigationLink(15, "/cases", "nav.cases", Feature.withRole(CaseAccess.CASE_AND_OVERSIGHT_ROLES));
	}
}
