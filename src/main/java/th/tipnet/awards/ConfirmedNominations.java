package th.tipnet.awards;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The nominations the committee confirmed as winners, read together for the results. */
interface ConfirmedNominations extends Repository<Nomination, UUID> {

	List<Nomination> findByIdIn(Collection<UUID> ids);
}
