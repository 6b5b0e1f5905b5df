package th.tipnet.directory;

import java.util.Set;

/**
 * What an organisation says about one of its services: which (from the controlled list), where
 * (provinces; empty = the organisation's own), in which languages (empty = the organisation's),
 * its hours, and whether it answers around the clock.
 */
public record ServiceOffer(String code, Set<String> provinces, Set<String> languages, String hours,
		boolean twentyFourSeven) {

	public ServiceOffer {
		provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
		languages = languages == null ? Set.of() : Set.copyOf(languages);
	}
}
