package th.tipnet.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

interface Registrations extends JpaRepository<Registration, UUID> {

	Optional<Registration> findByManageTokenHash(String hash);

	Optional<Registration> findByTicketCode(String ticketCode);

	/** A registration to check in, its row locked until the transaction ends: the first scan on any device wins. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Registration> findLockedById(UUID id);

	/** The same, by the code typed at the door. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Registration> findLockedByTicketCode(String ticketCode);

	List<Registration> findByEventIdAndStatus(UUID eventId, RegistrationStatus status);

	Optional<Registration> findByEventIdAndIdempotencyCallerAndIdempotencyKey(UUID eventId, String caller, String key);


	/** The first in a waiting list. */
	Optional<Registration> findFirstByEventIdAndModeAndGroupCodeAndStatusOrderByWaitlistSeq(UUID eventId, AttendanceMode mode,
			String groupCode, RegistrationStatus status);

	List<Registration> findByEventIdAndStatusAndOfferExpiresAtLessThanEqual(UUID eventId, RegistrationStatus status,
			java.time.Instant now);

	/** Events with an offer that should have lapsed by {@code now}. */
	@Query("select distinct r.eventId from Registration r where r.status = th.tipnet.events.RegistrationStatus.OFFERED"
			+ " and r.offerExpiresAt <= :now")
	List<UUID> eventsWithOffersDueBy(@Param("now") java.time.Instant now);

	/** How many are ahead in the same waiting list, plus one: the position a person sees. */
	@Query("select count(r) + 1 from Registration r where r.eventId = :event and r.mode = :mode and r.groupCode = :group"
			+ " and r.status = th.tipnet.events.RegistrationStatus.WAITLISTED and r.waitlistSeq < :seq")
	long positionOf(@Param("event") UUID eventId, @Param("mode") AttendanceMode mode, @Param("group") String groupCode,
			@Param("seq") int seq);

	List<Registration> findByEventIdAndModeAndGroupCodeAndStatusOrderByWaitlistSeq(UUID eventId, AttendanceMode mode,
			String groupCode, RegistrationStatus status);

	List<Registration> findByEventIdOrderByCreatedAt(UUID eventId);

	List<Registration> findByEventIdAndConsentPublicListTrueAndStatusOrderByFullName(UUID eventId, RegistrationStatus status);

	@Query("select r.mode, r.groupCode, r.status, count(r), sum(case when r.checkedInAt is not null then 1 else 0 end)"
			+ " from Registration r where r.eventId = :event group by r.mode, r.groupCode, r.status")
	List<Object[]> counts(@Param("event") UUID eventId);
}
