package th.tipnet.directory;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What search and "who can help here" look at, derived from an organisation's provinces, languages,
 * services and public contacts: a value computed afresh from the organisation each time it is indexed
 * ({@link Directory} re-indexes after every change, so nothing here tracks changes itself). The
 * organisation's indexed getters hand these on under the index's field names.
 */
final class SearchFields {

	/** The coverage of an organisation (or a service) given everywhere. */
	static final String NATIONWIDE = "*";

	private final Set<String> provinceCodes;

	private final Set<String> languageCodes;

	private final List<OfferedService> services;

	private final List<ContactDetails> publicContacts;

	private final List<PublicContact> publicSourceContacts;

	SearchFields(Set<String> provinceCodes, Set<String> languageCodes, List<OfferedService> services,
			List<ContactDetails> publicContacts, List<PublicContact> publicSourceContacts) {
		this.provinceCodes = provinceCodes;
		this.languageCodes = languageCodes;
		this.services = services;
		this.publicContacts = publicContacts;
		this.publicSourceContacts = publicSourceContacts;
	}

	/** Provinces served by the organisation or any of its services; "*" when it works nationwide. */
	Set<String> coverage() {
		Set<String> coverage = new TreeSet<>(provinceCodes);
		services.forEach(s -> coverage.addAll(s.effectiveProvinces()));
		if (provinceCodes.isEmpty()) {
			coverage.add(NATIONWIDE);
		}
		return coverage;
	}

	Set<String> serviceCodes() {
		Set<String> codes = new TreeSet<>();
		services.forEach(s -> codes.add(s.type().code()));
		return codes;
	}

	/** The names of its services in both languages, so "ที่พักพิง" or "shelter" finds who offers one. */
	String serviceNames() {
		StringBuilder names = new StringBuilder();
		services.forEach(s -> names.append(s.type().nameTh()).append(' ').append(s.type().nameEn()).append(' '));
		return names.toString();
	}

	/**
	 * The public contacts' names and numbers, so a hotline's number (1300) finds its organisation,
	 * with the hotlines and phones taken from public sources that the organisation has not removed.
	 * Members-only contacts stay out of the index: a search is open to everyone.
	 */
	String publicContacts() {
		StringBuilder text = new StringBuilder();
		publicContacts.forEach(c -> text.append(c.name()).append(' ').append(c.phone() == null ? "" : c.phone()).append(' '));
		// The hotlines and phones from public sources too, as typed, as dialled and as dialled within
		// Thailand ("+66 2 288 2180", "+6622882180", "022882180").
		publicSourceContacts.stream()
			.filter(c -> c.shown() && (c.kind() == PublicContact.Kind.HOTLINE || c.kind() == PublicContact.Kind.PHONE))
			.forEach(c -> text.append(c.value()).append(' ').append(c.dial()).append(' ')
				.append(c.dial().startsWith("+66") ? "0" + c.dial().substring(3) + " " : ""));
		return text.toString();
	}

	Set<String> allLanguages() {
		Set<String> all = new TreeSet<>(languageCodes);
		services.forEach(s -> all.addAll(s.effectiveLanguages()));
		return all;
	}

	boolean twentyFourSeven() {
		return services.stream().anyMatch(OfferedService::twentyFourSeven);
	}

	/** "SERVICE|province" for every province a service is given in, "SERVICE|*" for nationwide ones. */
	Set<String> offers() {
		return offerKeys(false);
	}

	/** The same, for the services open around the clock. */
	Set<String> offers24() {
		return offerKeys(true);
	}

	/** "SERVICE|language" for every language a service is given in. */
	Set<String> offerLanguages() {
		Set<String> keys = new TreeSet<>();
		services.forEach(s -> s.effectiveLanguages().forEach(l -> keys.add(s.type().code() + "|" + l)));
		return keys;
	}

	private Set<String> offerKeys(boolean aroundTheClockOnly) {
		Set<String> keys = new TreeSet<>();
		for (OfferedService s : services) {
			if (aroundTheClockOnly && !s.twentyFourSeven()) {
				continue;
			}
			Set<String> where = s.effectiveProvinces();
			if (where.isEmpty()) {
				keys.add(s.type().code() + "|" + NATIONWIDE);
			}
			where.forEach(p -> keys.add(s.type().code() + "|" + p));
		}
		return keys;
	}
}
