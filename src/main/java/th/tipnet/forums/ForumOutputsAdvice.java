package th.tipnet.forums;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What a forum's page and an action's page show of the forum's outputs, added to their models without changing their
 * controllers: on a forum, whether the reader may correct its record or choose what is public, and how much is; on an
 * action, the evidence files given with each update and whether the reader may give one.
 */
@ControllerAdvice(assignableTypes = { ForumPages.class, ActionPages.class })
class ForumOutputsAdvice {

	private final ForumRecords records;

	private final ForumRevisions revisions;

	private final FollowUps followUps;

	private final ActionEvidence evidence;

	ForumOutputsAdvice(ForumRecords records, ForumRevisions revisions, FollowUps followUps, ActionEvidence evidence) {
		this.records = records;
		this.revisions = revisions;
		this.followUps = followUps;
		this.evidence = evidence;
	}

	/** A forum's outputs as its page offers them. */
	record Outputs(UUID forumId, boolean mayRevise, boolean mayPublish, long publicInputs, long publicActions) {
	}

	/** An action's evidence files by the position of their update. */
	record Evidence(Map<Integer, List<EvidenceFile>> byUpdate, boolean mayAttach) {
	}

	@ModelAttribute("outputs")
	Outputs outputs(@PathVariable(name = "id", required = false) UUID id, jakarta.servlet.http.HttpServletRequest request) {
		if (id == null || !request.getRequestURI().startsWith(request.getContextPath() + "/forums/")) {
			return null;
		}
		Forum forum = records.get(id);
		return new Outputs(id, revisions.mayRevise(forum), ForumRevisions.mayPublish(forum),
				records.inputs(id).stream().filter(ForumInput::shownPublicly).count(),
				followUps.ofForum(id).stream().filter(f -> f.action().shownPublicly()).count());
	}

	@ModelAttribute("evidence")
	Evidence evidence(@PathVariable(name = "id", required = false) UUID id, jakarta.servlet.http.HttpServletRequest request) {
		if (id == null || !request.getRequestURI().startsWith(request.getContextPath() + "/actions/")) {
			return null;
		}
		FollowUps.Followed f = followUps.get(id);
		return new Evidence(evidence.list(id).stream().collect(Collectors.groupingBy(EvidenceFile::updatePosition)),
				followUps.mayReport(f.action()));
	}
}
