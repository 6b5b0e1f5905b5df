package th.tipnet.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tipnet.common.Actor;
import th.tipnet.common.Sealed;

/**
 * A file attached to a case: what it is (type read from its content), its name (sealed) and its
 * fingerprint. Its bytes, sealed, live apart ({@link CaseAttachments}) so listing never reads them.
 */
@Entity
@Table(name = "nrm_case_attachment")
class Attachment {

	@Id
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Convert(converter = Sealed.class)
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

	protected Attachment() {
	}

	Attachment(CaseId caseId, String fileName, String contentType, long size, String sha256, Actor actor, Instant at) {
		this.id = UUID.randomUUID();
		this.caseId = caseId.value();
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedAt = at;
		this.uploadedBy = actor.userId();
		this.uploadedByName = actor.name();
	}

	UUID id() {
		return id;
	}

	String fileName() {
		return fileName;
	}

	String contentType() {
		return contentType;
	}

	long size() {
		return size;
	}

	String sha256() {
		return sha256;
	}

	Instant uploadedAt() {
		return uploadedAt;
	}

	String uploadedByName() {
		return uploadedByName;
	}
}
