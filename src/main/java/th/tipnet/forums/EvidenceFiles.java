package th.tipnet.forums;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The files given as evidence on actions' updates (without their bytes). */
interface EvidenceFiles extends Repository<EvidenceFile, UUID> {

	EvidenceFile save(EvidenceFile file);

	Optional<EvidenceFile> findByIdAndActionId(UUID id, UUID actionId);

	List<EvidenceFile> findByActionIdOrderByUploadedAtAscIdAsc(UUID actionId);
}
