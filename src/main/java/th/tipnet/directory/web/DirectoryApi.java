package th.tipnet.directory.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.ItemsPage;
import th.tipnet.directory.Directory;
import th.tipnet.directory.Organisation;
import th.tipnet.directory.Province;
import th.tipnet.directory.Sector;

/** The directory's public read API: provinces and organisations. */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Directory")
class DirectoryApi {

	private final Directory directory;

	DirectoryApi(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/provinces")
	@Operation(summary = "The 77 provinces with ISO 3166-2:TH codes and Thai and English names")
	ItemsPage<ProvinceView> provinces() {
		List<ProvinceView> items = directory.provinces()
			.stream()
			.map(p -> new ProvinceView(p.code().value(), p.nameTh(), p.nameEn()))
			.toList();
		return new ItemsPage<>(items, items.size());
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organisations of the network, by free text and sector, paged")
	ItemsPage<OrganisationView> organisations(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) Sector sector,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<Organisation> found = directory.search(q, sector, page, size);
		return new ItemsPage<>(found.map(OrganisationView::of).getContent(), found.getTotalElements());
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One organisation")
	ResponseEntity<OrganisationView> organisation(@PathVariable UUID id) {
		Organisation o = directory.organisation(id).orElseThrow(() -> DomainException.notFound("organisation"));
		return ResponseEntity.ok().eTag("\"" + o.version() + "\"").body(OrganisationView.of(o));
	}

	record ProvinceView(String code, String nameTh, String nameEn) {
	}

	record OrganisationView(UUID id, String nameTh, String nameEn, String abbreviation, String abbreviationTh,
			Sector sector, UUID parentId, List<String> provinces, String status, long version) {

		static OrganisationView of(Organisation o) {
			return new OrganisationView(o.id(), o.nameTh(), o.nameEn(), o.abbreviationEn(), o.abbreviationTh(), o.sector(),
					o.parentId(), o.provinceCodes().stream().sorted().toList(), o.status().name(), o.version());
		}
	}
}
