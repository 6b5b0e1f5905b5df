package th.tipnet.awards;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.web.ItemsPage;

/** A category's rubric over the API: public to read, like the categories; the secretariat's to change until judging scores it. */
@RestController
@Tag(name = "Awards")
class RubricApi {

	private final RubricDesk desk;

	RubricApi(RubricDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/api/v1/award-rounds/{id}/categories/{categoryId}/criteria")
	@Operation(summary = "A category's rubric: its criteria in order, each scored 1-10 and weighted relative to the others; "
			+ "locked once any judge has scored the category; 404 for a category that is not the round's")
	Criteria criteria(@PathVariable UUID id, @PathVariable UUID categoryId) {
		return Criteria.of(desk.rubric(new RoundId(id), categoryId));
	}

	@PutMapping("/api/v1/award-rounds/{id}/categories/{categoryId}/criteria")
	@Operation(summary = "Replace a category's criteria, in order (the secretariat: NETWORK_COORDINATOR or SYSTEM_ADMIN); "
			+ "criteria kept by position keep their id. 1 to 12 criteria, both names, a weight from 1 to 100: 422 names every "
			+ "field at fault (criteria, criteria[i].nameTh, criteria[i].nameEn, criteria[i].weight) and nothing changes; 409 once "
			+ "any judge has scored the category (the rubric is locked)")
	Criteria revise(@PathVariable UUID id, @PathVariable UUID categoryId, @RequestBody NewCriteria body) {
		List<RubricDesk.Planned> planned = body.criteria() == null ? List.of()
				: body.criteria().stream().map(NewCriterion::planned).toList();
		return Criteria.of(desk.revise(new RoundId(id), categoryId, planned));
	}

	@Schema(name = "AwardRubric")
	record Criteria(UUID categoryId,
			@Schema(description = "True once a judge has scored the category: the criteria no longer change") boolean locked,
			@Schema(example = "1") int lowestScore, @Schema(example = "10") int highestScore, List<CriterionView> items) {

		static Criteria of(RubricDesk.Rubric rubric) {
			return new Criteria(rubric.category().id(), rubric.locked(), Criterion.LOWEST, Criterion.HIGHEST,
					rubric.criteria().stream().map(CriterionView::of).toList());
		}
	}

	@Schema(name = "AwardCriterion")
	record CriterionView(UUID id, int position, String nameTh, String nameEn,
			@Schema(minimum = "1", maximum = "100") int weight) {

		static CriterionView of(Criterion c) {
			return new CriterionView(c.id(), c.position(), c.nameTh(), c.nameEn(), c.weight());
		}
	}

	@Schema(name = "NewAwardRubric")
	record NewCriteria(@ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED), minItems = 1,
			maxItems = RubricDesk.MAX_CRITERIA, schema = @Schema(implementation = NewCriterion.class)) List<NewCriterion> criteria) {
	}

	@Schema(name = "NewAwardCriterion")
	record NewCriterion(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = PlanRules.MAX_NAME) String nameTh,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = PlanRules.MAX_NAME) String nameEn,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "100") Integer weight) {

		RubricDesk.Planned planned() {
			return new RubricDesk.Planned(nameTh, nameEn, weight == null ? 0 : weight);
		}
	}
}
