package th.tipnet.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The screening checklist's indicators, retired ones included (past screenings name them). */
interface ChecklistIndicators extends Repository<ChecklistIndicator, UUID> {

	ChecklistIndicator save(ChecklistIndicator indicator);

	Optional<ChecklistIndicator> findById(UUID id);

	List<ChecklistIndicator> findAllByOrderByPositionAsc();

	boolean existsByKey(String key);
}
