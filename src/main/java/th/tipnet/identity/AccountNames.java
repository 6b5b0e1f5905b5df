package th.tipnet.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import th.tipnet.audit.RecordNames;

/** Accounts' display names for the audit log: who acted, and whose account an entry is about. */
@Configuration(proxyBeanMethods = false)
class AccountNames {

	@Bean
	RecordNames auditedAccountNames(NamedParameterJdbcTemplate jdbc) {
		return RecordNames.of(IdentityAudit.USER, jdbc,
				"SELECT id, display_name AS name_th, display_name AS name_en FROM app_user WHERE id IN (:ids)");
	}
}
