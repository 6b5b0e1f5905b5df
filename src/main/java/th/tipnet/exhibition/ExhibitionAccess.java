package th.tipnet.exhibition;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.events.EventPageLinks;
import th.tipnet.events.EventSummary;

/**
 * The exhibition, its map and product photos are public; allocating booths is for those who manage
 * the event (its pages sit under the events module's {@code /events/*}{@code /organise/**} rule),
 * checked again by {@link Exhibitors}. The event page links here when there is something to see.
 */
@Component
class ExhibitionAccess implements HttpAuthorizationRules, EventPageLinks {

	static final String[] MANAGERS = { "SYSTEM_ADMIN", "NETWORK_COORDINATOR", "EVENT_ORGANISER" };

	private final Exhibitors exhibitors;

	ExhibitionAccess(Exhibitors exhibitors) {
		this.exhibitors = exhibitors;
	}

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/events/*/exhibition", "/events/*/exhibition/products/*/photo",
				"/api/v1/events/*/booths")
			.permitAll();
		rules.requestMatchers(HttpMethod.POST, "/api/v1/events/*/booths").hasAnyRole(MANAGERS);
	}

	@Override
	public List<Link> linksFor(EventSummary event, boolean manages) {
		List<Link> links = new ArrayList<>();
		if (exhibitors.hasBooths(event.id().value())) {
			links.add(new Link("/events/" + event.slug() + "/exhibition", "exhibition.title", false));
		}
		if (manages) {
			links.add(new Link("/events/" + event.slug() + "/organise/exhibition", "exhibition.organise", true));
		}
		return links;
	}
}
