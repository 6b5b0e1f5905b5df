package th.tipnet.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seat tallies of an event per mode and group, and per mode ("*"): seats confirmed, seats held by
 * open offers, the last waiting-list number and how many wait (per group: the place of someone
 * joining the end of a list is then known without counting the list). Read and written only while
 * the caller holds the event's row lock (see {@link Registrar}), so they are exact without further
 * locking; a missing row (an event planned before tallies existed) is rebuilt from the registrations.
 * <p>
 * Within a transaction the tallies are read once and kept in a ledger that is written back just
 * before commit: a batch of a hundred registrations at the {@link RegistrationDesk} then costs two
 * reads and two writes per tally instead of several statements per person, all under the lock.
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

	private record Key(UUID eventId, AttendanceMode mode, String group) {
	}

	Tally of(UUID eventId, AttendanceMode mode, String group) {
		Ledger ledger = ledger();
		Key key = new Key(eventId, mode, group);
		if (ledger == null) {
			return load(key);
		}
		return ledger.tallies.computeIfAbsent(key, this::load);
	}

	private Tally load(Key key) {
		List<Tally> rows = jdbc.query("SELECT confirmed, offered, last_waitlist, waiting FROM event_tally WHERE event_id = ?"
				+ " AND attendance_mode = ? AND group_code = ?",
				(rs, n) -> new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), key.eventId(), key.mode().name(),
				key.group());
		return rows.isEmpty() ? rebuild(key) : rows.get(0);
	}

	private Tally rebuild(Key key) {
		boolean whole = WHOLE_MODE.equals(key.group());
		String groupFilter = whole ? "" : " AND group_code = ?";
		Object[] args = whole ? new Object[] { key.eventId(), key.mode().name() }
				: new Object[] { key.eventId(), key.mode().name(), key.group() };
		int confirmed = count(" AND status = 'CONFIRMED'", groupFilter, args);
		int offered = count(" AND status = 'OFFERED'", groupFilter, args);
		int waiting = whole ? 0 : count(" AND status = 'WAITLISTED'", groupFilter, args);
		int last = jdbc.queryForObject("SELECT COALESCE(MAX(waitlist_seq), 0) FROM registration WHERE event_id = ?"
				+ " AND attendance_mode = ?" + groupFilter, Integer.class, args);
		jdbc.update("INSERT INTO event_tally (event_id, attendance_mode, group_code, confirmed, offered, last_waitlist, waiting)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)", key.eventId(), key.mode().name(), key.group(), confirmed, offered, last, waiting);
		return new Tally(confirmed, offered, last, waiting);
	}

	private int count(String status, String groupFilter, Object[] args) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ? AND attendance_mode = ?" + groupFilter
				+ status, Integer.class, args);
	}

	void confirmed(UUID eventId, AttendanceMode mode, String group, int delta) {
		change(eventId, mode, group, t -> new Tally(t.confirmed() + delta, t.offered(), t.lastWaitlist(), t.waiting()));
		change(eventId, mode, WHOLE_MODE, t -> new Tally(t.confirmed() + delta, t.offered(), t.lastWaitlist(), t.waiting()));
	}

	/** Seats held (+1) or released (-1) by an offer. */
	void offered(UUID eventId, AttendanceMode mode, String group, int delta) {
		change(eventId, mode, group, t -> new Tally(t.confirmed(), t.offered() + delta, t.lastWaitlist(), t.waiting()));
		change(eventId, mode, WHOLE_MODE, t -> new Tally(t.confirmed(), t.offered() + delta, t.lastWaitlist(), t.waiting()));
	}

	/** Someone joins the end of the waiting list of a mode and group. */
	Place joinWaitlist(UUID eventId, AttendanceMode mode, String group) {
		Tally after = change(eventId, mode, group,
				t -> new Tally(t.confirmed(), t.offered(), t.lastWaitlist() + 1, t.waiting() + 1));
		return new Place(after.lastWaitlist(), after.waiting());
	}

	/** Someone leaves a waiting list: offered a seat, or gone. */
	void leaveWaitlist(UUID eventId, AttendanceMode mode, String group) {
		change(eventId, mode, group, t -> new Tally(t.confirmed(), t.offered(), t.lastWaitlist(), t.waiting() - 1));
	}

	private Tally change(UUID eventId, AttendanceMode mode, String group, java.util.function.UnaryOperator<Tally> change) {
		Tally after = change.apply(of(eventId, mode, group));
		Key key = new Key(eventId, mode, group);
		Ledger ledger = ledger();
		if (ledger == null) {
			write(List.of(Map.entry(key, after)));
		}
		else {
			ledger.tallies.put(key, after);
			ledger.changed.add(key);
		}
		return after;
	}

	private void write(java.util.Collection<Map.Entry<Key, Tally>> rows) {
		jdbc.batchUpdate("UPDATE event_tally SET confirmed = ?, offered = ?, last_waitlist = ?, waiting = ?"
				+ " WHERE event_id = ? AND attendance_mode = ? AND group_code = ?",
				rows.stream().map(e -> new Object[] { e.getValue().confirmed(), e.getValue().offered(),
						e.getValue().lastWaitlist(), e.getValue().waiting(), e.getKey().eventId(), e.getKey().mode().name(),
						e.getKey().group() }).toList());
	}

	/** This transaction's ledger, or none outside a transaction. */
	private Ledger ledger() {
		return th.tipnet.common.PerTransaction.bound(this, Ledger::new, this::writeBack);
	}

	private void writeBack(Ledger ledger) {
		if (!ledger.changed.isEmpty()) {
			write(ledger.changed.stream().map(k -> Map.entry(k, ledger.tallies.get(k))).toList());
			ledger.changed.clear();
		}
	}

	/** The tallies a transaction has read, and which of them it changed. */
	private static final class Ledger {

		final Map<Key, Tally> tallies = new LinkedHashMap<>();

		final java.util.Set<Key> changed = new java.util.LinkedHashSet<>();
	}
}
