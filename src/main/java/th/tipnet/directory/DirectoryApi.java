package th.tipnet.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.Versions;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.common.web.ItemsPage;

/** The directory API: provinces, services, organisations (search, read, create, change) and who can help. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
class DirectoryApi {

	private final Directory directory;

	private final DirectorySearch search;

	private final DirectoryEditing editing;

	private final PublicSourceContacts publicContacts;

	DirectoryApi(Directory directory, DirectorySearch search, DirectoryEditing editing,
			PublicSourceContacts publicContacts) {
		this.directory = directory;
		this.search = search;
		this.editing = editing;
		this.publicContacts = publicContacts;
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

	@GetMapping("/services")
	@Operation(summary = "The controlled list of services organisations offer")
	ItemsPage<ServiceTypeView> services() {
		List<ServiceTypeView> items = directory.serviceTypes()
			.stream()
			.filter(t -> t.active())
			.map(t -> new ServiceTypeView(t.code(), t.nameTh(), t.nameEn()))
			.toList();
		return new ItemsPage<>(items, items.size());
	}

	@GetMapping("/organizations")
	@Operation(summary = "Search the directory: Thai-aware free text and filters, ranked, paged")
	ItemsPage<OrganisationView> organisations(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 5) String province,
			@RequestParam(required = false) @Size(max = 40) String service,
			@RequestParam(required = false) @Size(max = 3) String language,
			@RequestParam(required = false) Sector sector, @RequestParam(required = false) Boolean twentyFourSeven,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		var query = new DirectoryQuery(q, province, service, language, sector, twentyFourSeven, false);
		var found = search.search(query, page, size);
		boolean member = CurrentUser.signedIn();
		var fromPublicSources = publicContacts.of(found.hits().stream().map(h -> h.organisation().id()).toList());
		return new ItemsPage<>(found.hits()
			.stream()
			.map(h -> OrganisationView.of(h.organisation(), member,
					fromPublicSources.getOrDefault(h.organisation().id(), List.of())))
			.toList(), found.total());
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One organisation; its version is also the ETag")
	ResponseEntity<OrganisationView> organisation(@PathVariable UUID id) {
		Organisation o = directory.organisation(id).orElseThrow(() -> DomainException.notFound("organisation"));
		return ResponseEntity.ok().eTag("\"" + o.version() + "\"").body(OrganisationView.of(o, CurrentUser.signedIn(), publicContacts.of(o.id())));
	}

	@PostMapping("/organizations")
	@Operation(summary = "Add an organisation (network coordinators and system administrators)")
	ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationRequest body) {
		Organisation created = editing.create(body.profile());
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.LOCATION, "/api/v1/organizations/" + created.id())
			.eTag("\"" + created.version() + "\"")
			.body(OrganisationView.of(created, true, publicContacts.of(created.id())));
	}

	@PutMapping("/organizations/{id}")
	@Operation(summary = "Change an organisation within your scope; send its version (or If-Match)")
	ResponseEntity<OrganisationView> update(@PathVariable UUID id, @Valid @RequestBody OrganisationRequest body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Organisation o = editing.update(id, Versions.expected(body.version(), ifMatch), body.profile());
		Organisation saved = directory.organisation(o.id()).orElseThrow();
		return ResponseEntity.ok().eTag("\"" + saved.version() + "\"").body(OrganisationView.of(saved, true, publicContacts.of(saved.id())));
	}

	@GetMapping("/directory/who-can-help")
	@Operation(summary = "Organisations that can give a service in a province, best first, with the reasons; "
			+ "capacityDeclines counts referrals for the service each declined for lack of capacity in the last 30 days, "
			+ "and ranks it lower")
	Map<String, Object> whoCanHelp(@RequestParam @NotBlank @Size(max = 5) String province,
			@RequestParam @NotBlank @Size(max = 40) String service,
			@RequestParam(required = false) @Size(max = 3) String language,
			@RequestParam(defaultValue = "false") boolean twentyFourSeven) {
		var request = new HelpRequest(province, service, language, twentyFourSeven);
		search.check(request);
		boolean member = CurrentUser.signedIn();
		var helpers = search.whoCanHelp(request);
		var fromPublicSources = publicContacts.of(helpers.stream().map(h -> h.organisation().id()).toList());
		var items = helpers
			.stream()
			.map(h -> Map.of("organization", OrganisationView.of(h.organisation(), member,
					fromPublicSources.getOrDefault(h.organisation().id(), List.of())), "coversProvince",
					h.coversProvince(), "speaksLanguage", h.speaksLanguage(), "twentyFourSeven", h.twentyFourSeven(),
					"reasons", h.reasons().stream().map(r -> r.substring(r.lastIndexOf('.') + 1)).toList(),
					"capacityDeclines", h.capacityDeclines()))
			.toList();
		return Map.of("items", items, "total", items.size());
	}

	record ProvinceView(String code, String nameTh, String nameEn) {
	}

	public record ServiceTypeView(String code, String nameTh, String nameEn) {
	}
}
