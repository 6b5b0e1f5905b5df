package th.tipnet.awards;

import java.math.BigDecimal;
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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A category's ranking and the committee's confirmation over the API, for the secretariat. Every
 * answer is {@code no-store}: the ranking follows the scores until the winners are confirmed.
 */
@RestController
@Tag(name = "Awards")
class ResultsApi {

	private final ResultsDesk desk;

	ResultsApi(ResultsDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/api/v1/award-rounds/{id}/categories/{categoryId}/ranking")
	@Operation(summary = "A category's ranking under its quota, from the judges' fully scored sheets (normalised per judge when "
			+ "the category says so): each nomination's rank, weighted total, median, count of top scores and what placed it "
			+ "below the one above; the tie across the quota line when there is one; the committee's confirmation once made. "
			+ "For the secretariat (network coordinators, system administrators); 404 for a category not of the round.")
	ResponseEntity<RankingView> ranking(@PathVariable UUID id, @PathVariable UUID categoryId) {
		ResultsDesk.Standing s = desk.standing(new RoundId(id), categoryId, List.of());
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(RankingView.of(s));
	}

	@PostMapping("/api/v1/award-rounds/{id}/categories/{categoryId}/confirmation")
	@Operation(summary = "The committee confirms a category's winners, once, after judging has closed. 409 before judging "
			+ "closes, for a category already confirmed, or while a tie across the quota line is not settled by committeeOrder; "
			+ "422 naming winners (more than the quota, or a nomination not ranked) or reason (fewer than the quota, or a "
			+ "higher-ranked nomination passed over, without a reason; longer than 1000 characters). Nothing changes on a "
			+ "refusal; the confirmation is audited.")
	ResponseEntity<ConfirmationView> confirm(@PathVariable UUID id, @PathVariable UUID categoryId,
			@RequestBody ConfirmationRequest body) {
		ConfirmationRequest asked = body == null ? new ConfirmationRequest(null, null, null) : body;
		CategoryResult r = desk.confirm(new RoundId(id), categoryId, asked.winners(), asked.reason(),
				asked.committeeOrder() == null ? List.of() : asked.committeeOrder());
		return ResponseEntity.status(201).header("Cache-Control", "no-store").body(ConfirmationView.of(r));
	}

	@Schema(name = "AwardConfirmationRequest")
	record ConfirmationRequest(
			@ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "The winners' nominations, at most the category's quota; empty only when nothing is ranked"),
					schema = @Schema(format = "uuid")) List<UUID> winners,
			@Schema(maxLength = CategoryResult.MAX_REASON,
					description = "Required for fewer winners than the quota, or when a higher-ranked nomination is passed over") String reason,
			@ArraySchema(arraySchema = @Schema(description = "The committee's order of nominations tied across the quota line, "
					+ "first ranked higher"), schema = @Schema(format = "uuid")) List<UUID> committeeOrder) {
	}

	@Schema(name = "AwardRanking")
	record RankingView(UUID roundId, UUID categoryId, @Schema(minimum = "1", maximum = "100") int quota, boolean normalised,
			List<PlaceView> places, @Schema(description = "Nominations tied on the total across the quota line; absent when none")
			TieView quotaLineTie, @Schema(description = "The committee's confirmation; absent until made") ConfirmationView confirmation) {

		static RankingView of(ResultsDesk.Standing s) {
			Ranking.Result r = s.ranking();
			return new RankingView(s.round().id().value(), s.category().id(), r.quota(), r.normalised(),
					r.places()
						.stream()
						.map(p -> new PlaceView(p.nomination(), p.rank(), p.total(), p.median(), p.topScores(), p.judges(),
								p.decidedBy() == null ? null : p.decidedBy().name()))
						.toList(),
					r.quotaLineTie().map(t -> new TieView(t.nominations(), t.resolvedBy().name())).orElse(null),
					s.confirmed().map(ConfirmationView::of).orElse(null));
		}
	}

	@Schema(name = "AwardRankingPlace")
	record PlaceView(UUID nominationId, @Schema(description = "Shared when nothing separates two nominations") int rank,
			@Schema(description = "Mean of the judges' weighted totals, 1 to 10") BigDecimal total, BigDecimal median,
			@Schema(description = "Scores of 10 over every criterion of every judge") int topScores, int judges,
			@Schema(implementation = Ranking.Decider.class, nullable = true,
					description = "What placed it below the one above; null for the first") String decidedBy) {
	}

	@Schema(name = "AwardQuotaLineTie")
	record TieView(List<UUID> nominations, @Schema(implementation = Ranking.Decider.class) String resolvedBy) {
	}

	@Schema(name = "AwardConfirmation")
	record ConfirmationView(UUID categoryId, List<WinnerView> winners, boolean normalised,
			@Schema(nullable = true) String reason, boolean tieBroken, List<UUID> committeeOrder, Instant confirmedAt) {

		static ConfirmationView of(CategoryResult r) {
			return new ConfirmationView(r.categoryId(),
					r.winners().stream().map(w -> new WinnerView(w.nominationId(), w.place(), w.total(), w.median())).toList(),
					r.normalised(), r.reason(), r.tieBroken(), r.committeeOrder(), r.confirmedAt());
		}
	}

	@Schema(name = "AwardConfirmedWinner")
	record WinnerView(UUID nominationId, @Schema(minimum = "1") int place, BigDecimal total, BigDecimal median) {
	}
}
