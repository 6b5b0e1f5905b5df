package th.tipnet.awards;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The committee's confirmations, one per category. */
interface CategoryResults extends Repository<CategoryResult, UUID> {

	CategoryResult saveAndFlush(CategoryResult result);

	Optional<CategoryResult> findByCategoryId(UUID categoryId);

	List<CategoryResult> findByRoundId(UUID roundId);

	List<CategoryResult> findByCategoryIdIn(Collection<UUID> categoryIds);
}
