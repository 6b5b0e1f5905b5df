package th.tipnet.forums;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tipnet.common.Actor;

/**
 * A file given as evidence with an update of a follow-up action (the update named by its place in the action's
 * history): what it is (the type read from its content), its name and fingerprint. Its bytes, sealed, live apart
 * ({@link ActionEvidence}) so a list never reads them.
 */
@Entity
@Table(name = "forum_action_file")
class EvidenceFile {

	@Id
	private UUID id;

	@Column(name = "action_id", nullable = false, updatable = false)
	private UUID actionId;

	@Column(name = "update_position", nullable = false, updatable = false)
	private int updatePosition;

	@Column(name = "file_name", nullable = false, updatable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long size;

	@Column(nullable = false, updatable = false)
	private String sha256;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", updatable = false)
	private UUID uploadedBy;

	@Column(name = "uploaded_by_name", nullable = false, updatable = false)
	private String uploadedByName;

	protected EvidenceFile() {
	}

	EvidenceFile(UUID actionId, int updatePosition, String fileName, String contentType, long size, String sha256, Actor actor,
			Instant at) {
		this.id = UUID.randomUUID();
		this.actionId = actionId;
		this.updatePosition = updatePosition;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedAt = at;
		this.uploadedBy = actor.userId();
		this.uploadedByName = actor.name();
	}

	public UUID id() {
		return id;
	}

	public UUID actionId() {
		return actionId;
	}

	public int updatePosition() {
		return updatePosition;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public long size() {
		return size;
	}

	public String sha256() {
		return sha256;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

	public String uploadedByName() {
		return uploadedByName;
	}
}
