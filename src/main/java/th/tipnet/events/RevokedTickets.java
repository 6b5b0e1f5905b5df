package th.tipnet.events;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tickets replaced by newer ones: their serial and typed code, refused at the door and listed for scanners. */
@Component
class RevokedTickets {

	private final JdbcTemplate jdbc;

	RevokedTickets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A registration's earlier ticket (its serial and typed code) stops admitting anyone: a newer one replaced it. */
	void revoke(Registration r, int serial, String ticketCode, Instant at) {
		jdbc.update("INSERT INTO revoked_ticket (registration_id, serial, event_id, ticket_code, reason, revoked_at)"
				+ " VALUES (?, ?, ?, ?, ?, ?)", r.id(), serial, r.eventId(), ticketCode, Revocation.REISSUED,
				at.atOffset(ZoneOffset.UTC));
	}

	List<Revocation> ofEvent(UUID eventId) {
		return jdbc.query("SELECT registration_id, ticket_code, serial, reason FROM revoked_ticket WHERE event_id = ?"
				+ " ORDER BY revoked_at, registration_id, serial",
				(rs, n) -> new Revocation(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4)), eventId);
	}

	boolean isRevokedCode(UUID eventId, String ticketCode) {
		return !jdbc.queryForList("SELECT serial FROM revoked_ticket WHERE event_id = ? AND ticket_code = ?", Integer.class,
				eventId, ticketCode).isEmpty();
	}
}
