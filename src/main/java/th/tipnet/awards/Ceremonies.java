package th.tipnet.awards;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

import th.tipnet.events.EventId;

/** The rounds' ceremonies; a round without one has no event named and the usual order of presentation. */
interface Ceremonies extends Repository<Ceremony, UUID> {

	Ceremony saveAndFlush(Ceremony ceremony);

	Optional<Ceremony> findById(UUID roundId);

	default Optional<EventId> eventOf(RoundId round) {
		return findById(round.value()).map(Ceremony::event);
	}
}
