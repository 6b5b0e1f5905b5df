package th.tipnet.forums;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/** The names of the organisations a page mentions, in the reader's language, each looked up once. */
@Component
class NamedOrganisations {

	private final ForumRecords records;

	NamedOrganisations(ForumRecords records) {
		this.records = records;
	}

	Map<UUID, String> of(Stream<UUID> ids, Locale locale) {
		return ids.filter(Objects::nonNull).distinct().collect(Collectors.toMap(id -> id, id -> records.organisationName(id, locale)));
	}
}
