package th.tipnet.directory.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import th.tipnet.directory.ContactDetails;
import th.tipnet.directory.Organisation;
import th.tipnet.directory.Sector;
import th.tipnet.directory.ServiceOffer;

/** An organisation as the API shows it; a visitor gets public contacts only and not who verified it. */
record OrganisationView(UUID id, String nameTh, String nameEn, String abbreviation, String abbreviationTh,
		Sector sector, UUID parentId, List<String> provinces, List<String> languages, List<ServiceView> services,
		String descriptionTh, String descriptionEn, String address, String mapUrl, String website,
		List<ContactDetails> contacts, String status, Instant verifiedAt, String verifiedBy, long version) {

	static OrganisationView of(Organisation o, boolean member) {
		return new OrganisationView(o.id(), o.nameTh(), o.nameEn(), o.abbreviationEn(), o.abbreviationTh(), o.sector(),
				o.parentId(), o.provinceCodes().stream().sorted().toList(), o.languageCodes().stream().sorted().toList(),
				o.serviceOffers().stream().map(ServiceView::of).toList(), o.descriptionTh(), o.descriptionEn(), o.address(),
				o.mapUrl(), o.website(), o.contacts(member), o.status().name(), o.verifiedAt(),
				member ? o.verifiedBy() : null, o.version());
	}

	record ServiceView(String code, List<String> provinces, List<String> languages, String hours,
			boolean twentyFourSeven) {

		static ServiceView of(ServiceOffer s) {
			return new ServiceView(s.code(), s.provinces().stream().sorted().toList(),
					s.languages().stream().sorted().toList(), s.hours(), s.twentyFourSeven());
		}
	}
}
