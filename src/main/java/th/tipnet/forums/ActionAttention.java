package th.tipnet.forums;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.common.web.Attention;
import th.tipnet.common.web.Attentions;

/**
 * On the home page of the owner organisation's administrators and members (those who report on its actions): how
 * many follow-up actions of their organisation are overdue, and the five most overdue, each linking to its page.
 * Overdue as everywhere in the module: open or in progress and past the due date, Bangkok's day by the application's
 * clock.
 */
@Component
class ActionAttention implements Attentions {

	private static final int SHOWN = 5;

	private static final int SHORT = 80;

	private static final String OVERDUE = "owner_org_id = :organisation AND status IN ('OPEN', 'IN_PROGRESS') AND due_on < :today";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final Dates dates;

	ActionAttention(NamedParameterJdbcTemplate jdbc, Clock clock, Dates dates) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.dates = dates;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attention> forReader(Locale locale) {
		UUID organisation = Actor.current().organisationId();
		if (!(CurrentUser.hasRole("ORG_ADMIN") || CurrentUser.hasRole("MEMBER")) || organisation == null) {
			return List.of();
		}
		Map<String, Object> ours = Map.of("organisation", organisation, "today",
				clock.instant().atZone(Dates.BANGKOK).toLocalDate());
		Long overdue = jdbc.queryForObject("SELECT COUNT(*) FROM forum_action WHERE " + OVERDUE, ours, Long.class);
		if (overdue == null || overdue == 0) {
			return List.of();
		}
		List<Attention.Item> oldest = jdbc.query("SELECT id, what, due_on FROM forum_action WHERE " + OVERDUE
				+ " ORDER BY due_on, id FETCH FIRST " + SHOWN + " ROWS ONLY", ours,
				(rs, i) -> new Attention.Item(shortened(rs.getString("what")), "/actions/" + rs.getObject("id", UUID.class),
						dates.date(rs.getObject("due_on", LocalDate.class), locale)));
		return List.of(new Attention(45, "attention.forumActionsOverdue", overdue, "/forums", oldest));
	}

	private static String shortened(String what) {
		return what.length() <= SHORT ? what : what.substring(0, SHORT - 1).strip() + "…";
	}
}
