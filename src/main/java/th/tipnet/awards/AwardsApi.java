package th.tipnet.awards;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.web.ItemsPage;

/** The award rounds and their categories over the API: public, as the Ministry announces them. */
@RestController
@RequestMapping("/api/v1/award-rounds")
@Tag(name = "Awards")
class AwardsApi {

	private final Awards awards;

	private final Clock clock;

	AwardsApi(Awards awards, Clock clock) {
		this.awards = awards;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Every award round, newest year first, with its windows and where it stands now (phase)")
	ItemsPage<RoundView> rounds() {
		Instant now = clock.instant();
		List<RoundView> items = awards.rounds().stream().map(r -> RoundView.of(r, now)).toList();
		return new ItemsPage<>(items, items.size());
	}

	@GetMapping("/{id}/categories")
	@Operation(summary = "A round's categories in order: the kind of nominee, the quota, the prize, the criteria and the "
			+ "eligibility checklist; 404 for a round that does not exist")
	ItemsPage<RoundView.Category> categories(@PathVariable UUID id) {
		List<RoundView.Category> items = awards.round(new RoundId(id)).categories().stream().map(RoundView.Category::of).toList();
		return new ItemsPage<>(items, items.size());
	}
}
