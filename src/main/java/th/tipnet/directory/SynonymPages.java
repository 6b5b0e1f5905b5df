package th.tipnet.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;
import th.tipnet.common.web.Versions;

/**
 * The directory search's synonym list: a page and an API for network coordinators to extend and edit
 * it. A change applies to the next search (the query is expanded, nothing is reindexed).
 */
@Controller
class SynonymPages {

	/** As {@code SearchSynonyms} checks it: letters, marks, digits, spaces and . & ' - inside. */
	static final String TERM_PATTERN = "^[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} .&'\\-]*$";

	private final SearchSynonyms synonyms;

	private final DirectoryEditing editing;

	SynonymPages(SearchSynonyms synonyms, DirectoryEditing editing) {
		this.synonyms = synonyms;
		this.editing = editing;
	}

	@GetMapping("/directory/synonyms")
	String list(Model model) {
		requireCoordinator();
		model.addAttribute("groups", synonyms.list());
		return "directory/synonyms";
	}

	@PostMapping("/directory/synonyms")
	String add(@RequestParam(required = false) String terms, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return FormErrors.attempt(response, () -> {
			synonyms.add(split(terms));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/directory/synonyms";
		}, e -> refused(e, null, terms, model));
	}

	@PostMapping("/directory/synonyms/{id}")
	String change(@PathVariable UUID id, @RequestParam(required = false) String terms, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.attempt(response, () -> {
			synonyms.change(id, version, split(terms));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/directory/synonyms";
		}, e -> refused(e, id, terms, model));
	}

	@PostMapping("/directory/synonyms/{id}/remove")
	String remove(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		synonyms.remove(id, version);
		redirect.addFlashAttribute("removed", true);
		return "redirect:/directory/synonyms";
	}

	private String refused(DomainException e, UUID id, String terms, Model model) {
		model.addAttribute("violations", FormErrors.violations(e));
		model.addAttribute("editedId", id);
		model.addAttribute("editedTerms", terms);
		model.addAttribute("groups", synonyms.list());
		return "directory/synonyms";
	}

	/** The page's field lists the terms separated by commas. */
	private static List<String> split(String terms) {
		return terms == null ? List.of() : Arrays.asList(terms.split(","));
	}

	// --- API ---

	@GetMapping("/api/v1/search-synonyms")
	@ResponseBody
	@Operation(summary = "The directory search's synonym groups (network coordinators)")
	List<SynonymView> listApi() {
		requireCoordinator();
		return synonyms.list().stream().map(SynonymView::of).toList();
	}

	@PostMapping("/api/v1/search-synonyms")
	@ResponseBody
	@Operation(summary = "Add a group of words the directory search treats as the same; applies to the next search")
	ResponseEntity<SynonymView> addApi(@RequestBody SynonymBody body) {
		SynonymGroup added = synonyms.add(body.terms());
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.LOCATION, "/api/v1/search-synonyms/" + added.id())
			.eTag("\"" + added.version() + "\"")
			.body(SynonymView.of(added));
	}

	@PutMapping("/api/v1/search-synonyms/{id}")
	@ResponseBody
	@Operation(summary = "Change a synonym group; send its version (or If-Match with the ETag) to avoid lost updates")
	ResponseEntity<SynonymView> changeApi(@PathVariable UUID id, @RequestBody SynonymBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		SynonymGroup changed = synonyms.change(id, Versions.expected(body.version(), ifMatch), body.terms());
		return ResponseEntity.ok().eTag("\"" + changed.version() + "\"").body(SynonymView.of(changed));
	}

	@DeleteMapping("/api/v1/search-synonyms/{id}")
	@Operation(summary = "Remove a synonym group; send its version as a parameter or If-Match")
	ResponseEntity<Void> removeApi(@PathVariable UUID id, @RequestParam(required = false) Long version,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		synonyms.remove(id, Versions.expected(version, ifMatch));
		return ResponseEntity.noContent().build();
	}

	private void requireCoordinator() {
		if (!editing.mayRestructure()) {
			throw DomainException.forbidden();
		}
	}

	@Schema(name = "SearchSynonymGroup")
	record SynonymView(UUID id, List<String> terms, long version, Instant updatedAt) {

		static SynonymView of(SynonymGroup group) {
			return new SynonymView(group.id(), group.terms(), group.version(), group.updatedAt());
		}
	}

	@Schema(name = "SearchSynonymChange")
	record SynonymBody(
			@ArraySchema(minItems = 2, maxItems = 20, uniqueItems = true, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "Words or names a reader may type for the same thing (Thai or English); no commas"),
					schema = @Schema(minLength = 1, maxLength = 100, pattern = TERM_PATTERN)) List<String> terms,
			@Schema(description = "The group's version as read (or send If-Match); required to change it") Long version) {
	}
}
