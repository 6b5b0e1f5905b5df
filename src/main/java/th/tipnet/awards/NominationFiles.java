package th.tipnet.awards;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.FileTypes;

/**
 * Files attached to a nomination: PDF, JPEG or PNG, the type read from the first bytes (never the
 * name or the browser's claim), at most {@link #MAX_BYTES} each and {@link #MAX_FILES} a nomination.
 * The nominating organisation attaches while the round takes nominations and the nomination stands;
 * it removes a file while the nomination is a draft. Whoever may read the nomination
 * ({@link NominationDesk#nomination}) lists and downloads; anybody else finds neither (404). Attaching
 * and removing are audited, without the file's name. The page and the API both come here, so a file
 * is refused the same way, with the same message, whichever way it came.
 */
@Service
class NominationFiles {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_FILES = 10;

	private final NominationDesk desk;

	private final Awards awards;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	NominationFiles(NominationDesk desk, Awards awards, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.desk = desk;
		this.awards = awards;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The limits as a page tells them. */
	record Limits(int megabytes, int files) {
	}

	static final Limits LIMITS = new Limits(MAX_BYTES / (1024 * 1024), MAX_FILES);

	/** A file as a nomination's page lists it. */
	record File(UUID id, String name, String contentType, long size, Instant uploadedAt) {
	}

	/** A file to hand out, with its bytes. */
	record Download(File file, byte[] bytes) {
	}

	/** Attaches a file to the caller's organisation's nomination; a refused file is a 422 naming {@code file}. */
	@Transactional
	File attach(NominationId id, String fileName, byte[] bytes) {
		Nomination n = desk.nomination(id);
		if (!NominationDesk.isOwnNominator(n)) {
			throw DomainException.notFound("nomination");
		}
		if (n.status() == Nomination.Status.WITHDRAWN
				|| awards.round(new RoundId(n.roundId())).phaseAt(clock.instant()) != Phase.NOMINATING) {
			throw DomainException.conflict("awards.error.filesClosed");
		}
		if (bytes == null || bytes.length == 0) {
			throw DomainException.invalid("file", "error.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw DomainException.invalid("file", "awards.error.fileTooLarge", LIMITS.megabytes());
		}
		String type = FileTypes.documentOrImage(bytes).orElseThrow(() -> DomainException.invalid("file", "awards.error.fileType"));
		// Counted under the nomination's row lock, so two uploads at once cannot pass the limit together.
		jdbc.queryForObject("SELECT id FROM award_nomination WHERE id = ? FOR UPDATE", UUID.class, id.value());
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM award_nomination_attachment WHERE nomination_id = ?",
				Integer.class, id.value());
		if (count != null && count >= MAX_FILES) {
			throw DomainException.invalid("file", "awards.error.tooManyFiles", MAX_FILES);
		}
		File file = new File(UUID.randomUUID(), name(fileName, type), type, bytes.length, clock.instant());
		jdbc.update("INSERT INTO award_nomination_attachment (id, nomination_id, file_name, content_type, size_bytes,"
				+ " uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", file.id(), id.value(), file.name(), type,
				file.size(), Timestamp.from(file.uploadedAt()), Actor.current().userId());
		jdbc.update("INSERT INTO award_nomination_attachment_content (attachment_id, content) VALUES (?, ?)", file.id(), bytes);
		audit.record(AwardsAudit.NOMINATION, id.value(), AwardsAudit.AWARD_NOMINATION_FILE_ATTACHED,
				Changes.none().note("contentType", type).note("sizeBytes", file.size()).note("attachmentId", file.id().toString()));
		return file;
	}

	/**
	 * Removes a file from a draft of the caller's organisation while the round takes nominations; a
	 * submitted nomination keeps its files (409). Audited, without the file's name.
	 */
	@Transactional
	void remove(NominationId id, UUID fileId) {
		Nomination n = desk.nomination(id);
		if (!NominationDesk.isOwnNominator(n)) {
			throw DomainException.notFound("nomination");
		}
		File file = file(id, fileId);
		if (n.status() != Nomination.Status.DRAFT
				|| awards.round(new RoundId(n.roundId())).phaseAt(clock.instant()) != Phase.NOMINATING) {
			throw DomainException.conflict("awards.error.filesDraftOnly");
		}
		jdbc.update("DELETE FROM award_nomination_attachment_content WHERE attachment_id = ?", fileId);
		jdbc.update("DELETE FROM award_nomination_attachment WHERE id = ?", fileId);
		audit.record(AwardsAudit.NOMINATION, id.value(), AwardsAudit.AWARD_NOMINATION_FILE_REMOVED,
				Changes.none().note("contentType", file.contentType()).note("sizeBytes", file.size()).note("attachmentId", fileId.toString()));
	}

	/** The nomination's files, for whoever may read it. */
	@Transactional(readOnly = true)
	List<File> of(NominationId id) {
		desk.nomination(id);
		return jdbc.query("SELECT id, file_name, content_type, size_bytes, uploaded_at FROM award_nomination_attachment"
				+ " WHERE nomination_id = ? ORDER BY uploaded_at, id", (rs, i) -> new File(rs.getObject(1, UUID.class),
						rs.getString(2), rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant()), id.value());
	}

	/** One file with its bytes, for whoever may read the nomination; 404 otherwise. */
	@Transactional(readOnly = true)
	Download download(NominationId id, UUID fileId) {
		File file = file(id, fileId);
		byte[] bytes = jdbc.queryForObject("SELECT content FROM award_nomination_attachment_content WHERE attachment_id = ?",
				byte[].class, fileId);
		return new Download(file, bytes);
	}

	private File file(NominationId id, UUID fileId) {
		return of(id).stream()
			.filter(f -> f.id().equals(fileId))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("attachment"));
	}

	/** The name as given, without a path, or one made from the type when none is given. */
	private static String name(String given, String type) {
		String name = FileTypes.plainName(given, 255);
		return name.isEmpty() ? "attachment" + FileTypes.extension(type) : name;
	}
}
