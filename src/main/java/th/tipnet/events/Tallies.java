package th.tipnet.events;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seat tallies of an event per mode and group, and per mode ("*"): seats confirmed, seats held by
 * open offers, the last waiting-list number and how many wait (per group: the place of someone
 * joining the end of a list is then known without counting the list). Read and written only while the caller holds the
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

	record Tally(int confirmed, int offered, int lastWaitlist, int waiting) {

		/** Seats nobody else may take: confirmed, or held for someone who was offered them. */
		int taken() {
			return confirmed + offered;
		}
	}

	/** A place just given at the end of a waiting list: its number and the position its holder sees. */
	record Place(int seq, long position) {
	}

	Tally of(UUID eventId, AttendanceMode mode, String group) {
		List<Tally> rows = jdbc.query("SELECT confirmed, offered, last_waitlist, waiting FROM event_tally WHERE event_id = ?"
				+ " AND attendance_mode = ? AND group_code = ?",
				(rs, n) -> new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), eventId, mode.name(), group);
		if (!rows.isEmpty()) {
			return rows.get(0);
		}
		String groupFilter = WHOLE_MODE.equals(group) ? "" : " AND group_code = ?";
		Object[] args = WHOLE_MODE.equals(group) ? new Object[] { eventId, mode.name() } : new Object[] { eventId, mode.name(), group };
		int confirmed = count(" AND status = 'CONFIRMED'", groupFilter, args);
		int offered = count(" AND status = 'OFFERED'", groupFilter, args);
		int waiting = WHOLE_MODE.equals(group) ? 0 : count(" AND status = 'WAITLISTED'", groupFilter, args);
		int last = jdbc.queryForObject("SELECT COALESCE(MAX(waitlist_seq), 0) FROM registration WHERE event_id = ?"
				+ " AND attendance_mode = ?" + groupFilter, Integer.class, args);
		jdbc.update("INSERT INTO event_tally (event_id, attendance_mode, group_code, confirmed, offered, last_waitlist, waiting)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)", eventId, mode.name(), group, confirmed, offered, last, waiting);
		return new Tally(confirmed, offered, last, waiting);
	}

	private int count(String status, String groupFilter, Object[] args) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ? AND attendance_mode = ?" + groupFilter
				+ status, Integer.class, args);
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

	/** Someone joins the end of the waiting list of a mode and group. */
	Place joinWaitlist(UUID eventId, AttendanceMode mode, String group) {
		Tally tally = of(eventId, mode, group);
		Place place = new Place(tally.lastWaitlist() + 1, tally.waiting() + 1L);
		jdbc.update("UPDATE event_tally SET last_waitlist = ?, waiting = waiting + 1 WHERE event_id = ? AND attendance_mode = ?"
				+ " AND group_code = ?", place.seq(), eventId, mode.name(), group);
		return place;
	}

	/** Someone leaves a waiting list: offered a seat, or gone. */
	void leaveWaitlist(UUID eventId, AttendanceMode mode, String group) {
		of(eventId, mode, group);
		jdbc.update("UPDATE event_tally SET waiting = waiting - 1 WHERE event_id = ? AND attendance_mode = ? AND group_code = ?",
				eventId, mode.name(), group);
	}
}
