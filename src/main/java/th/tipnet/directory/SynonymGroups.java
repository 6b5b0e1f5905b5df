package th.tipnet.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SynonymGroups extends ListCrudRepository<SynonymGroup, UUID> {

	List<SynonymGroup> findAllByOrderByTerms();

	@Query("SELECT MAX(g.updatedAt) FROM SynonymGroup g")
	Instant latestChange();
}
