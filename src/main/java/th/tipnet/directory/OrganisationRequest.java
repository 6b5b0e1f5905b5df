package th.tipnet.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;


/** The body of POST and PUT /api/v1/organizations. Sizes here; the directory's rules check the rest. */
record OrganisationRequest(@Size(max = 300) String nameTh, @Size(max = 300) String nameEn,
		@Size(max = 60) String abbreviationTh, @Size(max = 60) String abbreviation, Sector sector, UUID parentId,
		@Size(max = 77) Set<@Size(max = 5) String> provinces, @Size(max = 50) Set<@Size(max = 3) String> languages,
		@Size(max = 2000) String descriptionTh, @Size(max = 2000) String descriptionEn, @Size(max = 500) String address,
		@Size(max = 500) String mapUrl, @Size(max = 500) String website, @Size(max = 30) List<@Valid ServiceRequest> services,
		@Size(max = 20) List<@Valid ContactRequest> contacts, Long version) {

	Profile profile() {
		return new Profile(nameTh, nameEn, abbreviationTh, abbreviation, sector, parentId, provinces, languages,
				descriptionTh, descriptionEn, address, mapUrl, website,
				services == null ? List.of() : services.stream().map(ServiceRequest::offer).toList(),
				contacts == null ? List.of() : contacts.stream().map(ContactRequest::details).toList());
	}

	record ServiceRequest(@Size(max = 40) String code, Set<@Size(max = 5) String> provinces,
			Set<@Size(max = 3) String> languages, @Size(max = 200) String hours, Boolean twentyFourSeven) {

		ServiceOffer offer() {
			return new ServiceOffer(code, provinces, languages, hours, Boolean.TRUE.equals(twentyFourSeven));
		}
	}

	record ContactRequest(@Size(max = 200) String name, @Size(max = 200) String position, @Size(max = 40) String phone,
			@Size(max = 254) String email, @Size(max = 60) String lineId, Boolean membersOnly) {

		ContactDetails details() {
			return new ContactDetails(name, position, phone, email, lineId, Boolean.TRUE.equals(membersOnly));
		}
	}
}
