package th.tipnet.awards;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The award rounds, newest year first. */
interface AwardRounds extends Repository<AwardRound, UUID> {

	AwardRound save(AwardRound round);

	Optional<AwardRound> findById(UUID id);

	boolean existsByYearBe(int yearBe);

	List<AwardRound> findAllByOrderByYearBeDesc();
}
