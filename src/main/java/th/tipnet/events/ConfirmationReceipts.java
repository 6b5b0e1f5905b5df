package th.tipnet.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a registrant's confirmation e-mail went out, so their private page can say it was sent (or
 * is still on its way). Written by {@link RegistrationMail} after the mail server (or the outbox)
 * took the message; a column the {@link Registration} entity does not map, so the registration hot
 * path never writes it.
 */
@Component
class ConfirmationReceipts {

	private final JdbcTemplate jdbc;

	ConfirmationReceipts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void mailed(UUID registrationId, Instant at) {
		jdbc.update("UPDATE registration SET confirmation_mailed_at = ? WHERE id = ?", at.atOffset(ZoneOffset.UTC),
				registrationId);
	}

	/** When the latest confirmation went out; empty while it is still to be sent. */
	public Optional<Instant> mailedAt(Registration registration) {
		List<OffsetDateTime> at = jdbc.queryForList("SELECT confirmation_mailed_at FROM registration WHERE id = ?",
				OffsetDateTime.class, registration.id());
		return at.stream().filter(java.util.Objects::nonNull).findFirst().map(OffsetDateTime::toInstant);
	}
}
