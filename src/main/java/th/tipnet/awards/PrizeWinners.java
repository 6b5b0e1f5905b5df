package th.tipnet.awards;

import java.util.List;

import org.springframework.stereotype.Component;

/** The round's confirmed winners ({@link Winners}) with their categories, in the round's category order, then by place. */
@Component
class PrizeWinners {

	private final Winners winners;

	PrizeWinners(Winners winners) {
		this.winners = winners;
	}

	List<PrizeWinner> of(AwardRound round) {
		return winners.of(round.id())
			.stream()
			.map(w -> new PrizeWinner(w, round.category(w.categoryId()).orElseThrow()))
			.toList();
	}
}
