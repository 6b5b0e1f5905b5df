package th.tipnet.forums;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;

/**
 * The follow-up actions of forums: the chair and the forum's recorders agree them on an input and may report on
 * them; the owner organisation's {@code ORG_ADMIN}s and {@code MEMBER}s report progress with evidence. Any
 * signed-in member reads them, filtered by owner, status, theme and whether overdue (past the due date, Bangkok
 * time, by the application's clock, and not done or dropped). Each refused field is named (422), nothing changes;
 * a stale version or a report on a closed action is 409; every change is audited.
 */
@Service
class FollowUps {

	static final int MAX_WHAT = 1000;

	static final int MAX_NOTE = 2000;

	static final int MAX_REASON = 1000;

	static final int MAX_MILESTONE = 300;

	private final ForumActions actions;

	private final ForumInputs inputs;

	private final ForumRecords records;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	FollowUps(ForumActions actions, ForumInputs inputs, ForumRecords records, Directory directory, AuditTrail audit,
			Clock clock) {
		this.actions = actions;
		this.inputs = inputs;
		this.records = records;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** What is sent to agree an action; not yet checked. */
	record Agreement(String inputId, String what, String ownerOrganisationId, String dueOn, List<MilestoneIn> milestones) {
	}

	record MilestoneIn(String title, String dueOn) {
	}

	/** What is sent to report on an action; not yet checked. */
	record Report(String status, Integer progress, String note, String link, String reason) {
	}

	/** How the action list is narrowed; any part may be null. */
	record Filter(UUID owner, String status, String theme, Boolean overdue) {
	}

	/** An action with the input it follows, for lists and pages. */
	record Followed(ForumAction action, ForumInput input, boolean overdue) {
	}

	LocalDate today() {
		return clock.instant().atZone(Dates.BANGKOK).toLocalDate();
	}

	@Transactional(readOnly = true)
	List<Followed> list(Filter filter) {
		List<Violation> v = new ArrayList<>();
		ActionStatus status = filter.status() == null ? null : ActionStatus.named(filter.status());
		if (filter.status() != null && status == null) {
			v.add(new Violation("status", "forums.error.status"));
		}
		Theme theme = filter.theme() == null ? null : Theme.named(filter.theme());
		if (filter.theme() != null && theme == null) {
			v.add(new Violation("theme", "forums.error.theme"));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		records.all();
		Map<UUID, ForumInput> byId = inputs.findAll().stream().collect(Collectors.toMap(ForumInput::id, Function.identity()));
		LocalDate today = today();
		return actions.findAllByOrderByDueOnAscIdAsc()
			.stream()
			.map(a -> new Followed(a, byId.get(a.inputId()), a.overdue(today)))
			.filter(f -> filter.owner() == null || f.action().ownerOrganisationId().equals(filter.owner()))
			.filter(f -> status == null || f.action().status() == status)
			.filter(f -> theme == null || f.input().theme() == theme)
			.filter(f -> filter.overdue() == null || f.overdue() == filter.overdue())
			.toList();
	}

	@Transactional(readOnly = true)
	List<Followed> ofForum(UUID forumId) {
		LocalDate today = today();
		Map<UUID, ForumInput> byId = records.inputs(forumId).stream().collect(Collectors.toMap(ForumInput::id, Function.identity()));
		return actions.findByForumIdOrderByAgreedAtAscIdAsc(forumId)
			.stream()
			.map(a -> new Followed(a, byId.get(a.inputId()), a.overdue(today)))
			.toList();
	}

	@Transactional(readOnly = true)
	Followed get(UUID id) {
		ForumAction a = actions.findById(id).orElseThrow(() -> DomainException.notFound("action"));
		records.get(a.forumId());
		return new Followed(a, inputs.findById(a.inputId()).orElseThrow(), a.overdue(today()));
	}

	/** May the caller report on the action: its owner's administrators and members, the forum's chair and recorders. */
	boolean mayReport(ForumAction action) {
		boolean owner = action.ownerOrganisationId().equals(Actor.current().organisationId())
				&& (CurrentUser.hasRole("ORG_ADMIN") || CurrentUser.hasRole("MEMBER"));
		return owner || records.mayEdit(records.get(action.forumId()));
	}

	@Transactional
	ForumAction agree(Agreement in) {
		List<Violation> v = new ArrayList<>();
		UUID inputId = ForumRecords.uuid(in.inputId(), "inputId", v);
		ForumInput input = inputId == null ? null : inputs.findById(inputId).orElse(null);
		if (input == null) {
			if (v.isEmpty()) {
				v.add(new Violation("inputId", "forums.error.input"));
			}
			throw new InvalidInput(v);
		}
		Forum forum = records.get(input.forumId());
		if (!records.mayEdit(forum)) {
			throw DomainException.forbidden();
		}
		InputRules.text(v, "what", in.what(), MAX_WHAT, true);
		UUID owner = ForumRecords.uuid(in.ownerOrganisationId(), "ownerOrganisationId", v);
		if (owner == null && v.stream().noneMatch(x -> x.field().equals("ownerOrganisationId"))) {
			v.add(new Violation("ownerOrganisationId", "forums.error.ownerRequired"));
		}
		else if (owner != null && directory.summary(OrganisationId.of(owner)).filter(OrganisationSummary::active).isEmpty()) {
			v.add(new Violation("ownerOrganisationId", "forums.error.organisation"));
		}
		LocalDate dueOn = date(in.dueOn(), "dueOn", true, v);
		List<Milestone> milestones = milestones(in.milestones(), v);
		LocalDate forumDay = records.eventOf(forum).startsAt().atZone(Dates.BANGKOK).toLocalDate();
		if (dueOn != null && dueOn.isBefore(forumDay)) {
			v.add(new Violation("dueOn", "forums.error.dueBeforeForum"));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		Actor actor = Actor.current();
		ForumAction action = actions.save(ForumAction.agree(input, in.what().strip(), owner, dueOn, milestones, forumDay,
				clock.instant(), actor.userId(), actor.name()));
		audit.record(ForumsAudit.FORUM_ACTION, action.id(), ForumsAudit.FORUM_ACTION_AGREED, Changes.none()
			.note("forumId", forum.id())
			.note("inputId", input.id())
			.note("ownerOrganisationId", owner)
			.note("dueOn", dueOn)
			.note("milestones", milestones.size()));
		return action;
	}

	@Transactional
	ForumAction report(UUID id, long version, Report in) {
		ForumAction action = get(id).action();
		if (!mayReport(action)) {
			throw DomainException.forbidden();
		}
		DomainException.requireVersion(action.version(), version);
		List<Violation> v = new ArrayList<>();
		ActionStatus to = in.status() == null || in.status().isBlank() ? null : ActionStatus.named(in.status());
		if (to == null && in.status() != null && !in.status().isBlank()) {
			v.add(new Violation("status", "forums.error.status"));
		}
		if (in.progress() != null && (in.progress() < 0 || in.progress() > 100)) {
			v.add(new Violation("progress", "forums.error.progress"));
		}
		InputRules.text(v, "note", in.note(), MAX_NOTE, false);
		InputRules.url(v, "link", in.link());
		InputRules.text(v, "reason", in.reason(), MAX_REASON, false);
		if (to == ActionStatus.DROPPED && (in.reason() == null || in.reason().isBlank())) {
			v.add(new Violation("reason", "forums.error.dropReason"));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		Changes changes = Changes.none();
		ActionStatus before = action.status();
		int progressBefore = action.progress();
		Actor actor = Actor.current();
		action.report(to, in.progress(), ForumRecords.blankToNull(in.note()), ForumRecords.blankToNull(in.link()), in.reason(), clock.instant(),
				actor.userId(), actor.name());
		actions.save(action);
		audit.record(ForumsAudit.FORUM_ACTION, action.id(), ForumsAudit.FORUM_ACTION_REPORTED, changes.field("status", before, action.status())
			.field("progress", progressBefore, action.progress())
			.note("evidence", in.link() != null && !in.link().isBlank() ? "link" : in.note() != null && !in.note().isBlank() ? "note" : "none"));
		return action;
	}

	private List<Milestone> milestones(List<MilestoneIn> given, List<Violation> v) {
		List<Milestone> found = new ArrayList<>();
		if (given == null) {
			return found;
		}
		for (int i = 0; i < given.size(); i++) {
			MilestoneIn m = given.get(i);
			String field = "milestones[" + i + "]";
			if (m == null) {
				v.add(new Violation(field + ".title", "error.required"));
				continue;
			}
			InputRules.text(v, field + ".title", m.title(), MAX_MILESTONE, true);
			LocalDate due = date(m.dueOn(), field + ".dueOn", false, v);
			if (m.title() != null && !m.title().isBlank()) {
				found.add(new Milestone(m.title().strip(), due));
			}
		}
		return found;
	}

	/** A date as typed (B.E. or C.E.) or ISO; refused naming the field when unreadable, or missing and required. */
	private static LocalDate date(String given, String field, boolean required, List<Violation> v) {
		if (given == null || given.isBlank()) {
			if (required) {
				v.add(new Violation(field, "forums.error.dueRequired"));
			}
			return null;
		}
		var read = Dates.read(given);
		if (read.isEmpty() || read.get().time() != null) {
			v.add(new Violation(field, "forums.error.date"));
			return null;
		}
		return read.get().date();
	}
}
