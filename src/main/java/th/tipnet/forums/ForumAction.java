package th.tipnet.forums;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import th.tipnet.common.DomainException;

/**
 * A follow-up action agreed on a problem or a recommendation: what, the owner organisation, the due date (never
 * before the forum), milestones, status and progress. {@link #report} moves it, keeping each change with its
 * evidence as the action's history; done and dropped are final, and dropping needs a reason.
 */
@Entity
@Table(name = "forum_action")
class ForumAction extends AbstractAggregateRoot<ForumAction> {

	@Id
	private UUID id;

	@Column(name = "forum_id", nullable = false, updatable = false)
	private UUID forumId;

	@Column(name = "input_id", nullable = false, updatable = false)
	private UUID inputId;

	@Column(nullable = false)
	private String what;

	@Column(name = "owner_org_id", nullable = false)
	private UUID ownerOrganisationId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionStatus status;

	@Column(nullable = false)
	private int progress;

	@Column(name = "drop_reason")
	private String dropReason;

	@Column(name = "agreed_at", nullable = false, updatable = false)
	private Instant agreedAt;

	@Column(name = "agreed_by", updatable = false)
	private UUID agreedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "forum_action_milestone", joinColumns = @JoinColumn(name = "action_id"))
	@OrderColumn(name = "position")
	private List<Milestone> milestones = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "forum_action_update", joinColumns = @JoinColumn(name = "action_id"))
	@OrderColumn(name = "position")
	private List<ActionUpdate> updates = new ArrayList<>();

	@Column(name = "shown_publicly", nullable = false)
	private boolean shownPublicly;

	@Version
	private long version;

	protected ForumAction() {
	}

	/** The forum agrees an action on one of its inputs; it is due on or after the forum's day. */
	static ForumAction agree(ForumInput input, String what, UUID owner, LocalDate dueOn, List<Milestone> milestones,
			LocalDate forumDay, Instant at, UUID by, String byName) {
		if (dueOn.isBefore(forumDay)) {
			throw DomainException.invalid("dueOn", "forums.error.dueBeforeForum");
		}
		ForumAction a = new ForumAction();
		a.id = UUID.randomUUID();
		a.forumId = input.forumId();
		a.inputId = input.id();
		a.what = what;
		a.ownerOrganisationId = owner;
		a.dueOn = dueOn;
		a.status = ActionStatus.OPEN;
		a.progress = 0;
		a.agreedAt = at;
		a.agreedBy = by;
		a.milestones.addAll(milestones);
		a.updates.add(new ActionUpdate(at, by, byName, ActionStatus.OPEN.name(), 0, null, null, null));
		a.registerEvent(new ActionAgreed(a.id, new ForumId(a.forumId), owner));
		return a;
	}

	/**
	 * Reports on the action: a new status (or the same), a progress (done is 100), the evidence. A closed action takes
	 * no more reports; dropping without a reason is refused.
	 */
	void report(ActionStatus to, Integer newProgress, String note, String link, String reason, Instant at, UUID by,
			String byName) {
		if (status.closed()) {
			throw DomainException.conflict("forums.error.actionClosed");
		}
		ActionStatus next = to == null ? status : to;
		if (next == ActionStatus.DROPPED && (reason == null || reason.isBlank())) {
			throw DomainException.invalid("reason", "forums.error.dropReason");
		}
		int nextProgress = next == ActionStatus.DONE ? 100 : newProgress == null ? progress : newProgress;
		if (nextProgress < 0 || nextProgress > 100) {
			throw DomainException.invalid("progress", "forums.error.progress");
		}
		status = next;
		progress = nextProgress;
		dropReason = next == ActionStatus.DROPPED ? reason.strip() : null;
		updates.add(new ActionUpdate(at, by, byName, next.name(), nextProgress, note, link, dropReason));
		registerEvent(new ActionProgressed(id, next.name(), nextProgress));
	}

	/** Still to do and past its due date on {@code today}. */
	boolean overdue(LocalDate today) {
		return !status.closed() && dueOn.isBefore(today);
	}

	/** The chair shows it on the forum's public summary, or takes it off. */
	void showPublicly(boolean shown) {
		shownPublicly = shown;
	}

	public boolean shownPublicly() {
		return shownPublicly;
	}

	public UUID id() {
		return id;
	}

	public UUID forumId() {
		return forumId;
	}

	public UUID inputId() {
		return inputId;
	}

	public String what() {
		return what;
	}

	public UUID ownerOrganisationId() {
		return ownerOrganisationId;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public ActionStatus status() {
		return status;
	}

	public int progress() {
		return progress;
	}

	public String dropReason() {
		return dropReason;
	}

	public Instant agreedAt() {
		return agreedAt;
	}

	public List<Milestone> milestones() {
		return List.copyOf(milestones);
	}

	public List<ActionUpdate> updates() {
		return List.copyOf(updates);
	}

	public long version() {
		return version;
	}
}
