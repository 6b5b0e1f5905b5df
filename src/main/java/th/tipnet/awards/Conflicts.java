package th.tipnet.awards;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The conflicts of interest, declared and found. */
interface Conflicts extends Repository<Conflict, UUID> {

	Conflict saveAndFlush(Conflict conflict);

	Optional<Conflict> findById(UUID id);

	void delete(Conflict conflict);

	boolean existsByNominationIdAndJudgeIdAndBasis(UUID nominationId, UUID judgeId, Conflict.Basis basis);

	List<Conflict> findByNominationIdIn(Collection<UUID> nominationIds);
}
