package th.tipnet.forums;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.FileTypes;
import th.tipnet.common.Fingerprint;
import th.tipnet.common.SecretBox;

/**
 * Files as evidence on the updates of follow-up actions (issue 16 item 3): a PDF, JPEG or PNG of at most
 * {@value #MAX_MEGABYTES} MB, the type read from the first bytes, given by those who may report on the action (its
 * owner's administrators and members, the forum's chair and recorders), with any of its updates. The bytes are stored
 * sealed under the current key, as case attachments are. Whoever may see the action (any signed-in member of the
 * network) lists and downloads them. A refused file is 422 naming the field {@code file}, and nothing is stored; each
 * file given and each download is audited.
 */
@Service
class ActionEvidence {

	static final int MAX_MEGABYTES = 10;

	static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

	private final FollowUps followUps;

	private final EvidenceFiles files;

	private final JdbcTemplate jdbc;

	private final SecretBox secrets;

	private final AuditTrail audit;

	private final Clock clock;

	private final EntityManager entities;

	ActionEvidence(FollowUps followUps, EvidenceFiles files, JdbcTemplate jdbc, SecretBox secrets, AuditTrail audit, Clock clock,
			EntityManager entities) {
		this.followUps = followUps;
		this.files = files;
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.audit = audit;
		this.clock = clock;
		this.entities = entities;
	}

	/** A file to hand out: what it is and its bytes, opened. */
	record Download(EvidenceFile file, byte[] bytes) {
	}

	/** Gives a file as evidence with the action's update at {@code position} (0 is the agreement itself). */
	@Transactional
	EvidenceFile attach(UUID actionId, int position, String fileName, byte[] bytes) {
		ForumAction action = followUps.get(actionId).action();
		if (!followUps.mayReport(action)) {
			throw DomainException.forbidden();
		}
		if (position < 0 || position >= action.updates().size()) {
			throw DomainException.notFound("update");
		}
		if (bytes == null || bytes.length == 0) {
			throw DomainException.invalid("file", "forums.outputs.error.fileRequired");
		}
		if (bytes.length > MAX_BYTES) {
			throw tooLarge();
		}
		String type = FileTypes.documentOrImage(bytes)
			.orElseThrow(() -> DomainException.invalid("file", "forums.outputs.error.fileType"));
		EvidenceFile file = files.save(new EvidenceFile(action.id(), position, FileTypes.fileName(fileName, type, "evidence"), type,
				bytes.length, Fingerprint.of(bytes), Actor.current(), clock.instant()));
		// The row the content refers to is written first (JPA would write it only at commit).
		entities.flush();
		jdbc.update("INSERT INTO forum_action_file_content (file_id, content) VALUES (?, ?)", file.id(), secrets.sealBytes(bytes));
		audit.record(ForumsAudit.FORUM_ACTION, action.id(), ForumsAudit.FORUM_ACTION_FILE_ADDED, Changes.none()
			.note("fileId", file.id())
			.note("update", position)
			.note("contentType", type)
			.note("size", bytes.length));
		return file;
	}

	/** The action's files (no content), for whoever may see the action. */
	@Transactional(readOnly = true)
	List<EvidenceFile> list(UUID actionId) {
		followUps.get(actionId);
		return files.findByActionIdOrderByUploadedAtAscIdAsc(actionId);
	}

	/** One file's bytes, for whoever may see the action; audited. */
	@Transactional
	Download download(UUID actionId, UUID fileId) {
		followUps.get(actionId);
		EvidenceFile file = files.findByIdAndActionId(fileId, actionId).orElseThrow(() -> DomainException.notFound("file"));
		byte[] sealed = jdbc.queryForObject("SELECT content FROM forum_action_file_content WHERE file_id = ?", byte[].class,
				file.id());
		audit.record(ForumsAudit.FORUM_ACTION, actionId, ForumsAudit.FORUM_ACTION_FILE_DOWNLOADED, Changes.none().note("fileId", file.id()));
		return new Download(file, secrets.openBytes(sealed));
	}

	static DomainException tooLarge() {
		return DomainException.invalid("file", "forums.outputs.error.fileTooLarge", MAX_MEGABYTES);
	}
}
