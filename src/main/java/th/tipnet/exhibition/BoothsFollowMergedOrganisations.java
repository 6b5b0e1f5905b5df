package th.tipnet.exhibition;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.tipnet.directory.OrganisationsMerged;

/**
 * When a duplicate organisation is merged into another, its booths move with it, in the merge's
 * transaction, so no exhibitor points at a retired organisation.
 */
@Component
class BoothsFollowMergedOrganisations {

	private final Exhibitors exhibitors;

	BoothsFollowMergedOrganisations(Exhibitors exhibitors) {
		this.exhibitors = exhibitors;
	}

	@EventListener
	public void on(OrganisationsMerged merged) {
		exhibitors.reallocate(merged.duplicateId(), merged.survivorId());
	}
}
