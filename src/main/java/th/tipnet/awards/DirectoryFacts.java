package th.tipnet.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.ProvinceCode;

/**
 * What judging asks the directory: an organisation's name, its chain of parents and the provinces it
 * works in, and a province's name, from the directory's read views.
 */
@Component
class DirectoryFacts {

	/** An organisation as conflicts of interest see it: itself and its parents, nearest first, and its provinces. */
	record Ties(UUID organisationId, List<UUID> selfAndParents, Set<String> provinces) {
	}

	private final Directory directory;

	DirectoryFacts(Directory directory) {
		this.directory = directory;
	}

	Optional<Ties> ties(UUID organisationId) {
		return organisationId == null ? Optional.empty() : directory.summary(OrganisationId.of(organisationId)).map(o -> {
			List<UUID> chain = new ArrayList<>();
			chain.add(o.id().value());
			directory.ancestors(o.id()).forEach(a -> chain.add(a.id().value()));
			return new Ties(o.id().value(), List.copyOf(chain), Set.copyOf(o.provinceCodes()));
		});
	}

	String organisationName(UUID id, Locale locale) {
		return id == null ? "" : directory.summary(OrganisationId.of(id)).map(o -> o.name(locale)).orElse("");
	}

	String provinceName(String code, Locale locale) {
		return code == null ? "" : directory.provinceName(ProvinceCode.of(code)).map(p -> p.name(locale)).orElse(code);
	}
}
