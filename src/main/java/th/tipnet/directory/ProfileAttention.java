package th.tipnet.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.web.Attention;
import th.tipnet.common.web.Attentions;

/**
 * On a coordinator's home page, the profiles of their province (all, for the network) that nobody has
 * confirmed for {@link DirectoryEditing#VERIFY_EVERY}; on an organisation administrator's, their own
 * profile when it is due. Counts only.
 */
@Component
class ProfileAttention implements Attentions {

	private static final String DUE = "o.status = 'ACTIVE' AND (o.verified_at IS NULL OR o.verified_at < :before)";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ProfileAttention(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attention> forReader(Locale locale) {
		EditingScope scope = EditingScope.current();
		var before = clock.instant().minus(DirectoryEditing.VERIFY_EVERY).atOffset(java.time.ZoneOffset.UTC);
		List<Attention> found = new ArrayList<>();
		if (scope.coordinates()) {
			String where = scope.network() ? DUE : DUE + " AND EXISTS (SELECT 1 FROM organisation_province p"
					+ " WHERE p.organisation_id = o.id AND p.province_code = :province)";
			long due = count(where, Map.of("before", before, "province", scope.network() ? "" : scope.province()));
			found.add(Attention.counted(30, "attention.profiles", due, "/directory/due-for-verification"));
		}
		else if (scope.ownOrganisation() != null) {
			long due = count(DUE + " AND o.id = :id", Map.of("before", before, "id", scope.ownOrganisation()));
			found.add(Attention.counted(30, "attention.profiles", due, "/directory/organisations/" + scope.ownOrganisation()));
		}
		return found;
	}

	private long count(String where, Map<String, Object> params) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM organisation o WHERE " + where, params, Long.class);
		return n == null ? 0 : n;
	}
}
