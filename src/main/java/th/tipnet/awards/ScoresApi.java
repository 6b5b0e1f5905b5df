package th.tipnet.awards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;

/**
 * A nomination's scores over the API: a judge reads and writes their own, for the nominations they
 * may see; the secretariat reads every judge's. Every answer is {@code no-store}.
 */
@RestController
@Tag(name = "Awards")
class ScoresApi {

	private final JudgeDesk judges;

	private final ScoreBoard board;

	ScoresApi(JudgeDesk judges, ScoreBoard board) {
		this.judges = judges;
		this.board = board;
	}

	@GetMapping("/api/v1/nominations/{id}/scores")
	@Operation(summary = "A nomination's rubric and scores: the secretariat (network coordinators, system administrators) sees "
			+ "every judge's; a judge sees the nomination and their own scores, for an eligible nomination of their panel with "
			+ "no standing conflict of interest (404 otherwise, as for a nomination that does not exist); in a blind round the "
			+ "nominator is left out for judges. 403 for anybody else.")
	ResponseEntity<ScoresView> scores(@PathVariable UUID id) {
		NominationId nomination = new NominationId(id);
		ScoresView view = Awards.isSecretariat() ? board.all(nomination) : board.own(nomination);
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(view);
	}

	@PutMapping("/api/v1/nominations/{id}/scores")
	@Operation(summary = "A judge gives or changes their scores of some criteria, each 1 to 10 with an optional comment, "
			+ "while the round's judging window is open. 404 for a nomination the judge may not see (a conflict of interest "
			+ "included); 409 for a nomination not found eligible, before judging opens, or once the scores are locked; 422 "
			+ "naming each refused field (scores[i].score, scores[i].criterionId, scores[i].comment). Nothing changes on a "
			+ "refusal; every change is audited with the score before and after.")
	ResponseEntity<ScoresView> score(@PathVariable UUID id, @RequestBody ScoresRequest body) {
		NominationId nomination = new NominationId(id);
		if (body == null) {
			throw DomainException.invalid("scores", "error.required");
		}
		judges.score(nomination, body.entries());
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(board.own(nomination));
	}

	@Schema(name = "AwardScoresRequest")
	record ScoresRequest(@ArraySchema(minItems = 1, schema = @Schema(implementation = ScoreEntry.class),
			arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "The criteria scored now; the others keep their scores")) List<ScoreEntry> scores) {

		List<JudgeDesk.Entry> entries() {
			return scores == null ? List.of()
					: scores.stream()
						.map(s -> s == null ? null : new JudgeDesk.Entry(s.criterionId(), s.score(), s.comment()))
						.toList();
		}
	}

	@Schema(name = "AwardScoreEntry")
	record ScoreEntry(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A criterion of the category's rubric")
	UUID criterionId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "10") Integer score,
			@Schema(maxLength = JudgeDesk.MAX_COMMENT) String comment) {
	}

	/** A nomination's scores as the API shows them. */
	@Schema(name = "AwardScores")
	record ScoresView(UUID nominationId, UUID roundId, UUID categoryId,
			@Schema(description = "true when the round hides the nominator from judges") boolean blindJudging,
			@Schema(description = "The nominee as judges read them") NomineeView nominee,
			@Schema(description = "The organisation that nominated; null for judges in a blind round") UUID nominatorOrganisationId,
			String justification, String achievements,
			@Schema(description = "Scores are accepted from this moment") Instant judgingOpensAt,
			@Schema(description = "Scores lock at this moment") Instant judgingClosesAt,
			List<CriterionView> criteria, List<SheetView> sheets) {
	}

	@Schema(name = "AwardNominee")
	record NomineeView(@Schema(implementation = NomineeKind.class) String kind, String personName, String personPosition,
			UUID personOrganisationId, String personProvinceCode, UUID organisationId, String provinceCode) {

		static NomineeView of(Nominee e) {
			return new NomineeView(e.kind().name(), e.personName(), e.personPosition(), e.personOrganisationId(),
					e.personProvinceCode(), e.organisationId(), e.provinceCode());
		}
	}

	@Schema(name = "AwardCriterion")
	record CriterionView(UUID id, int position, String nameTh, String nameEn,
			@Schema(minimum = "1", maximum = "100") int weight) {

		static CriterionView of(Criterion c) {
			return new CriterionView(c.id(), c.position(), c.nameTh(), c.nameEn(), c.weight());
		}
	}

	@Schema(name = "AwardScoreSheet", description = "One judge's scores of the nomination")
	record SheetView(UUID judgeId, String judgeName, List<ScoreView> scores,
			@Schema(description = "Every criterion scored") boolean complete,
			@Schema(description = "Σ weight × score / Σ weight once complete, else null") Double weightedMean) {

		static List<SheetView> of(List<Score> scores, List<Criterion> rubric, Map<UUID, String> names) {
			Map<UUID, List<Score>> byJudge = scores.stream().collect(Collectors.groupingBy(Score::judgeId));
			List<SheetView> sheets = new ArrayList<>();
			byJudge.forEach((judge, own) -> {
				Map<UUID, Integer> byCriterion = own.stream().collect(Collectors.toMap(Score::criterionId, Score::score));
				boolean complete = rubric.stream().allMatch(c -> byCriterion.containsKey(c.id()));
				sheets.add(new SheetView(judge, names.getOrDefault(judge, ""),
						own.stream().sorted(Comparator.comparing(s -> position(rubric, s.criterionId()))).map(ScoreView::of).toList(),
						complete, complete ? Scoresheets.weightedMean(rubric, byCriterion) : null));
			});
			sheets.sort(Comparator.comparing(SheetView::judgeName));
			return sheets;
		}

		private static int position(List<Criterion> rubric, UUID criterionId) {
			return rubric.stream().filter(c -> c.id().equals(criterionId)).mapToInt(Criterion::position).findFirst().orElse(0);
		}
	}

	@Schema(name = "AwardScore")
	record ScoreView(UUID criterionId, @Schema(minimum = "1", maximum = "10") int score, String comment, Instant scoredAt) {

		static ScoreView of(Score s) {
			return new ScoreView(s.criterionId(), s.score(), s.comment(), s.scoredAt());
		}
	}
}
