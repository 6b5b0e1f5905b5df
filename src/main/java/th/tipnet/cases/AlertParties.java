package th.tipnet.cases;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds who an alert concerns, for the system (no caller's organisation narrows these reads: they
 * serve the alerts only, and read nothing but the case number, the organisations and the province).
 */
@Component
class AlertParties {

	private final JdbcTemplate jdbc;

	AlertParties(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CaseAlert.Parties> ofCase(CaseId caseId) {
		return jdbc.query("SELECT id, case_number, lead_org_id, province_code FROM nrm_case WHERE id = ?",
				(rs, row) -> new CaseAlert.Parties(rs.getObject("id", UUID.class), rs.getString("case_number"),
						rs.getObject("lead_org_id", UUID.class), rs.getString("province_code"), null, null),
				caseId.value()).stream().findFirst();
	}

	/** A referral's parties; the referral must be written (flushed) already. */
	Optional<CaseAlert.Parties> ofReferral(ReferralId referralId) {
		return jdbc.query("SELECT c.id, c.case_number, c.lead_org_id, c.province_code, r.id AS referral_id, r.receiver_org_id "
				+ "FROM nrm_referral r JOIN nrm_case c ON c.id = r.case_id WHERE r.id = ?",
				(rs, row) -> new CaseAlert.Parties(rs.getObject("id", UUID.class), rs.getString("case_number"),
						rs.getObject("lead_org_id", UUID.class), rs.getString("province_code"),
						rs.getObject("referral_id", UUID.class), rs.getObject("receiver_org_id", UUID.class)),
				referralId.value()).stream().findFirst();
	}

	/** A referral just sent (not yet written): its parties from the case and the event. */
	Optional<CaseAlert.Parties> ofSent(ReferralSent sent) {
		return ofCase(sent.caseId()).map(p -> new CaseAlert.Parties(p.caseId(), p.caseNumber(), p.leadOrganisationId(),
				p.provinceCode(), sent.referralId().value(), sent.receiverOrganisationId()));
	}
}
