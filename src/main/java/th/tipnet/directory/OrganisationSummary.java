package th.tipnet.directory;

import java.util.Locale;
import java.util.Set;

import th.tipnet.common.Languages;

/**
 * What other modules may know of an organisation: who it is (names, abbreviations, sector, parent),
 * where it works, whether it is active and which services it offers. A copy, taken inside the
 * directory's transaction, so it can be read anywhere after.
 */
public record OrganisationSummary(OrganisationId id, String nameTh, String nameEn, String abbreviationTh,
		String abbreviationEn, Sector sector, OrganisationId parentId, Set<String> provinceCodes,
		OrganisationStatus status, Set<String> serviceCodes) {

	public OrganisationSummary {
		provinceCodes = Set.copyOf(provinceCodes);
		serviceCodes = Set.copyOf(serviceCodes);
	}

	static OrganisationSummary of(Organisation o) {
		return new OrganisationSummary(OrganisationId.of(o.id()), o.nameTh(), o.nameEn(), o.abbreviationTh(),
				o.abbreviationEn(), o.sector(), o.parentId() == null ? null : OrganisationId.of(o.parentId()),
				o.provinceCodes(), o.status(), o.getServiceCodes());
	}

	/** The name in the reader's language. */
	public String name(Locale locale) {
		return Languages.pick(locale, nameTh, nameEn);
	}

	public boolean active() {
		return status == OrganisationStatus.ACTIVE;
	}

	/** Provinces covered; none means nationwide. */
	public boolean nationwide() {
		return provinceCodes.isEmpty();
	}

	public boolean covers(ProvinceCode province) {
		return provinceCodes.contains(province.value());
	}

	public boolean offers(String serviceCode) {
		return serviceCodes.contains(serviceCode);
	}
}
