package th.tipnet.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import th.tipnet.audit.RecordNames;

/**
 * The audit log names an event by its title, and a registration by its event's title only: the
 * participant's name is personal data its readers need not see.
 */
@Configuration(proxyBeanMethods = false)
class EventTitlesForAudit {

	@Bean
	RecordNames auditedEventTitles(NamedParameterJdbcTemplate jdbc) {
		return RecordNames.of(EventsAudit.EVENT, jdbc, "SELECT id, title_th AS name_th, title_en AS name_en FROM event WHERE id IN (:ids)");
	}

	@Bean
	RecordNames auditedRegistrationEventTitles(NamedParameterJdbcTemplate jdbc) {
		return RecordNames.of(EventsAudit.REGISTRATION, jdbc, "SELECT r.id, e.title_th AS name_th, e.title_en AS name_en"
				+ " FROM registration r JOIN event e ON e.id = r.event_id WHERE r.id IN (:ids)");
	}
}
