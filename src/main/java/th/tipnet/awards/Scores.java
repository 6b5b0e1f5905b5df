package th.tipnet.awards;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The judges' scores. */
interface Scores extends Repository<Score, UUID> {

	Score save(Score score);

	List<Score> findByNominationIdAndJudgeId(UUID nominationId, UUID judgeId);

	List<Score> findByNominationIdIn(Collection<UUID> nominationIds);
}
