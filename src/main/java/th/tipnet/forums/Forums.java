package th.tipnet.forums;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The recorded forums. */
interface Forums extends Repository<Forum, UUID> {

	Forum save(Forum forum);

	Optional<Forum> findById(UUID id);

	Optional<Forum> findByEventId(UUID eventId);

	boolean existsByEventId(UUID eventId);

	List<Forum> findAll();
}
