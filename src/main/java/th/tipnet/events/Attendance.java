package th.tipnet.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/**
 * Who attended: checked in at the door, or joined online through their personal link while the
 * session was on (from {@code tipnet.events.join-opens-before}, 30 minutes by default, before the
 * start until the end). Opening the link at another time records nothing: a link opened the week
 * before is not attendance. A certificate of attendance exists only for someone who attended, and
 * only once the event has started.
 */
@Service
class Attendance {

	private final Participants registered;

	private final Events events;

	private final Registrations registrations;

	private final EventLocks locks;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration opensBefore;

	Attendance(Participants registered, Events events, Registrations registrations, EventLocks locks, AuditTrail audit, Clock clock,
			@Value("${tipnet.events.join-opens-before:PT30M}") Duration opensBefore) {
		this.registered = registered;
		this.events = events;
		this.registrations = registrations;
		this.locks = locks;
		this.audit = audit;
		this.clock = clock;
		this.opensBefore = opensBefore;
	}

	/** Where the online session stands for someone opening their join link. */
	public enum Session {
		NOT_YET_OPEN, OPEN, ENDED
	}

	/**
	 * The outcome of opening a personal join link: the event, whether the session is on (then the
	 * meeting link is given and attendance recorded), and from when it opens.
	 */
	public record Join(Event event, Session session, Instant opensAt) {

		/** The meeting link: only while the session is open. */
		public String meetingUrl() {
			return session == Session.OPEN ? event.meetingUrl() : null;
		}
	}

	/**
	 * An online participant opens their personal join link. While the session is open their
	 * attendance is recorded (once) and the meeting link returned; before or after, nothing is
	 * recorded and they are told when it opens. Only confirmed online registrations have a link.
	 */
	@Transactional
	public Join join(String token) {
		Registration r = registered.byToken(token);
		r.mustJoinOnline();
		Event event = events.findById(r.eventId()).orElseThrow(() -> DomainException.notFound("event"));
		if (event.meetingUrl() == null) {
			throw DomainException.conflict("events.join.noMeeting");
		}
		Instant now = clock.instant();
		Instant opensAt = event.startsAt().minus(opensBefore);
		if (now.isBefore(opensAt)) {
			return new Join(event, Session.NOT_YET_OPEN, opensAt);
		}
		if (!now.isBefore(event.endsAt())) {
			return new Join(event, Session.ENDED, opensAt);
		}
		// Locked: the same link opened twice at once records one arrival.
		if (locks.locked(r).joinOnline(now.truncatedTo(ChronoUnit.SECONDS))) {
			registrations.save(r);
			audit.recordAs(Actor.current(), EventsAudit.REGISTRATION, r.id(), EventsAudit.JOINED_ONLINE, Changes.none());
		}
		return new Join(event, Session.OPEN, opensAt);
	}

	/** Has the event started (certificates are issued from then on)? */
	public boolean started(Event event) {
		return !clock.instant().isBefore(event.startsAt());
	}

	/** Did this person attend: checked in at the door, or joined online while the session was open? */
	public static boolean attended(Registration r) {
		return r.checkedInAt() != null;
	}

	/** May this person's certificate be printed now? Refused (409) before the start and for someone who did not attend. */
	void certifiable(Event event, Registration r) {
		mustHaveStarted(event);
		if (!attended(r)) {
			throw DomainException.conflict("events.certificate.notAttended");
		}
	}

	void mustHaveStarted(Event event) {
		if (!started(event)) {
			throw DomainException.conflict("events.certificate.notStarted");
		}
	}
}
