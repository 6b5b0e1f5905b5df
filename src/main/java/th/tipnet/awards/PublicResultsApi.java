package th.tipnet.awards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.directory.OrganisationId;

/** A round's results over the API: public once published; publishing is the secretariat's. */
@RestController
@Tag(name = "Awards")
class PublicResultsApi {

	private final PublicResults results;

	private final ResultsDesk desk;

	PublicResultsApi(PublicResults results, ResultsDesk desk) {
		this.results = results;
		this.desk = desk;
	}

	@GetMapping("/api/v1/award-rounds/{id}/results")
	@Operation(summary = "A round's results: each category with its prize and its winners in their places. Public once the "
			+ "results are published (404 before, as for a round that does not exist); the secretariat (network coordinators, "
			+ "system administrators) also sees what the committee has confirmed before publication (published = false). A "
			+ "winner's name, organisation and province are given only when the nominee consented to be named publicly "
			+ "(named = true); otherwise only the place.")
	ResponseEntity<ResultsView> results(@PathVariable UUID id) {
		PublicResults.Results r = results.of(new RoundId(id));
		return ResponseEntity.ok().header("Cache-Control", r.published() ? "max-age=60" : "no-store").body(ResultsView.of(r));
	}

	@PostMapping("/api/v1/award-rounds/{id}/results/publication")
	@Operation(summary = "The secretariat publishes the round's results, once: announces the winners (event "
			+ "AwardResultsPublished). 409 before the round's announcement date, while a category's winners are not confirmed, "
			+ "or when published already; nothing changes on a refusal. Audited.")
	ResponseEntity<ResultsView> publish(@PathVariable UUID id) {
		desk.publish(new RoundId(id));
		return ResponseEntity.status(201).header("Cache-Control", "no-store").body(ResultsView.of(results.of(new RoundId(id))));
	}

	@Schema(name = "AwardResults")
	record ResultsView(UUID roundId, @Schema(example = "2567", description = "Buddhist-Era year") int yearBe, String titleTh,
			String titleEn, @Schema(description = "false only in the secretariat's view before publication") boolean published,
			@Schema(nullable = true) Instant publishedAt, List<CategoryView> categories) {

		static ResultsView of(PublicResults.Results r) {
			return new ResultsView(r.round().id().value(), r.round().yearBe(), r.round().titleTh(), r.round().titleEn(), r.published(),
					r.publishedAt(), r.categories().stream().map(CategoryView::of).toList());
		}
	}

	@Schema(name = "AwardCategoryResults")
	record CategoryView(UUID categoryId, @Schema(example = "MODEL_PROVINCE") String code, String nameTh, String nameEn,
			@Schema(minimum = "1", maximum = "100") int quota, RoundView.Prize prize,
			@Schema(description = "The committee has confirmed the winners (always true once published)") boolean confirmed,
			List<WinnerView> winners) {

		static CategoryView of(PublicResults.Category c) {
			AwardCategory k = c.category();
			return new CategoryView(k.id(), k.code(), k.nameTh(), k.nameEn(), k.quota(), new RoundView.Prize(k.plaque(), k.prizeBaht()),
					c.confirmed(), c.winners().stream().map(WinnerView::of).toList());
		}
	}

	@Schema(name = "AwardWinner")
	record WinnerView(@Schema(minimum = "1") int place, UUID nominationId,
			@Schema(implementation = NomineeKind.class) String nomineeKind,
			@Schema(description = "The nominee consented to be named publicly; when false the fields below are null") boolean named,
			@Schema(nullable = true) String nameTh, @Schema(nullable = true) String nameEn,
			@Schema(nullable = true, description = "A person's position") String personPosition,
			@Schema(nullable = true, format = "uuid", description = "The nominated organisation, or the nominated person's")
			OrganisationId organisationId,
			@Schema(nullable = true, example = "TH-10", description = "The nominated province, or the nominated person's")
			String provinceCode) {

		static WinnerView of(PublicResults.Placed p) {
			Winners.Winner w = p.winner();
			if (!p.named()) {
				return new WinnerView(p.place(), w.nominationId().value(), w.kind().name(), false, null, null, null, null, null);
			}
			return new WinnerView(p.place(), w.nominationId().value(), w.kind().name(), true, w.nomineeNameTh(), w.nomineeNameEn(),
					w.personPosition(), w.organisationId(), w.provinceCode() == null ? null : w.provinceCode().value());
		}
	}
}
