package th.tipnet.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask the directory. */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final Organisations organisations;

	private final Provinces provinces;

	Directory(Organisations organisations, Provinces provinces) {
		this.organisations = organisations;
		this.provinces = provinces;
	}

	public Optional<Organisation> organisation(UUID id) {
		return id == null ? Optional.empty() : organisations.findById(id);
	}

	public Optional<Organisation> organisationByReferenceKey(String referenceKey) {
		return organisations.findByReferenceKey(referenceKey);
	}

	public List<Organisation> children(UUID parentId) {
		return organisations.findByParentIdOrderByNameTh(parentId);
	}

	/** Organisations that cover a province (not the nationwide ones). */
	public List<UUID> organisationIdsCovering(ProvinceCode province) {
		return organisations.idsCovering(province.value());
	}

	public List<Province> provinces() {
		return provinces.findAll().stream().sorted(java.util.Comparator.comparing(p -> p.code().value())).toList();
	}

	public Optional<Province> province(ProvinceCode code) {
		return provinces.findById(code.value());
	}

	public boolean provinceExists(String code) {
		return code != null && provinces.existsById(code);
	}

	/** Organisations by free text (names and abbreviations, either language) and sector, by Thai name. */
	public Page<Organisation> search(String text, Sector sector, int page, int size) {
		String like = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
		return organisations.search(like, sector, PageRequest.of(page, size));
	}

	/** All organisations, for pickers; the directory is small enough (thousands) to list. */
	public List<Organisation> all() {
		return organisations.findAll().stream().sorted(java.util.Comparator.comparing(Organisation::nameTh)).toList();
	}
}
