package th.tipnet.events;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import th.tipnet.common.DomainException;

/**
 * Events as registration and check-in read them, kept in memory: loading an event with its groups,
 * agenda and organisers on every one of thousands of registrations was a large part of their cost.
 * A snapshot is only trusted for a decision after {@link #locked} has compared its version with the
 * locked row, so a change made on any instance is seen before the next seat is given.
 */
@Component
class EventSnapshots {

	private static final int MAX_EVENTS = 2_000;

	private final Events events;

	private final Map<UUID, Event> snapshots = new ConcurrentHashMap<>();

	private final jakarta.persistence.EntityManager entityManager;

	EventSnapshots(Events events, jakarta.persistence.EntityManager entityManager) {
		this.events = events;
		this.entityManager = entityManager;
	}

	/** The event as last seen, for checks that are repeated under the lock. */
	Event current(UUID id) {
		Event event = snapshots.get(id);
		return event != null ? event : load(id);
	}

	/** Takes the event's row lock (until the transaction ends) and returns the event as it is now. */
	Event locked(UUID id) {
		return current(id, events.lockVersion(id).orElseThrow(() -> DomainException.notFound("event")));
	}

	/**
	 * The event as committed now, without a lock: before refusing someone on what the snapshot says
	 * (registration closed, a mode not offered), since an organiser may have changed that elsewhere.
	 */
	Event fresh(UUID id) {
		return current(id, events.committedVersion(id).orElseThrow(() -> DomainException.notFound("event")));
	}

	/** Forgets an event this instance changed, so its next reader loads it again. */
	void forget(UUID id) {
		snapshots.remove(id);
	}

	private Event current(UUID id, long version) {
		Event event = snapshots.get(id);
		if (event != null && event.version() == version) {
			return event;
		}
		event = load(id);
		if (event.version() != version) {
			// Read earlier in this same transaction: the persistence context hands back that copy.
			entityManager.refresh(event);
		}
		return event;
	}

	private Event load(UUID id) {
		Event event = events.findById(id).orElseThrow(() -> DomainException.notFound("event"));
		if (snapshots.size() >= MAX_EVENTS) {
			snapshots.clear();
		}
		snapshots.put(id, event);
		return event;
	}
}
