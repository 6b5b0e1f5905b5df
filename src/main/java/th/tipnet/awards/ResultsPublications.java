package th.tipnet.awards;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The rounds whose results are public. */
interface ResultsPublications extends Repository<ResultsPublication, UUID> {

	ResultsPublication saveAndFlush(ResultsPublication publication);

	Optional<ResultsPublication> findById(UUID roundId);

	boolean existsById(UUID roundId);
}
