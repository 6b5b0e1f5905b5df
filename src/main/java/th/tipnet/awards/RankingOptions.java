package th.tipnet.awards;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The categories' ranking options; a category without one ranks its judges' totals as given. */
interface RankingOptions extends Repository<RankingOption, UUID> {

	RankingOption saveAndFlush(RankingOption option);

	Optional<RankingOption> findById(UUID categoryId);

	default boolean normalise(UUID categoryId) {
		return findById(categoryId).map(RankingOption::normalise).orElse(false);
	}
}
