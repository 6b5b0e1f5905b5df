package th.tipnet.forums;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import th.tipnet.common.DomainException;

/**
 * The record of one meeting: the event it was (by id: the events module keeps the event), its chair, the
 * organisations present with their sector, the agenda and the minutes. Inputs are raised through
 * {@link #raise}, which holds that only an organisation present speaks for itself.
 */
@Entity
@Table(name = "forum")
class Forum extends AbstractAggregateRoot<Forum> {

	@Id
	private UUID id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private UUID eventId;

	@Column(name = "chair_user_id")
	private UUID chairUserId;

	@Column(name = "chair_name")
	private String chairName;

	private String agenda;

	private String minutes;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "forum_participant", joinColumns = @JoinColumn(name = "forum_id"))
	private List<Participant> participants = new ArrayList<>();

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", updatable = false)
	private UUID recordedBy;

	@Version
	private long version;

	protected Forum() {
	}

	/** The chair as the forum names them: an account and the name it showed then. */
	record Chair(UUID userId, String name) {
	}

	/** A meeting recorded; the chair may be null only when the system records demo data. */
	static Forum record(UUID eventId, Chair chair, List<Participant> present, String agenda, String minutes, Instant at,
			UUID by) {
		Forum f = new Forum();
		f.id = UUID.randomUUID();
		f.eventId = eventId;
		if (chair != null) {
			f.chairUserId = chair.userId();
			f.chairName = chair.name();
		}
		f.participants.addAll(present);
		f.agenda = agenda;
		f.minutes = minutes;
		f.recordedAt = at;
		f.recordedBy = by;
		f.registerEvent(new ForumRecorded(new ForumId(f.id), eventId));
		return f;
	}

	/**
	 * An organisation present, or a sector as a whole, raises a problem or a recommendation. An organisation
	 * that was not there cannot have said anything at this meeting.
	 */
	ForumInput raise(InputKind kind, Theme theme, UUID organisationId, String sector, String text, Set<String> provinces,
			Instant at, UUID by) {
		String speaking = sector;
		if (organisationId != null) {
			speaking = participant(organisationId)
				.orElseThrow(() -> DomainException.invalid("organisationId", "forums.error.notPresent"))
				.sector();
		}
		ForumInput input = new ForumInput(id, organisationId, speaking, kind, theme, text, provinces, at, by);
		registerEvent(new InputRaised(new ForumId(id), input.id(), kind.name(), theme.name()));
		return input;
	}

	/**
	 * The record corrected after the meeting (issue 16 item 1): another chair, the organisations present, the agenda
	 * and the minutes. The caller has checked each (see {@code ForumRevisions}); the recording itself stays as it was.
	 */
	void revise(Chair chair, List<Participant> present, String agenda, String minutes) {
		chairUserId = chair.userId();
		chairName = chair.name();
		participants.clear();
		participants.addAll(present);
		this.agenda = agenda;
		this.minutes = minutes;
	}

	Optional<Participant> participant(UUID organisationId) {
		return participants.stream().filter(p -> p.organisationId().equals(organisationId)).findFirst();
	}

	boolean chairedBy(UUID userId) {
		return chairUserId != null && chairUserId.equals(userId);
	}

	public UUID id() {
		return id;
	}

	public UUID eventId() {
		return eventId;
	}

	public UUID chairUserId() {
		return chairUserId;
	}

	public String chairName() {
		return chairName;
	}

	public String agenda() {
		return agenda;
	}

	public String minutes() {
		return minutes;
	}

	public List<Participant> participants() {
		return List.copyOf(participants);
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public UUID recordedBy() {
		return recordedBy;
	}

	public long version() {
		return version;
	}
}
