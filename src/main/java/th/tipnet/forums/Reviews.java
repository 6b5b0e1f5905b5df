package th.tipnet.forums;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * A later forum reviews a recommendation (issue 16 item 4): its chair or a recorder notes an outcome, about the
 * recommendation or one of its actions. The reviewing forum must have met after the one that raised it; each
 * refused field is named (422) and nothing is stored; anybody else is refused (403); every review is audited.
 */
@Service
class Reviews {

	static final int MAX_NOTE = 2000;

	/** How many of the latest recorded forums are offered to review at. */
	static final int CANDIDATES = 100;

	private final ForumInputs inputs;

	private final ForumActions actions;

	private final Forums forums;

	private final RecentForums recent;

	private final ForumReviews reviews;

	private final ForumRecords records;

	private final AuditTrail audit;

	private final Clock clock;

	Reviews(ForumInputs inputs, ForumActions actions, Forums forums, RecentForums recent, ForumReviews reviews,
			ForumRecords records, AuditTrail audit, Clock clock) {
		this.inputs = inputs;
		this.actions = actions;
		this.forums = forums;
		this.recent = recent;
		this.reviews = reviews;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	/** What is sent to review a recommendation; not yet checked. */
	record Reviewing(String forumId, String actionId, String outcome, String note) {
	}

	/** A recommendation, for any signed-in member; a problem or an unknown id is not found. */
	@Transactional(readOnly = true)
	ForumInput recommendation(UUID inputId) {
		ForumInput input = inputs.findById(inputId)
			.filter(i -> i.kind() == InputKind.RECOMMENDATION)
			.orElseThrow(() -> DomainException.notFound("recommendation"));
		records.get(input.forumId());
		return input;
	}

	/** The later forums the caller may review the recommendation at, the earliest first. */
	@Transactional(readOnly = true)
	List<Forum> mayReviewAt(ForumInput recommendation) {
		Forum raisedAt = records.get(recommendation.forumId());
		return recent.findByOrderByRecordedAtDescIdAsc(Limit.of(CANDIDATES))
			.stream()
			.filter(f -> later(f, raisedAt) && records.mayEdit(f))
			.sorted(Comparator.comparing(f -> records.meetingOf(f).startsAt()))
			.toList();
	}

	@Transactional
	ForumReview review(UUID inputId, Reviewing in) {
		ForumInput recommendation = recommendation(inputId);
		Forum raisedAt = records.get(recommendation.forumId());
		List<Violation> v = new ArrayList<>();
		UUID forumId = ForumRecords.uuid(in.forumId(), "forumId", v);
		Forum reviewing = forumId == null ? null : forums.findById(forumId).orElse(null);
		if (reviewing == null && v.stream().noneMatch(x -> x.field().equals("forumId"))) {
			v.add(new Violation("forumId", "forums.review.error.forum"));
		}
		if (reviewing != null && !records.mayEdit(reviewing)) {
			throw DomainException.forbidden();
		}
		if (reviewing != null && !later(reviewing, raisedAt)) {
			v.add(new Violation("forumId", "forums.review.error.notLater"));
		}
		ReviewOutcome outcome = ReviewOutcome.named(in.outcome());
		if (outcome == null) {
			v.add(new Violation("outcome", "forums.review.error.outcome"));
		}
		InputRules.text(v, "note", in.note(), MAX_NOTE, true);
		UUID actionId = ForumRecords.uuid(in.actionId(), "actionId", v);
		if (actionId != null && actions.findById(actionId).filter(a -> a.inputId().equals(inputId)).isEmpty()) {
			v.add(new Violation("actionId", "forums.review.error.action"));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		Actor actor = Actor.current();
		ForumReview review = reviews.save(new ForumReview(inputId, actionId, reviewing.id(), outcome, in.note().strip(),
				clock.instant(), actor.userId(), actor.name()));
		audit.record(ForumsAudit.REVIEW, review.id(), ForumsAudit.FORUM_RECOMMENDATION_REVIEWED, Changes.none()
			.note("inputId", inputId)
			.note("actionId", actionId)
			.note("forumId", reviewing.id())
			.note("outcome", outcome));
		return review;
	}

	/** Did {@code forum} meet after {@code earlier}? */
	private boolean later(Forum forum, Forum earlier) {
		return records.meetingOf(forum).startsAt().isAfter(records.meetingOf(earlier).startsAt());
	}
}
