package th.tipnet.awards;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.DomainException;

/**
 * A round's results as the public reads them: nothing before they are published (a 404, as if there
 * were no results; the secretariat sees what the committee has confirmed so far), then every
 * category with its winners in their places. A winner is named only with the nominee's consent to
 * be named publicly; otherwise the place is shown and the name withheld, everywhere results are read.
 */
@Service
class PublicResults {

	/** The round's results: whether public yet (and since when), and each category's winners. */
	record Results(AwardRound round, Instant publishedAt, boolean mayPublish, List<Category> categories) {

		public boolean published() {
			return publishedAt != null;
		}
	}

	/** A category's winners, or not confirmed yet (only the secretariat sees such a category before publication). */
	record Category(AwardCategory category, boolean confirmed, List<Placed> winners) {
	}

	/** A winner in their place; {@code winner} carries the name, which is shown only when {@code named}. */
	record Placed(int place, Winners.Winner winner, boolean named) {
	}

	private final Awards awards;

	private final Winners winners;

	private final ResultsDesk desk;

	private final Clock clock;

	PublicResults(Awards awards, Winners winners, ResultsDesk desk, Clock clock) {
		this.awards = awards;
		this.winners = winners;
		this.desk = desk;
		this.clock = clock;
	}

	/** The round's results; 404 for a round without published results, unless the reader is the secretariat. */
	@Transactional(readOnly = true)
	Results of(RoundId roundId) {
		AwardRound round = awards.round(roundId);
		Instant publishedAt = desk.publication(round.id()).map(ResultsPublication::publishedAt).orElse(null);
		boolean secretariat = Awards.isSecretariat();
		if (publishedAt == null && !secretariat) {
			throw DomainException.notFound("award results");
		}
		Set<UUID> confirmed = desk.confirmations(round.id()).keySet();
		Map<UUID, List<Winners.Winner>> byCategory = new HashMap<>();
		winners.of(round.id()).forEach(w -> byCategory.computeIfAbsent(w.categoryId(), k -> new ArrayList<>()).add(w));
		List<Category> categories = round.categories()
			.stream()
			.map(c -> new Category(c, confirmed.contains(c.id()),
					byCategory.getOrDefault(c.id(), List.of()).stream().map(w -> new Placed(w.place(), w, named(w))).toList()))
			.toList();
		boolean mayPublish = secretariat && publishedAt == null && round.phaseAt(clock.instant()) == Phase.ANNOUNCED
				&& confirmed.size() == round.categories().size();
		return new Results(round, publishedAt, mayPublish, categories);
	}

	/**
	 * The naming rule, the one place it is decided: a winner is named publicly only when the nominee
	 * consented to it (the nomination's consent covers being nominated and being named on winning).
	 */
	static boolean named(Winners.Winner w) {
		return w.namedPublicly();
	}
}
