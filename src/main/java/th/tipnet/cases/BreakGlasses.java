package th.tipnet.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Break glasses, asked for by case and by the user who opened them. */
interface BreakGlasses extends Repository<BreakGlass, UUID> {

	BreakGlass save(BreakGlass b);

	Optional<BreakGlass> findFirstByCaseIdAndUserIdAndExpiresAtAfterOrderByExpiresAtDesc(UUID caseId, UUID userId, Instant now);

	/** Those still open on a case, the latest to expire first (the lead organisation's banner). */
	List<BreakGlass> findByCaseIdAndExpiresAtAfterOrderByExpiresAtDesc(UUID caseId, Instant now);

	Optional<BreakGlass> findById(UUID id);
}
