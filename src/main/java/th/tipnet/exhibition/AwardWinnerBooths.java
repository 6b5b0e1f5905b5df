package th.tipnet.exhibition;

import java.util.Objects;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import th.tipnet.awards.AwardResultsPublished;
import th.tipnet.directory.OrganisationId;

/**
 * When an award round's results are published and the round names its ceremony's event, each
 * winning organisation (the nominated one, or the nominated person's; a province is none) is offered
 * an award-winner booth at that event's exhibition. After the publishing commits, durable; offered
 * once per organisation, however often the round is published or a winner won.
 */
@Component
class AwardWinnerBooths {

	private final BoothOffers offers;

	AwardWinnerBooths(BoothOffers offers) {
		this.offers = offers;
	}

	@ApplicationModuleListener
	void on(AwardResultsPublished published) {
		if (published.ceremonyEventId() == null) {
			return;
		}
		published.winners()
			.stream()
			.map(AwardResultsPublished.Winner::organisationId)
			.filter(Objects::nonNull)
			.map(OrganisationId::value)
			.distinct()
			.forEach(organisation -> offers.offer(published.ceremonyEventId().value(), organisation, BoothType.AWARD_WINNER, null,
					null, published.roundId().value()));
	}
}
