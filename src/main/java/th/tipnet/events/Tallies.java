package th.tipnet.events;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seat tallies of an event per mode and group, and per mode ("*"): seats confirmed, seats held by
 * open offers, and the last waiting-list number. Read and written only while the caller holds the
 * event's row lock (see {@link Registrar}), so they are exact without further locking; a missing
 * row (an event planned before tallies existed) is rebuilt from the registrations.
 */
@Component
class Tallies {

	static final String WHOLE_MODE = "*";

	private final JdbcTemplate jdbc;

	Tallies(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Tally(int confirmed, int offered, int lastWaitlist) {

		/** Seats nobody else may take: confirmed, or held for someone who was offered them. */
		int taken() {
			return confirmed + offered;
		}
	}

	Tally of(UUID eventId, AttendanceMode mode, String group) {
		List<Tally> rows = jdbc.query("SELECT confirmed, offered, last_waitlist FROM event_tally WHERE event_id = ?"
				+ " AND attendance_mode = ? AND group_code = ?", (rs, n) -> new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
				eventId, mode.name(), group);
		if (!rows.isEmpty()) {
			return rows.get(0);
		}
		String groupFilter = WHOLE_MODE.equals(group) ? "" : " AND group_code = ?";
		Object[] args = WHOLE_MODE.equals(group) ? new Object[] { eventId, mode.name() } : new Object[] { eventId, mode.name(), group };
		int confirmed = jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ? AND attendance_mode = ?"
				+ groupFilter + " AND status = 'CONFIRMED'", Integer.class, args);
		int offered = jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ? AND attendance_mode = ?"
				+ groupFilter + " AND status = 'OFFERED'", Integer.class, args);
		int last = jdbc.queryForObject("SELECT COALESCE(MAX(waitlist_seq), 0) FROM registration WHERE event_id = ?"
				+ " AND attendance_mode = ?" + groupFilter, Integer.class, args);
		jdbc.update("INSERT INTO event_tally (event_id, attendance_mode, group_code, confirmed, offered, last_waitlist)"
				+ " VALUES (?, ?, ?, ?, ?, ?)", eventId, mode.name(), group, confirmed, offered, last);
		return new Tally(confirmed, offered, last);
	}

	void confirmed(UUID eventId, AttendanceMode mode, String group, int delta) {
		add("confirmed", eventId, mode, group, delta);
	}

	/** Seats held (+1) or released (-1) by an offer. */
	void offered(UUID eventId, AttendanceMode mode, String group, int delta) {
		add("offered", eventId, mode, group, delta);
	}

	private void add(String column, UUID eventId, AttendanceMode mode, String group, int delta) {
		of(eventId, mode, group);
		of(eventId, mode, WHOLE_MODE);
		jdbc.update("UPDATE event_tally SET " + column + " = " + column + " + ? WHERE event_id = ? AND attendance_mode = ?"
				+ " AND group_code IN (?, ?)", delta, eventId, mode.name(), group, WHOLE_MODE);
	}

	/** The next number in the waiting list of a mode and group. */
	int nextWaitlist(UUID eventId, AttendanceMode mode, String group) {
		int next = of(eventId, mode, group).lastWaitlist() + 1;
		jdbc.update("UPDATE event_tally SET last_waitlist = ? WHERE event_id = ? AND attendance_mode = ? AND group_code = ?",
				next, eventId, mode.name(), group);
		return next;
	}
}
