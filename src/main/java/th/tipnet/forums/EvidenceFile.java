package th.tipnet.forums;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import th.tipnet.common.Actor;
import th.tipnet.common.UploadedFile;

/**
 * A file given as evidence with an update of a follow-up action (the update named by its place in the action's
 * history): what it is (the type read from its content), its name and fingerprint. Its bytes, sealed, live apart
 * ({@link ActionEvidence}) so a list never reads them.
 */
@Entity
@Table(name = "forum_action_file")
class EvidenceFile extends UploadedFile {

	@Column(name = "action_id", nullable = false, updatable = false)
	private UUID actionId;

	@Column(name = "update_position", nullable = false, updatable = false)
	private int updatePosition;

	protected EvidenceFile() {
	}

	EvidenceFile(UUID actionId, int updatePosition, String fileName, String contentType, long size, String sha256, Actor actor,
			Instant at) {
		super(fileName, contentType, size, sha256, actor, at);
		this.actionId = actionId;
		this.updatePosition = updatePosition;
	}

	public UUID actionId() {
		return actionId;
	}

	public int updatePosition() {
		return updatePosition;
	}
}
