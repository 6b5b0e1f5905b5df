package th.tipnet.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything an editor can say about an organisation, in one value: names, sector and parent, where
 * it works and in which languages, how to find it, its services and its contacts. Validated by
 * {@link Directory} before it reaches an {@link Organisation}.
 */
public record Profile(String nameTh, String nameEn, String abbreviationTh, String abbreviationEn, Sector sector,
		UUID parentId, Set<String> provinces, Set<String> languages, String descriptionTh, String descriptionEn,
		String address, String mapUrl, String website, List<ServiceOffer> services, List<ContactDetails> contacts) {

	public Profile {
		provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
		languages = languages == null ? Set.of() : Set.copyOf(languages);
		services = services == null ? List.of() : List.copyOf(services);
		contacts = contacts == null ? List.of() : List.copyOf(contacts);
	}
}
