package th.tipnet.forums;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Dates;

/**
 * One recommendation's path as a single timeline (issue 16 item 4): the forum that raised it, each action agreed on
 * it with its milestones and every update (status, progress, evidence), and the later forums' reviews. Raising comes
 * first whatever the clock said (a forum may be recorded before its day); the rest in time order. Read by any
 * signed-in member, bounded to {@link #MAX_ACTIONS} actions and {@link #MAX_REVIEWS} reviews.
 */
@Service
class RecommendationTimeline {

	static final int MAX_ACTIONS = 100;

	static final int MAX_REVIEWS = 100;

	/** What happened at a point of the timeline. */
	enum Step {
		RAISED, AGREED, MILESTONE, UPDATE, REVIEWED
	}

	/**
	 * One point: when (a day only for milestones), and what it is about: the forum (raising or reviewing), the action,
	 * the update, the milestone or the review; the others are null.
	 */
	record Entry(Step step, Instant at, boolean dayOnly, Forum forum, Meeting event, ForumAction action, ActionUpdate update,
			Milestone milestone, ForumReview review) {
	}

	/** The recommendation, the forum that raised it, and its timeline. */
	record Timeline(ForumInput recommendation, Forum forum, Meeting event, List<Entry> entries, List<FollowUps.Followed> actions) {
	}

	private final Reviews reviews;

	private final ForumReviews reviewRecords;

	private final ActionSearch actions;

	private final ForumRecords records;

	private final FollowUps followUps;

	RecommendationTimeline(Reviews reviews, ForumReviews reviewRecords, ActionSearch actions, ForumRecords records,
			FollowUps followUps) {
		this.reviews = reviews;
		this.reviewRecords = reviewRecords;
		this.actions = actions;
		this.records = records;
		this.followUps = followUps;
	}

	@Transactional(readOnly = true)
	Timeline of(UUID inputId) {
		ForumInput recommendation = reviews.recommendation(inputId);
		Forum forum = records.get(recommendation.forumId());
		Meeting event = records.meetingOf(forum);
		List<Entry> later = new ArrayList<>();
		List<ForumAction> agreed = actions.findByInputIdInOrderByAgreedAtAscIdAsc(List.of(inputId), Limit.of(MAX_ACTIONS));
		for (ForumAction a : agreed) {
			later.add(new Entry(Step.AGREED, a.agreedAt(), false, null, null, a, null, null, null));
			for (Milestone m : a.milestones()) {
				if (m.dueOn() != null) {
					later.add(new Entry(Step.MILESTONE, m.dueOn().atStartOfDay(Dates.BANGKOK).toInstant(), true, null, null, a, null,
							m, null));
				}
			}
			// The first update is the agreement itself, shown as AGREED.
			a.updates().stream().skip(1).forEach(u -> later.add(new Entry(Step.UPDATE, u.at(), false, null, null, a, u, null, null)));
		}
		for (ForumReview r : reviewRecords.findByInputIdOrderByReviewedAtAscIdAsc(inputId, Limit.of(MAX_REVIEWS))) {
			Forum reviewing = records.get(r.forumId());
			ForumAction about = r.actionId() == null ? null
					: agreed.stream().filter(a -> a.id().equals(r.actionId())).findFirst().orElse(null);
			Meeting reviewedAt = records.meetingOf(reviewing);
			later.add(new Entry(Step.REVIEWED, reviewedAt.startsAt(), false, reviewing, reviewedAt, about, null, null, r));
		}
		later.sort(Comparator.comparing(Entry::at).thenComparing(Entry::step));
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry(Step.RAISED, event.startsAt(), false, forum, event, null, null, null, null));
		entries.addAll(later);
		var today = followUps.today();
		return new Timeline(recommendation, forum, event, entries,
				agreed.stream().map(a -> new FollowUps.Followed(a, recommendation, a.overdue(today))).toList());
	}
}
