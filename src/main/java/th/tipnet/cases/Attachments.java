package th.tipnet.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** A case's attachments; callers reach them only through a case they may see ({@link CaseAttachments}). */
interface Attachments extends Repository<Attachment, UUID> {

	Attachment save(Attachment a);

	List<Attachment> findByCaseIdOrderByUploadedAtAscIdAsc(UUID caseId);

	Optional<Attachment> findByIdAndCaseId(UUID id, UUID caseId);
}
