package th.tipnet.forums;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.Fingerprint;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * Changes to a forum after it was recorded (issue 16 items 1 and 5). Whoever may record the forum today (a network
 * coordinator, or an event organiser of one of the event's organising organisations) corrects its chair, the
 * organisations present, the agenda and the minutes, against the version they read (409 when stale); an organisation
 * that raised something stays present. The chair, and only the chair, marks what the forum's public summary shows.
 * Each refused field is named (422), nothing changes; every change is audited with what it was before.
 */
@Service
class ForumRevisions {

	/** Long text goes into the audit log as its beginning, its length and a digest, so a change always shows. */
	static final int AUDITED_TEXT = 200;

	private final Forums forums;

	private final ForumInputs inputs;

	private final ForumActions actions;

	private final ForumRecords records;

	private final AuditTrail audit;

	ForumRevisions(Forums forums, ForumInputs inputs, ForumActions actions, ForumRecords records, AuditTrail audit) {
		this.forums = forums;
		this.inputs = inputs;
		this.actions = actions;
		this.records = records;
		this.audit = audit;
	}

	/** What is sent to correct a forum's record; not yet checked. */
	record Revision(String chairUserId, List<String> organisationIds, String agenda, String minutes) {
	}

	/** The inputs and actions the chair shows publicly: every other one of the forum is not shown. */
	record Publicity(List<String> inputIds, List<String> actionIds) {
	}

	/** May the caller correct the forum's record: those who may record it today. */
	boolean mayRevise(Forum forum) {
		return records.mayRecord(forum);
	}

	/** May the caller choose what the public summary shows: the forum's chair. */
	static boolean mayPublish(Forum forum) {
		return forum.chairedBy(Actor.current().userId());
	}

	@Transactional
	Forum revise(UUID forumId, long version, Revision in) {
		Forum forum = records.get(forumId);
		if (!records.mayRecord(forum)) {
			throw DomainException.forbidden();
		}
		DomainException.requireVersion(forum.version(), version);
		List<Violation> v = new ArrayList<>();
		Forum.Chair chair = records.chair(forum, in.chairUserId(), v);
		List<Participant> present = keepSectors(forum, records.participants(in.organisationIds(), v));
		Set<UUID> speakers = inputs.findByForumIdOrderByRaisedAtAscIdAsc(forumId)
			.stream()
			.map(ForumInput::organisationId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<UUID> kept = present.stream().map(Participant::organisationId).collect(Collectors.toSet());
		if (v.stream().noneMatch(x -> x.field().startsWith("organisationIds")) && !kept.containsAll(speakers)) {
			v.add(new Violation("organisationIds", "forums.outputs.error.speakerRemoved"));
		}
		InputRules.text(v, "agenda", in.agenda(), ForumRecords.MAX_AGENDA, false);
		InputRules.text(v, "minutes", in.minutes(), ForumRecords.MAX_MINUTES, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		Changes changes = Changes.none()
			.field("chairUserId", forum.chairUserId(), chair.userId())
			.field("chairName", forum.chairName(), chair.name())
			.field("organisations", organisations(forum.participants()), organisations(present))
			.field("agenda", audited(forum.agenda()), audited(ForumRecords.blankToNull(in.agenda())))
			.field("minutes", audited(forum.minutes()), audited(ForumRecords.blankToNull(in.minutes())));
		if (changes.isEmpty()) {
			return forum;
		}
		forum.revise(chair, present, ForumRecords.blankToNull(in.agenda()), ForumRecords.blankToNull(in.minutes()));
		Forum saved = forums.save(forum);
		audit.record(ForumsAudit.FORUM, forum.id(), ForumsAudit.FORUM_REVISED, changes);
		return saved;
	}

	/**
	 * Shows exactly the given inputs and actions of the forum publicly, and none of its others. An id that is not
	 * the forum's is refused naming its place in the list.
	 */
	@Transactional
	void publish(UUID forumId, Publicity in) {
		Forum forum = records.get(forumId);
		if (!mayPublish(forum)) {
			throw DomainException.forbidden();
		}
		List<ForumInput> forumInputs = inputs.findByForumIdOrderByRaisedAtAscIdAsc(forumId);
		List<ForumAction> forumActions = actions.findByForumIdOrderByAgreedAtAscIdAsc(forumId);
		List<Violation> v = new ArrayList<>();
		Set<UUID> shownInputs = ids(in.inputIds(), "inputIds", forumInputs.stream().map(ForumInput::id).collect(Collectors.toSet()), v);
		Set<UUID> shownActions = ids(in.actionIds(), "actionIds", forumActions.stream().map(ForumAction::id).collect(Collectors.toSet()), v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		Changes changes = Changes.none();
		for (ForumInput i : forumInputs) {
			boolean shown = shownInputs.contains(i.id());
			if (i.shownPublicly() != shown) {
				changes.field("input " + i.id(), i.shownPublicly(), shown);
				i.showPublicly(shown);
				inputs.save(i);
			}
		}
		for (ForumAction a : forumActions) {
			boolean shown = shownActions.contains(a.id());
			if (a.shownPublicly() != shown) {
				changes.field("action " + a.id(), a.shownPublicly(), shown);
				a.showPublicly(shown);
				actions.save(a);
			}
		}
		if (!changes.isEmpty()) {
			audit.record(ForumsAudit.FORUM, forum.id(), ForumsAudit.FORUM_PUBLICITY_CHANGED, changes);
		}
	}

	/** An organisation present before keeps the sector it stood for that day; one added now stands for its directory sector. */
	private static List<Participant> keepSectors(Forum forum, List<Participant> present) {
		Map<UUID, Participant> before = forum.participants()
			.stream()
			.collect(Collectors.toMap(Participant::organisationId, Function.identity()));
		return present.stream().map(p -> before.getOrDefault(p.organisationId(), p)).toList();
	}

	private static String organisations(List<Participant> present) {
		return present.stream().map(p -> p.organisationId() + ":" + p.sector()).sorted().collect(Collectors.joining(","));
	}

	private static Set<UUID> ids(List<String> given, String field, Set<UUID> known, List<Violation> v) {
		Set<UUID> found = new LinkedHashSet<>();
		if (given == null) {
			return found;
		}
		for (int i = 0; i < given.size(); i++) {
			String place = field + "[" + i + "]";
			int before = v.size();
			UUID id = ForumRecords.uuid(given.get(i), place, v);
			if (id != null && known.contains(id)) {
				found.add(id);
			}
			else if (v.size() == before) {
				v.add(new Violation(place, "forums.outputs.error.notOfForum"));
			}
		}
		return found;
	}

	/** Text as the audit log keeps it: whole when short, else its beginning, length and digest. */
	static String audited(String text) {
		if (text == null || text.length() <= AUDITED_TEXT) {
			return text;
		}
		return text.substring(0, AUDITED_TEXT) + "… (" + text.length() + " characters, SHA-256 "
				+ Fingerprint.of(text).substring(0, 16) + ")";
	}
}
