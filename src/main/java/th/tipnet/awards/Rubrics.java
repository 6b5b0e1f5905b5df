package th.tipnet.awards;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The categories' rubrics: their criteria in order. */
interface Rubrics extends Repository<Criterion, UUID> {

	Criterion save(Criterion criterion);

	List<Criterion> findByCategoryIdOrderByPosition(UUID categoryId);

	List<Criterion> findByCategoryIdInOrderByPosition(Collection<UUID> categoryIds);

	boolean existsByCategoryId(UUID categoryId);

	void delete(Criterion criterion);

	void flush();
}
