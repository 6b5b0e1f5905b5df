package th.tipnet.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface Events extends ListCrudRepository<Event, UUID> {

	Optional<Event> findBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsBySlugStartingWithAndEndsAtAfter(String prefix, java.time.Instant now);

	List<Event> findByStatusOrderByStartsAtDesc(EventStatus status);

	List<Event> findByStatusInOrderByStartsAtDesc(java.util.Collection<EventStatus> statuses);

	/**
	 * Locks the event's row (a plain row lock: no joins, so PostgreSQL accepts FOR UPDATE)
	 * for the rest of the transaction: registrations for one event are decided one
	 * at a time, on every instance, so a seat is never given twice.
	 */
	@Query(value = "SELECT id FROM event WHERE id = :id FOR UPDATE", nativeQuery = true)
	Optional<UUID> lock(@Param("id") UUID id);

	/** The same lock, answering the committed version (see {@link EventLocks} and {@link EventSnapshots}). */
	@Query(value = "SELECT version FROM event WHERE id = :id FOR UPDATE", nativeQuery = true)
	Optional<Long> lockVersion(@Param("id") UUID id);

	/** The committed version, without a lock. */
	@Query(value = "SELECT version FROM event WHERE id = :id", nativeQuery = true)
	Optional<Long> committedVersion(@Param("id") UUID id);
}
