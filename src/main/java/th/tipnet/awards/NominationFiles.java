package th.tipnet.awards;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/**
 * Files attached to a nomination: PDF, JPEG or PNG, the type read from the first bytes (never the
 * name or the browser's claim), at most {@link #MAX_BYTES} each and {@link #MAX_FILES} a nomination.
 * The nominating organisation attaches while the round takes nominations and the nomination stands;
 * whoever may read the nomination ({@link NominationDesk#nomination}) lists and downloads; anybody
 * else finds neither (404). Attaching is audited, without the file's name.
 */
@Service
class NominationFiles {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_FILES = 10;

	static final String PDF = "application/pdf";

	static final String JPEG = "image/jpeg";

	static final String PNG = "image/png";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

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

	/** The type the bytes really are (PDF, JPEG or PNG), or empty when they are none of these. */
	static Optional<String> contentType(byte[] b) {
		if (b.length >= 8 && Arrays.equals(b, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length)) {
			return Optional.of(PDF);
		}
		if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (b.length >= 16 && Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)) {
			return Optional.of(PNG);
		}
		return Optional.empty();
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
		String type = contentType(bytes).orElseThrow(() -> DomainException.invalid("file", "awards.error.fileType"));
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
		audit.record(NominationDesk.ENTITY, id.value(), "AWARD_NOMINATION_FILE_ATTACHED",
				Changes.none().note("contentType", type).note("sizeBytes", file.size()).note("attachmentId", file.id().toString()));
		return file;
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
		File file = of(id).stream()
			.filter(f -> f.id().equals(fileId))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("attachment"));
		byte[] bytes = jdbc.queryForObject("SELECT content FROM award_nomination_attachment_content WHERE attachment_id = ?",
				byte[].class, fileId);
		return new Download(file, bytes);
	}

	/** The name as given, without a path, or one made from the type when none is given. */
	private static String name(String given, String type) {
		String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}]", "").strip();
		if (name.isEmpty()) {
			name = "attachment" + switch (type) {
				case PDF -> ".pdf";
				case JPEG -> ".jpg";
				default -> ".png";
			};
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}
}
