package th.tipnet.common.web;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/**
 * The administration features (those under {@code /admin/}) are gathered on one page, {@code /admin},
 * which the header links to for whoever may use at least one of them.
 */
@Configuration(proxyBeanMethods = false)
class Administration {

	static boolean covers(Feature feature) {
		return feature.path().startsWith("/admin/");
	}

	static Predicate<Authentication> mayUse(List<Feature> features) {
		return auth -> features.stream().anyMatch(f -> covers(f) && f.mayUse().test(auth));
	}

	@Bean
	static NavigationLink administrationLink(List<Feature> features) {
		return new NavigationLink(80, "/admin", "layout.administration", mayUse(features));
	}

	@Bean
	static NavigationLink directoryLink() {
		return new NavigationLink(10, "/directory", "nav.directory", Feature.anyone());
	}

	@Bean
	static NavigationLink eventsLink() {
		return new NavigationLink(20, "/events", "nav.events", Feature.anyone());
	}
}
