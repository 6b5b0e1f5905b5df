package th.tipnet.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declined referrals as a signal of capacity: the module that refers (cases) tells the directory each
 * decline, with only the organisation, the service and the reason's code, and who-can-help says how
 * often an organisation declined a service for lack of capacity in the last 30 days, and ranks it
 * lower. The directory does not depend on the cases module (which depends on it): cases calls this.
 */
@Service
public class Capacity {

	/** The decline reason that counts as a lack of capacity. */
	public static final String NO_CAPACITY = "NO_CAPACITY";

	static final Duration RECENT = Duration.ofDays(30);

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	Capacity(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records one declined referral (in the caller's transaction, so it stands exactly when the decline does). */
	@Transactional
	public void recordDecline(UUID organisationId, String serviceCode, String reason) {
		jdbc.update("INSERT INTO directory_referral_decline (organisation_id, service_code, reason, declined_at) "
				+ "VALUES (:org, :service, :reason, :at)", new MapSqlParameterSource("org", organisationId)
					.addValue("service", serviceCode)
					.addValue("reason", reason)
					.addValue("at", clock.instant().atOffset(ZoneOffset.UTC)));
	}

	/** How many referrals for the service each organisation declined for lack of capacity in the last 30 days. */
	@Transactional(readOnly = true)
	public Map<UUID, Integer> recentCapacityDeclines(Collection<UUID> organisations, String serviceCode) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (organisations.isEmpty()) {
			return counts;
		}
		jdbc.query("SELECT organisation_id, COUNT(*) AS declines FROM directory_referral_decline "
				+ "WHERE organisation_id IN (:orgs) AND service_code = :service AND reason = :reason AND declined_at > :since "
				+ "GROUP BY organisation_id", new MapSqlParameterSource("orgs", organisations)
					.addValue("service", serviceCode)
					.addValue("reason", NO_CAPACITY)
					.addValue("since", clock.instant().minus(RECENT).atOffset(ZoneOffset.UTC)),
				rs -> {
					counts.put(rs.getObject("organisation_id", UUID.class), rs.getInt("declines"));
				});
		return counts;
	}
}
