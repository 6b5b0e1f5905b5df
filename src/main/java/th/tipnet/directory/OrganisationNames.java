package th.tipnet.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import th.tipnet.audit.RecordNames;

/** Organisations' names in the reader's language for the audit log (merged ones keep theirs). */
@Configuration(proxyBeanMethods = false)
class OrganisationNames {

	@Bean
	RecordNames auditedOrganisationNames(NamedParameterJdbcTemplate jdbc) {
		return RecordNames.of(DirectoryAudit.ORGANISATION, jdbc, "SELECT id, name_th, name_en FROM organisation WHERE id IN (:ids)");
	}
}
