package th.tipnet.forums;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Across forums for systems: the recurring themes, a recommendation's timeline (any signed-in member), and a later
 * forum's review of a recommendation (that forum's chair or recorders; 422 naming each refused field).
 */
@RestController
@Tag(name = "Forums")
class AcrossForumsApi {

	private final RecurringThemes themes;

	private final RecommendationTimeline timelines;

	private final Reviews reviews;

	AcrossForumsApi(RecurringThemes themes, RecommendationTimeline timelines, Reviews reviews) {
		this.themes = themes;
		this.reviews = reviews;
		this.timelines = timelines;
	}

	@GetMapping("/api/v1/forums/recurring")
	@Operation(summary = "Themes raised at two forums or more, the most recurrent first, with how many open and overdue actions came of them")
	List<RecurringView> recurring() {
		return themes.recurring().stream().map(RecurringView::of).toList();
	}

	@GetMapping("/api/v1/recommendations/{id}/timeline")
	@Operation(summary = "A recommendation's timeline: raised at a forum, its actions agreed, their milestones and updates, "
			+ "and later forums' reviews; 404 for a problem or an unknown id")
	List<StepView> timeline(@PathVariable UUID id) {
		return timelines.of(id).entries().stream().map(StepView::of).toList();
	}

	@PostMapping("/api/v1/recommendations/{id}/reviews")
	@Operation(summary = "A later forum reviews the recommendation (its chair or those who may record it): the forum must "
			+ "have met after the one that raised it; an action, when named, must follow this recommendation; 403 for "
			+ "anybody else; 422 naming each refused field")
	ResponseEntity<StepView> review(@PathVariable UUID id, @RequestBody NewReview body) {
		ForumReview r = reviews.review(id, new Reviews.Reviewing(body.forumId(), body.actionId(), body.outcome(), body.note()));
		StepView view = timelines.of(id)
			.entries()
			.stream()
			.filter(e -> e.review() != null && e.review().id().equals(r.id()))
			.map(StepView::of)
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/recommendations/" + id + "/timeline")).body(view);
	}

	@Schema(name = "RecurringForumTheme")
	record RecurringView(@Schema(implementation = Theme.class) String theme, long forums, long inputs, long openActions,
			long overdueActions) {

		static RecurringView of(RecurringThemes.Recurring r) {
			ActionFigures.Figures f = r.figures();
			return new RecurringView(r.theme().name(), r.forums(), r.inputs(),
					f == null ? 0 : f.getOpenCount() + f.getInProgressCount(), f == null ? 0 : f.getOverdueCount());
		}
	}

	@Schema(name = "RecommendationTimelineStep")
	record StepView(@Schema(implementation = RecommendationTimeline.Step.class) String step, Instant at, UUID forumId,
			UUID actionId, String what, @Schema(implementation = ActionStatus.class) String status, Integer progress,
			String note, String link, @Schema(implementation = ReviewOutcome.class) String outcome, String by) {

		static StepView of(RecommendationTimeline.Entry e) {
			ForumAction a = e.action();
			ActionUpdate u = e.update();
			ForumReview r = e.review();
			return switch (e.step()) {
				case RAISED -> new StepView(e.step().name(), e.at(), e.forum().id(), null, null, null, null, null, null, null, null);
				case AGREED -> new StepView(e.step().name(), e.at(), a.forumId(), a.id(), a.what(), ActionStatus.OPEN.name(), 0,
						null, null, null, null);
				case MILESTONE -> new StepView(e.step().name(), e.at(), a.forumId(), a.id(), e.milestone().title(), null, null,
						null, null, null, null);
				case UPDATE -> new StepView(e.step().name(), e.at(), a.forumId(), a.id(), a.what(), u.status(), u.progress(),
						u.note() != null ? u.note() : u.reason(), u.link(), null, u.byName());
				case REVIEWED -> new StepView(e.step().name(), e.at(), r.forumId(), r.actionId(), a == null ? null : a.what(), null,
						null, r.note(), null, r.outcome().name(), r.byName());
			};
		}
	}

	@Schema(name = "NewRecommendationReview")
	record NewReview(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ForumsApi.UUID_PATTERN, description = "The reviewing forum: met after the one that raised the recommendation") String forumId,
			@Schema(pattern = ForumsApi.UUID_PATTERN, description = "One of the recommendation's actions, when the review is about it") String actionId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ReviewOutcome.class) String outcome,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Reviews.MAX_NOTE) String note) {
	}
}
