package th.tipnet.forums;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Follow-up actions rolled up across forums for systems: any signed-in member; 422 naming {@code by} when wrong. */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Forums")
class ActionRollupApi {

	private final ActionRollups rollups;

	ActionRollupApi(ActionRollups rollups) {
		this.rollups = rollups;
	}

	@GetMapping("/rollup")
	@Operation(summary = "Follow-up actions across forums per owner organisation or per theme: counts by status, overdue "
			+ "(past the due date, Bangkok, neither done nor dropped), mean progress of those not dropped, oldest overdue due "
			+ "date; the most overdue group first, at most " + ActionRollups.MAX_GROUPS + " groups; 422 naming by when it is "
			+ "neither owner nor theme")
	List<RollupView> rollup(@Parameter(required = true, schema = @Schema(allowableValues = { "owner", "theme" }))
	@RequestParam(required = false) String by) {
		return rollups.rollup(by).stream().map(RollupView::of).toList();
	}

	@Schema(name = "ForumActionRollup")
	record RollupView(@Schema(description = "With by=owner: the owner organisation") UUID owner,
			@Schema(implementation = Theme.class, description = "With by=theme") String theme, long total, long open,
			long inProgress, long done, long dropped, long overdue,
			@Schema(description = "Mean per cent of the actions not dropped; null when all are dropped") Double meanProgress,
			@Schema(description = "The earliest due date among the overdue actions") LocalDate oldestOverdue) {

		static RollupView of(ActionRollups.Group g) {
			ActionFigures.Figures f = g.figures();
			return new RollupView(g.owner(), g.theme() == null ? null : g.theme().name(), f.getTotal(), f.getOpenCount(),
					f.getInProgressCount(), f.getDoneCount(), f.getDroppedCount(), f.getOverdueCount(),
					f.getMeanProgress() == null ? null : Math.round(f.getMeanProgress() * 10) / 10.0, f.getOldestOverdue());
		}
	}
}
