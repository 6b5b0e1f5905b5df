package th.tipnet.events;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.Feature;

/**
 * Event pages, registration and a participant's own private link are public (no account needed);
 * planning and the registration lists are for organisers, checked again by {@link EventPlanning}.
 */
@Component
class EventAccess implements HttpAuthorizationRules {

	static final String[] MANAGERS = { "SYSTEM_ADMIN", "NETWORK_COORDINATOR", "EVENT_ORGANISER" };

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// Before "/events/*": planning a new event is not an event's public page.
		rules.requestMatchers("/events/new").hasAnyRole(MANAGERS);
		rules.requestMatchers(HttpMethod.GET, "/events/registration/*/cancel").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/api/v1/events").hasAnyRole(MANAGERS);
		rules.requestMatchers(HttpMethod.GET, "/api/v1/events/*/registrations", "/api/v1/events/*/stats",
				"/api/v1/events/*/revocations")
			.hasAnyRole(MANAGERS);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/events/*/checkins", "/api/v1/events/*/registrations/*/mode", "/api/v1/events/*/cancel")
			.hasAnyRole(MANAGERS);
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/events/*").hasAnyRole(MANAGERS);
		rules.requestMatchers("/events/*/organise", "/events/*/organise/**").hasAnyRole(MANAGERS);
		rules.requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/*", "/api/v1/events/*/ticket-key", "/events", "/events/*",
				"/events/*/calendar.ics", "/events/*/register", "/events/registration/*", "/events/*/participants",
				"/events/registration/*/certificate.pdf", "/events/registration/*/join")
			.permitAll();
		rules.requestMatchers(HttpMethod.POST, "/api/v1/events/*/registrations", "/api/v1/registrations/cancel",
				"/api/v1/registrations/offer/accept", "/api/v1/registrations/offer/decline", "/events/*/register",
				"/events/registration/*/cancel", "/events/registration/*/offer/accept", "/events/registration/*/offer/decline")
			.permitAll();
	}

	@Bean
	static Feature eventsFeature() {
		return new Feature(20, "/events", "feature.events.title", "feature.events.summary", Feature.anyone());
	}
}
