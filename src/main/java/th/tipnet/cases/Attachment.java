package th.tipnet.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import th.tipnet.common.Actor;
import th.tipnet.common.Sealed;
import th.tipnet.common.UploadedFile;

/**
 * A file attached to a case: what it is (type read from its content), its name (sealed: it may name the person) and
 * its fingerprint. Its bytes, sealed, live apart ({@link CaseAttachments}) so listing never reads them.
 */
@Entity
@Table(name = "nrm_case_attachment")
@Convert(attributeName = "fileName", converter = Sealed.class)
class Attachment extends UploadedFile {

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	protected Attachment() {
	}

	Attachment(CaseId caseId, String fileName, String contentType, long size, String sha256, Actor actor, Instant at) {
		super(fileName, contentType, size, sha256, actor, at);
		this.caseId = caseId.value();
	}
}
