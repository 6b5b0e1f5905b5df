package th.tipnet.directory;

import java.util.List;

/**
 * An organisation that can give the asked-for service, with why it was chosen: it covers the
 * province itself (rather than nationwide), it speaks the language, it is open around the clock.
 * {@code reasons} are message keys for the reader's language. {@code capacityDeclines}: referrals for
 * this service it declined for lack of capacity in the last 30 days (see {@link Capacity}).
 */
public record HelpingOrganisation(Organisation organisation, ServiceOffer offer, boolean coversProvince, boolean speaksLanguage,
		boolean twentyFourSeven, List<String> reasons, int capacityDeclines) {

	/** The organisation as other modules may read it. */
	public OrganisationSummary summary() {
		return OrganisationSummary.of(organisation);
	}
}
