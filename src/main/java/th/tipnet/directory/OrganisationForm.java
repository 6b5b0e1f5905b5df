package th.tipnet.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;


/** The organisation edit form: the profile, with two blank service rows and two blank contact rows to fill. */
record OrganisationForm(@Size(max = 300) String nameTh, @Size(max = 300) String nameEn,
		@Size(max = 60) String abbreviationTh, @Size(max = 60) String abbreviationEn, @Size(max = 40) String sector,
		@Size(max = 36) String parentId,
		Set<String> provinces, Set<String> languages, @Size(max = 100) String otherLanguages,
		@Size(max = 2000) String descriptionTh, @Size(max = 2000) String descriptionEn, @Size(max = 500) String address,
		@Size(max = 500) String mapUrl, @Size(max = 500) String website, List<@Valid ServiceRow> services,
		List<@Valid ContactRow> contacts, long version) {

	static final int BLANK_ROWS = 2;

	static OrganisationForm blank() {
		return withBlankRows(new OrganisationForm(null, null, null, null, Sector.NGO.name(), null, Set.of(), Set.of(), null, null,
				null, null, null, null, List.of(), List.of(), 0));
	}

	static OrganisationForm of(Organisation o) {
		Profile p = o.profile();
		// Common languages are checkboxes; any other ISO code goes in the free field.
		Set<String> common = new LinkedHashSet<>();
		List<String> other = new ArrayList<>();
		for (String l : p.languages()) {
			if (th.tipnet.directory.LanguageCodes.COMMON.contains(l)) {
				common.add(l);
			}
			else {
				other.add(l);
			}
		}
		return withBlankRows(new OrganisationForm(p.nameTh(), p.nameEn(), p.abbreviationTh(), p.abbreviationEn(),
				p.sector().name(), p.parentId() == null ? null : p.parentId().toString(), p.provinces(), common, String.join(", ", other), p.descriptionTh(),
				p.descriptionEn(), p.address(), p.mapUrl(), p.website(),
				p.services().stream().map(ServiceRow::of).toList(), p.contacts().stream().map(ContactRow::of).toList(),
				o.version()));
	}

	/** The same form with two empty rows for a new service and a new contact. */
	OrganisationForm withBlankRows() {
		return withBlankRows(this);
	}

	private static OrganisationForm withBlankRows(OrganisationForm f) {
		List<ServiceRow> services = new ArrayList<>(f.services() == null ? List.of() : f.services());
		List<ContactRow> contacts = new ArrayList<>(f.contacts() == null ? List.of() : f.contacts());
		for (int i = 0; i < BLANK_ROWS; i++) {
			services.add(new ServiceRow(null, Set.of(), Set.of(), null, false));
			contacts.add(new ContactRow(null, null, null, null, null, false));
		}
		return new OrganisationForm(f.nameTh(), f.nameEn(), f.abbreviationTh(), f.abbreviationEn(), f.sector(),
				f.parentId(), f.provinces(), f.languages(), f.otherLanguages(), f.descriptionTh(), f.descriptionEn(),
				f.address(), f.mapUrl(), f.website(), services, contacts, f.version());
	}

	/** The profile this form describes; a tampered sector or parent is refused naming the field. */
	Profile profile() {
		List<th.tipnet.common.InvalidInput.Violation> problems = new ArrayList<>();
		Sector chosenSector = null;
		try {
			chosenSector = sector == null || sector.isBlank() ? null : Sector.valueOf(sector);
		}
		catch (IllegalArgumentException e) {
			problems.add(new th.tipnet.common.InvalidInput.Violation("sector", "directory.sector.unknown"));
		}
		UUID parent = null;
		try {
			parent = parentId == null || parentId.isBlank() ? null : UUID.fromString(parentId);
		}
		catch (IllegalArgumentException e) {
			problems.add(new th.tipnet.common.InvalidInput.Violation("parentId", "directory.parent.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new th.tipnet.common.InvalidInput(problems);
		}
		Set<String> allLanguages = new LinkedHashSet<>(languages == null ? Set.of() : languages);
		if (otherLanguages != null) {
			for (String code : otherLanguages.split("[,\\s]+")) {
				if (!code.isBlank()) {
					allLanguages.add(code.strip().toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		return new Profile(nameTh, nameEn, abbreviationTh, abbreviationEn, chosenSector, parent, provinces, allLanguages,
				descriptionTh, descriptionEn, address, mapUrl, website,
				services == null ? List.of() : services.stream().filter(s -> s != null && s.code() != null && !s.code().isBlank()).map(ServiceRow::offer).toList(),
				contacts == null ? List.of() : contacts.stream().filter(c -> c != null).map(ContactRow::details).toList());
	}

	public record ServiceRow(@Size(max = 40) String code, Set<String> provinces, Set<String> languages,
			@Size(max = 200) String hours, boolean twentyFourSeven) {

		static ServiceRow of(ServiceOffer s) {
			return new ServiceRow(s.code(), s.provinces(), s.languages(), s.hours(), s.twentyFourSeven());
		}

		ServiceOffer offer() {
			return new ServiceOffer(code, provinces, languages, hours, twentyFourSeven);
		}
	}

	public record ContactRow(@Size(max = 200) String name, @Size(max = 200) String position, @Size(max = 40) String phone,
			@Size(max = 254) String email, @Size(max = 60) String lineId, boolean membersOnly) {

		static ContactRow of(ContactDetails c) {
			return new ContactRow(c.name(), c.position(), c.phone(), c.email(), c.lineId(), c.membersOnly());
		}

		ContactDetails details() {
			return new ContactDetails(name, position, phone, email, lineId, membersOnly);
		}
	}
}
