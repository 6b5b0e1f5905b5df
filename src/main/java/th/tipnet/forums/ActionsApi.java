package th.tipnet.forums;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;

/**
 * Follow-up actions for systems: read by any signed-in member, filtered by owner, status, theme and overdue;
 * agreed by a forum's chair and recorders; reported on by the owner organisation's administrators and members
 * (and the forum's chair and recorders). 422 names each refused field; 409 for a stale version or a closed action.
 */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Forums")
class ActionsApi {

	private final FollowUps followUps;

	ActionsApi(FollowUps followUps) {
		this.followUps = followUps;
	}

	@GetMapping
	@Operation(summary = "Follow-up actions by due date; overdue means past the due date (Bangkok) and neither done nor dropped")
	List<ActionView> list(@Parameter(description = "The owner organisation's id") @RequestParam(required = false) UUID owner,
			@Parameter(schema = @Schema(implementation = ActionStatus.class)) @RequestParam(required = false) String status,
			@Parameter(schema = @Schema(implementation = Theme.class)) @RequestParam(required = false) String theme,
			@RequestParam(required = false) Boolean overdue) {
		return followUps.list(new FollowUps.Filter(owner, status, theme, overdue)).stream().map(ActionView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One action with its milestones and its history of updates")
	ResponseEntity<ActionView> get(@PathVariable UUID id) {
		FollowUps.Followed f = followUps.get(id);
		return ResponseEntity.ok().eTag("\"" + f.action().version() + "\"").body(ActionView.of(f));
	}

	@PostMapping
	@Operation(summary = "Agree an action on a problem or recommendation raised at a forum (the forum's chair or recorders): "
			+ "an owner organisation and a due date not before the forum are required; 422 naming each refused field")
	ResponseEntity<ActionView> agree(@RequestBody NewAction body) {
		ForumAction a = followUps.agree(new FollowUps.Agreement(body.inputId(), body.what(), body.ownerOrganisationId(),
				body.dueOn(), body.milestones() == null ? null
						: body.milestones().stream().map(m -> m == null ? null : new FollowUps.MilestoneIn(m.title(), m.dueOn())).toList()));
		return ResponseEntity.created(URI.create("/api/v1/actions/" + a.id()))
			.eTag("\"" + a.version() + "\"")
			.body(ActionView.of(followUps.get(a.id())));
	}

	@PostMapping("/{id}/updates")
	@Operation(summary = "Report on an action (the owner organisation's ORG_ADMIN or MEMBER, or the forum's chair and "
			+ "recorders): status, progress, evidence; DONE sets progress to 100, DROPPED needs a reason. Send the version or "
			+ "If-Match: 409 when stale or when the action is done or dropped; 422 naming each refused field")
	ResponseEntity<ActionView> report(@PathVariable UUID id, @RequestBody NewUpdate body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		ForumAction a = followUps.report(id, version(body.version(), ifMatch),
				new FollowUps.Report(body.status(), body.progress(), body.note(), body.link(), body.reason()));
		return ResponseEntity.ok().eTag("\"" + a.version() + "\"").body(ActionView.of(followUps.get(a.id())));
	}

	static long version(Long inBody, String ifMatch) {
		if (inBody != null) {
			return inBody;
		}
		try {
			if (ifMatch != null) {
				return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
			}
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("If-Match", "forums.error.version");
		}
		throw DomainException.invalid("version", "forums.error.version");
	}

	@Schema(name = "ForumAction")
	record ActionView(UUID id, UUID forumId, UUID inputId, @Schema(implementation = Theme.class) String theme, String what,
			UUID ownerOrganisationId, LocalDate dueOn, @Schema(implementation = ActionStatus.class) String status, int progress,
			boolean overdue, String dropReason, List<MilestoneView> milestones, List<UpdateView> updates, long version) {

		static ActionView of(FollowUps.Followed f) {
			ForumAction a = f.action();
			return new ActionView(a.id(), a.forumId(), a.inputId(), f.input().theme().name(), a.what(), a.ownerOrganisationId(),
					a.dueOn(), a.status().name(), a.progress(), f.overdue(), a.dropReason(),
					a.milestones().stream().map(m -> new MilestoneView(m.title(), m.dueOn())).toList(),
					a.updates().stream().map(u -> new UpdateView(u.at(), u.byName(), u.status(), u.progress(), u.note(), u.link(),
							u.reason())).toList(), a.version());
		}
	}

	@Schema(name = "ForumActionMilestone")
	record MilestoneView(String title, LocalDate dueOn) {
	}

	@Schema(name = "ForumActionUpdate")
	record UpdateView(Instant at, String by, @Schema(implementation = ActionStatus.class) String status, int progress,
			String note, String link, String reason) {
	}

	@Schema(name = "NewForumAction")
	record NewAction(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ForumsApi.UUID_PATTERN, description = "The problem or recommendation it follows") String inputId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = FollowUps.MAX_WHAT) String what,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ForumsApi.UUID_PATTERN, description = "An active organisation of the directory") String ownerOrganisationId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2024-09-30", description = "Not before the forum's day (Bangkok); ISO, or d/M/yyyy in either era") String dueOn,
			@ArraySchema(schema = @Schema(implementation = NewMilestone.class)) List<NewMilestone> milestones) {
	}

	@Schema(name = "NewForumActionMilestone")
	record NewMilestone(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = FollowUps.MAX_MILESTONE) String title,
			@Schema(format = "date") String dueOn) {
	}

	@Schema(name = "NewForumActionUpdate")
	record NewUpdate(@Schema(description = "The action's version as read (or send If-Match)") Long version,
			@Schema(implementation = ActionStatus.class, description = "Left out: the status stays") String status,
			@Schema(minimum = "0", maximum = "100", description = "Per cent; DONE makes it 100") Integer progress,
			@Schema(maxLength = FollowUps.MAX_NOTE, description = "Evidence: what was done") String note,
			@Schema(maxLength = 500, format = "uri", description = "Evidence: an http(s) link") String link,
			@Schema(maxLength = FollowUps.MAX_REASON, description = "Required with DROPPED") String reason) {
	}
}
