package th.tipnet.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import th.tipnet.audit.RecordNames;

/**
 * The audit log names a case, and a referral, by the case's number only: its readers may not see
 * the case, and the number says nothing about the person.
 */
@Configuration(proxyBeanMethods = false)
class CaseNumbersForAudit {

	@Bean
	RecordNames auditedCaseNumbers(NamedParameterJdbcTemplate jdbc) {
		return RecordNames.of(CasesAudit.CASE, jdbc,
				"SELECT id, case_number AS name_th, case_number AS name_en FROM nrm_case WHERE id IN (:ids)");
	}

	@Bean
	RecordNames auditedReferralCaseNumbers(NamedParameterJdbcTemplate jdbc) {
		return RecordNames.of(CasesAudit.REFERRAL, jdbc, "SELECT r.id, c.case_number AS name_th, c.case_number AS name_en"
				+ " FROM nrm_referral r JOIN nrm_case c ON c.id = r.case_id WHERE r.id IN (:ids)");
	}
}
