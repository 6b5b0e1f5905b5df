package th.tipnet.common;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A file someone gave the network (a case's attachment, the evidence of a follow-up action): what it is (the type read
 * from its content, {@link FileTypes}), its name, size and fingerprint, when and by whom. Each kind of file is its own
 * table with these columns; its bytes, sealed, live apart so a list never reads them.
 */
@MappedSuperclass
public abstract class UploadedFile {

	@Id
	private UUID id;

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

	protected UploadedFile() {
	}

	protected UploadedFile(String fileName, String contentType, long size, String sha256, Actor actor, Instant at) {
		this.id = UUID.randomUUID();
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
