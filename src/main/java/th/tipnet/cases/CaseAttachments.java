package th.tipnet.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
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
 * Files attached to a case: PDF, JPEG and PNG up to 20 MB, the type read from the first bytes
 * (never the name or the browser's claim), stored sealed under the current key (older keys still
 * open them after a rotation). The lead organisation's case workers attach; whoever may see the
 * case's person (the lead, or an organisation whose accepted referral shares PERSON) lists and
 * downloads; every download is audited.
 */
@Service
class CaseAttachments {

	static final int MAX_BYTES = 20 * 1024 * 1024;

	private final Caseload caseload;

	private final Cases cases;

	private final Attachments attachments;

	private final JdbcTemplate jdbc;

	private final SecretBox secrets;

	private final AuditTrail audit;

	private final Clock clock;

	private final jakarta.persistence.EntityManager entities;

	CaseAttachments(Caseload caseload, Cases cases, Attachments attachments, JdbcTemplate jdbc, SecretBox secrets,
			AuditTrail audit, Clock clock, jakarta.persistence.EntityManager entities) {
		this.entities = entities;
		this.caseload = caseload;
		this.cases = cases;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.audit = audit;
		this.clock = clock;
	}

	/** A file to hand out: what it is and its bytes, opened. */
	record Download(Attachment attachment, byte[] bytes) {
	}

	/** Attaches a file to a case the caller's organisation leads; refused naming the field {@code file}. */
	@Transactional
	Attachment attach(CaseId id, String fileName, byte[] bytes) {
		Actor actor = Caseload.caseWorker().orElseThrow(() -> DomainException.notFound("case"));
		Case c = cases.findByIdAndLeadOrganisationId(id.value(), actor.organisationId())
			.orElseThrow(() -> DomainException.notFound("case"));
		if (bytes == null || bytes.length == 0) {
			throw DomainException.invalid("file", "error.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw tooLarge();
		}
		String type = FileTypes.documentOrImage(bytes).orElseThrow(() -> new DomainException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"cases.error.attachmentType", "file"));
		Attachment a = attachments.save(new Attachment(c.id(), FileTypes.fileName(fileName, type, "attachment"), type, bytes.length,
				Fingerprint.of(bytes), actor,
				clock.instant()));
		// The row the content refers to is written first (JPA would write it only at commit).
		entities.flush();
		jdbc.update("INSERT INTO nrm_case_attachment_content (attachment_id, content) VALUES (?, ?)", a.id(),
				secrets.sealBytes(bytes));
		audit.record(CasesAudit.CASE, c.id(), CasesAudit.ATTACHMENT_ADDED, Changes.none()
			.note("attachmentId", a.id().toString())
			.note("contentType", type)
			.note("size", bytes.length));
		return a;
	}

	/** The case's attachments (no content), for whoever may see its person. */
	@Transactional
	List<Attachment> list(CaseId id) {
		readable(id, "api-attachments");
		return attachments.findByCaseIdOrderByUploadedAtAscIdAsc(id.value());
	}

	/** A case's attachments as its page shows them: the case's number and whether the reader may attach (the lead organisation). */
	record Listed(String caseNumber, boolean mayAttach, List<Attachment> files) {
	}

	/** The case's attachments for its page, read as {@link #list} reads them ("not found" for anybody who may not see the person). */
	@Transactional
	Listed listed(CaseId id) {
		CaseView seen = caseload.view(id, "attachments-page");
		if (seen.person() == null) {
			throw DomainException.notFound("case");
		}
		boolean leads = Caseload.caseWorker().map(a -> a.organisationId().equals(seen.leadOrganisationId())).orElse(false);
		return new Listed(seen.caseNumber(), leads, attachments.findByCaseIdOrderByUploadedAtAscIdAsc(id.value()));
	}

	/** One attachment's bytes, for whoever may see the case's person; audited. */
	@Transactional
	Download download(CaseId id, UUID attachmentId) {
		readable(id, "api-attachment-download");
		Attachment a = attachments.findByIdAndCaseId(attachmentId, id.value())
			.orElseThrow(() -> DomainException.notFound("attachment"));
		byte[] sealed = jdbc.queryForObject("SELECT content FROM nrm_case_attachment_content WHERE attachment_id = ?",
				byte[].class, a.id());
		byte[] bytes = secrets.openBytes(sealed);
		audit.record(CasesAudit.CASE, id.value(), CasesAudit.ATTACHMENT_DOWNLOADED, Changes.none()
			.note("attachmentId", a.id().toString())
			.note("contentType", a.contentType()));
		return new Download(a, bytes);
	}

	static DomainException tooLarge() {
		return new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "cases.error.attachmentTooLarge", "file", 20);
	}

	/** The case as the caller sees it, with the person's section (files are the person's). */
	private void readable(CaseId id, String via) {
		CaseView seen = caseload.view(id, via);
		if (seen.person() == null) {
			throw DomainException.notFound("case");
		}
	}
}
