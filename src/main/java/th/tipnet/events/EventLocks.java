package th.tipnet.events;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import th.tipnet.common.DomainException;

/**
 * Takes an event's row lock and hands back what seat decisions read as it is committed now: the
 * event (an organiser may have changed a capacity or quota while this transaction waited for the
 * lock) and a registration read before the lock (a participant or the expiry job may have changed it).
 */
@Component
class EventLocks {

	private final Events events;

	private final EntityManager entityManager;

	EventLocks(Events events, EntityManager entityManager) {
		this.events = events;
		this.entityManager = entityManager;
	}

	/** Locks the event until the transaction ends; the event as committed. */
	Event lock(UUID eventId) {
		long committed = events.lockVersion(eventId).orElseThrow(() -> DomainException.notFound("event"));
		Event event = events.findById(eventId).orElseThrow(() -> DomainException.notFound("event"));
		if (event.version() != committed) {
			entityManager.refresh(event);
		}
		return event;
	}

	/** A registration read before its event was locked, as committed now (call after {@link #lock}). */
	Registration fresh(Registration registration) {
		entityManager.refresh(registration);
		return registration;
	}

	/** A registration as committed now, its row locked until the transaction ends (one change at a time). */
	Registration locked(Registration registration) {
		entityManager.refresh(registration, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
		return registration;
	}
}
