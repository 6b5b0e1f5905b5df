package th.tipnet.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;


/** An organisation as the API shows it; a visitor gets public contacts only and not who verified it. */
record OrganisationView(UUID id, String nameTh, String nameEn, String abbreviation, String abbreviationTh,
		Sector sector, UUID parentId, List<String> provinces, List<String> languages, List<ServiceView> services,
		String descriptionTh, String descriptionEn, String address, String mapUrl, String website,
		List<ContactDetails> contacts, String status, Instant verifiedAt, String verifiedBy, long version,
		@ArraySchema(arraySchema = @Schema(description = "Phones, hotlines, websites and addresses taken from public sources "
				+ "by the network's reference data; each says its sources, as of when, and whether the organisation "
				+ "confirmed it (removed ones are left out)")) List<PublicContactView> publicContacts) {

	static OrganisationView of(Organisation o, boolean member, List<PublicContact> publicContacts) {
		return new OrganisationView(o.id(), o.nameTh(), o.nameEn(), o.abbreviationEn(), o.abbreviationTh(), o.sector(),
				o.parentId(), o.provinceCodes().stream().sorted().toList(), o.languageCodes().stream().sorted().toList(),
				o.serviceOffers().stream().map(ServiceView::of).toList(), o.descriptionTh(), o.descriptionEn(), o.address(),
				o.mapUrl(), o.website(), o.contacts(member), o.status().name(), o.verifiedAt(),
				member ? o.verifiedBy() : null, o.version(), publicContacts.stream().map(PublicContactView::of).toList());
	}

	@Schema(name = "PublicContact", description = "A contact taken from public sources, shown as such until the organisation's administrator confirms it")
	record PublicContactView(@Schema(description = "The contact's id (for the organisation's administrator to correct it)") UUID id,
			@Schema(description = "What the value is", requiredMode = Schema.RequiredMode.REQUIRED) PublicContact.Kind kind,
			@Schema(description = "The phone or hotline number, website address or Thai postal address",
					requiredMode = Schema.RequiredMode.REQUIRED) String value,
			@ArraySchema(arraySchema = @Schema(description = "The public pages the value was taken from"),
					schema = @Schema(format = "uri")) List<String> sources,
			@Schema(description = "The date the value was taken from those sources into the directory",
					requiredMode = Schema.RequiredMode.REQUIRED) LocalDate asOf,
			@Schema(description = "true once the organisation's own administrator confirmed or corrected it; "
					+ "false means not yet confirmed by the organisation", requiredMode = Schema.RequiredMode.REQUIRED) boolean confirmed,
			@Schema(description = "When the organisation confirmed or corrected it; null while not confirmed") Instant confirmedAt) {

		static PublicContactView of(PublicContact c) {
			return new PublicContactView(c.id(), c.kind(), c.value(), c.sources(), c.asOf(), c.confirmed(), c.confirmedAt());
		}
	}

	record ServiceView(String code, List<String> provinces, List<String> languages, String hours,
			boolean twentyFourSeven) {

		static ServiceView of(ServiceOffer s) {
			return new ServiceView(s.code(), s.provinces().stream().sorted().toList(),
					s.languages().stream().sorted().toList(), s.hours(), s.twentyFourSeven());
		}
	}
}
