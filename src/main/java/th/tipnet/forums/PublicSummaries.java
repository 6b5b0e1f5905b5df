package th.tipnet.forums;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.DomainException;

/**
 * A forum's public summary (issue 16 item 5), for anybody, signed in or not: the event's title, date and place (the
 * event's own page shows them publicly already), the sectors present, and only the inputs and actions its chair
 * marked public, with the actions' owner, due date, status and progress. Never the minutes, the agenda, which
 * organisation raised what, the updates or anybody's name or contact. A forum whose event is not published is not
 * found.
 */
@Service
class PublicSummaries {

	private final Forums forums;

	private final ForumInputs inputs;

	private final ForumActions actions;

	private final ForumRecords records;

	PublicSummaries(Forums forums, ForumInputs inputs, ForumActions actions, ForumRecords records) {
		this.forums = forums;
		this.inputs = inputs;
		this.actions = actions;
		this.records = records;
	}

	record Summary(UUID forumId, ForumRecords.EventFacts event, List<String> sectors, List<ForumInput> inputs, List<PublicAction> actions) {
	}

	record PublicAction(ForumAction action, ForumInput input, String owner) {
	}

	@Transactional(readOnly = true)
	Summary of(UUID forumId, Locale locale) {
		Forum forum = forums.findById(forumId).orElseThrow(() -> DomainException.notFound("forum"));
		ForumRecords.EventFacts event = records.eventFacts(forum);
		if (!event.published()) {
			throw DomainException.notFound("forum");
		}
		List<ForumInput> all = inputs.findByForumIdOrderByRaisedAtAscIdAsc(forumId);
		List<String> sectors = forum.participants().stream().map(Participant::sector).distinct().sorted().toList();
		List<PublicAction> shownActions = actions.findByForumIdOrderByAgreedAtAscIdAsc(forumId)
			.stream()
			.filter(ForumAction::shownPublicly)
			.map(a -> new PublicAction(a, all.stream().filter(i -> i.id().equals(a.inputId())).findFirst().orElseThrow(),
					records.organisationName(a.ownerOrganisationId(), locale)))
			.toList();
		return new Summary(forumId, event, sectors, all.stream().filter(ForumInput::shownPublicly).toList(), shownActions);
	}
}
