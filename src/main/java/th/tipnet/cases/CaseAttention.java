package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Actor;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.common.web.Attention;
import th.tipnet.common.web.Attentions;

/**
 * On case staff's home page: the referrals their organisation has yet to answer, its cases still to
 * screen and, for supervisors, the decisions awaiting their sign-off. Counts of their own
 * organisation's work only, never a case's content: the lists behind the links apply need-to-know.
 */
@Component
class CaseAttention implements Attentions {

	private final NamedParameterJdbcTemplate jdbc;

	CaseAttention(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attention> forReader(Locale locale) {
		boolean supervisor = CurrentUser.hasRole(CaseAccess.CASE_SUPERVISOR);
		if (!(supervisor || CurrentUser.hasRole(CaseAccess.CASE_WORKER)) || Actor.current().organisationId() == null) {
			return List.of();
		}
		Map<String, Object> ours = Map.of("organisation", Actor.current().organisationId());
		List<Attention> found = new ArrayList<>();
		found.add(Attention.counted(5, "attention.incomingReferrals",
				count("nrm_referral WHERE receiver_org_id = :organisation AND state = 'IN_PROGRESS'", ours), "/referrals/incoming"));
		found.add(Attention.counted(6, "attention.screenings",
				count("nrm_case WHERE lead_org_id = :organisation AND status = 'AWAITING_SCREENING'", ours), "/cases"));
		if (supervisor) {
			found.add(Attention.counted(7, "attention.signOff",
					count("nrm_case WHERE lead_org_id = :organisation AND status = 'AWAITING_SIGN_OFF'", ours), "/cases"));
		}
		return found;
	}

	private long count(String from, Map<String, Object> params) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + from, params, Long.class);
		return n == null ? 0 : n;
	}
}
