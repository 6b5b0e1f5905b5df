package th.tipnet.notify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.SecretBox;
import th.tipnet.common.security.CurrentUser;

/**
 * The messages kept instead of sent (see {@link OutboxMailSender}): stored sealed, the newest
 * {@code tipnet.mail.outbox.keep} only, and read by system administrators, every reading audited.
 */
@Component
class Outbox {

	static final String ROLE = "SYSTEM_ADMIN";

	static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	private final SecretBox box;

	private final Clock clock;

	private final AuditTrail audit;

	private final int keep;

	Outbox(JdbcTemplate jdbc, SecretBox box, Clock clock, AuditTrail audit,
			@Value("${tipnet.mail.outbox.keep:1000}") int keep) {
		if (keep < 1) {
			throw new IllegalStateException("tipnet.mail.outbox.keep must be at least 1");
		}
		this.jdbc = jdbc;
		this.box = box;
		this.clock = clock;
		this.audit = audit;
		this.keep = keep;
	}

	/** A kept message as listed: when, to whom, about what. */
	record Summary(long id, Instant at, String recipients, String subject) {
	}

	/** Keeps one message (sealed); {@link #prune()} forgets those beyond the newest {@code keep} later. */
	@Transactional
	void keep(MimeMessage message) throws MessagingException, IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);
		String subject = message.getSubject() == null ? "" : message.getSubject();
		jdbc.update("INSERT INTO outbox_mail (created_at, recipients, subject, message) VALUES (?, ?, ?, ?)",
				clock.instant().atOffset(ZoneOffset.UTC), box.seal(recipients(message)), box.seal(subject),
				box.seal(Base64.getEncoder().encodeToString(raw.toByteArray())));
	}

	/**
	 * Forgets the messages beyond the newest {@code keep}; how many. Run by {@link OutboxPruning}, one
	 * instance at a time, never in the transaction that keeps a message: concurrent senders each
	 * deleting the same range locked the rows in different orders and deadlocked (40P01).
	 */
	@Transactional
	int prune() {
		// The subquery finds no row (nothing deleted) while there are fewer than `keep`.
		return jdbc.update("DELETE FROM outbox_mail WHERE id <= (SELECT id FROM outbox_mail ORDER BY id DESC LIMIT 1 OFFSET ?)",
				keep);
	}

	private static String recipients(MimeMessage message) throws MessagingException {
		Address[] to = message.getAllRecipients();
		return to == null ? "" : String.join(", ", java.util.Arrays.stream(to).map(Address::toString).toList());
	}

	/** A page of kept messages, newest first, with how many there are; audited as a reading. */
	@Transactional
	List<Summary> list(int page) {
		CurrentUser.requireRole(ROLE);
		List<Summary> found = jdbc.query("SELECT id, created_at, recipients, subject FROM outbox_mail ORDER BY id DESC LIMIT ? OFFSET ?",
				this::summary, PAGE_SIZE, (long) page * PAGE_SIZE);
		audit.record(NotifyAudit.OUTBOX, null, NotifyAudit.OUTBOX_LISTED, Changes.none().note("page", page).note("shown", found.size()));
		return found;
	}

	@Transactional(readOnly = true)
	long count() {
		CurrentUser.requireRole(ROLE);
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_mail", Long.class);
	}

	/** One kept message, opened; audited as a reading (the message carries personal data and private links). */
	@Transactional
	Optional<Letter> read(long id) {
		CurrentUser.requireRole(ROLE);
		List<Letter> found = jdbc.query("SELECT id, created_at, recipients, subject, message FROM outbox_mail WHERE id = ?",
				(rs, row) -> letter(rs), id);
		found.forEach(letter -> audit.record(NotifyAudit.OUTBOX_MAIL, id, NotifyAudit.OUTBOX_MAIL_READ, Changes.none()));
		return found.stream().findFirst();
	}

	private Summary summary(ResultSet rs, int row) throws SQLException {
		return new Summary(rs.getLong("id"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
				box.open(rs.getString("recipients")), box.open(rs.getString("subject")));
	}

	private Letter letter(ResultSet rs) throws SQLException {
		Summary s = summary(rs, 0);
		byte[] raw = Base64.getDecoder().decode(box.open(rs.getString("message")));
		try {
			MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(raw));
			return Letter.of(s, message);
		}
		catch (MessagingException | IOException unreadable) {
			return new Letter(s, null, null, List.of());
		}
	}
}
