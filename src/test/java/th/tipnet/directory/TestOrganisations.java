package th.tipnet.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import th.tipnet.support.SignedIn;

/** Creates organisations for tests through the directory's own editing path, as a network coordinator. */
public class TestOrganisations {

	private final DirectoryEditing editing;

	public TestOrganisations(ApplicationContext context) {
		this.editing = context.getBean(DirectoryEditing.class);
	}

	/** A new verified-nowhere NGO in Bangkok with a unique Thai name. */
	public UUID create(String nameTh, String nameEn) {
		try (SignedIn coordinator = SignedIn.asNetworkCoordinator()) {
			return editing.create(profile(nameTh, nameEn)).id();
		}
	}

	/** Moves an organisation in the network: its parent ({@code null} for none) and the provinces it works in. */
	public void place(UUID id, UUID parentId, Set<String> provinces) {
		try (SignedIn coordinator = SignedIn.asNetworkCoordinator()) {
			Organisation o = editing.editable(id);
			Profile p = o.profile();
			editing.update(id, o.version(), new Profile(p.nameTh(), p.nameEn(), p.abbreviationTh(), p.abbreviationEn(),
					p.sector(), parentId, provinces, p.languages(), p.descriptionTh(), p.descriptionEn(), p.address(),
					p.mapUrl(), p.website(), p.services(), p.contacts()));
		}
	}

	/** Merges a duplicate into the organisation that stays. */
	public void merge(UUID duplicateId, UUID survivorId) {
		try (SignedIn coordinator = SignedIn.asNetworkCoordinator()) {
			editing.merge(duplicateId, editing.editable(duplicateId).version(), survivorId);
		}
	}

	static Profile profile(String nameTh, String nameEn) {
		return new Profile(nameTh + " " + UUID.randomUUID().toString().substring(0, 8), nameEn, null, null, Sector.NGO,
				null, Set.of("TH-10"), Set.of(), null, null, null, null, null, List.of(), List.of());
	}
}
