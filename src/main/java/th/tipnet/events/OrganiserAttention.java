package th.tipnet.events;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.common.web.Attention;
import th.tipnet.common.web.Attentions;

/**
 * On an organiser's home page: the registrations waiting for their approval in the events their
 * organisation organises that have not ended, and the next five of those events. Those who may
 * manage every event (administrators, network coordinators) see the same for their own
 * organisation's events, not the whole network's.
 */
@Component
class OrganiserAttention implements Attentions {

	private static final String OURS = "e.ends_at > :now AND e.status <> 'CANCELLED' AND EXISTS (SELECT 1 FROM event_organiser o"
			+ " WHERE o.event_id = e.id AND o.organisation_id = :organisation)";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final Dates dates;

	OrganiserAttention(NamedParameterJdbcTemplate jdbc, Clock clock, Dates dates) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.dates = dates;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attention> forReader(Locale locale) {
		if (!(CurrentUser.hasRole("EVENT_ORGANISER") || CurrentUser.hasRole("NETWORK_COORDINATOR")
				|| CurrentUser.hasRole("SYSTEM_ADMIN")) || Actor.current().organisationId() == null) {
			return List.of();
		}
		Map<String, Object> params = Map.of("now", clock.instant().atOffset(ZoneOffset.UTC), "organisation",
				Actor.current().organisationId());
		List<Attention> found = new ArrayList<>();
		List<Map<String, Object>> waiting = jdbc.queryForList("SELECT e.slug, COUNT(*) AS n FROM event e JOIN registration r"
				+ " ON r.event_id = e.id WHERE r.status = 'PENDING_APPROVAL' AND " + OURS + " GROUP BY e.slug", params);
		long approvals = waiting.stream().mapToLong(row -> ((Number) row.get("n")).longValue()).sum();
		// One event waiting: straight to its participant list; several: the events list.
		String path = waiting.size() == 1 ? "/events/" + waiting.get(0).get("slug") + "/organise" : "/events";
		found.add(Attention.counted(10, "attention.approvals", approvals, path));
		List<Attention.Item> upcoming = jdbc.query("SELECT e.slug, e.title_th, e.title_en, e.starts_at FROM event e WHERE " + OURS
				+ " ORDER BY e.starts_at, e.slug FETCH FIRST 5 ROWS ONLY", params,
				(rs, i) -> new Attention.Item(rs.getString(locale.getLanguage().equals("th") ? "title_th" : "title_en"),
						"/events/" + rs.getString("slug") + "/organise",
						dates.fullDate(rs.getObject("starts_at", java.time.OffsetDateTime.class).toInstant(), locale)));
		found.add(new Attention(40, "attention.organising", 0, "/events", upcoming));
		return found;
	}
}
