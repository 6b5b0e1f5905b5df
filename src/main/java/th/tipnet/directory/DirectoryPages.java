package th.tipnet.directory;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tipnet.common.DomainException;
import th.tipnet.common.security.CurrentUser;

/** The public directory: search, an organisation's page, and "who can help here". No sign-in needed. */
@Controller
@RequestMapping("/directory")
class DirectoryPages {

	static final int PAGE_SIZE = 20;

	private final Directory directory;

	private final DirectorySearch search;

	private final DirectoryEditing editing;

	private final PublicSourceContacts publicContacts;

	DirectoryPages(Directory directory, DirectorySearch search, DirectoryEditing editing,
			PublicSourceContacts publicContacts) {
		this.directory = directory;
		this.search = search;
		this.editing = editing;
		this.publicContacts = publicContacts;
	}

	@GetMapping
	String search(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 5) String province,
			@RequestParam(required = false) @Size(max = 40) String service,
			@RequestParam(required = false) @Size(max = 3) String language,
			@RequestParam(required = false) Sector sector,
			@RequestParam(required = false) Boolean twentyFourSeven,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, Model model, Locale locale) {
		var query = new DirectoryQuery(q, blank(province), blank(service), blank(language), sector, twentyFourSeven, false);
		model.addAttribute("query", query);
		model.addAttribute("results", search.search(query, page, PAGE_SIZE));
		model.addAttribute("labels", DirectoryLabels.of(directory, locale));
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("mayAdd", editing.mayRestructure());
		model.addAttribute("coordinates", editing.coordinates());
		return "directory/search";
	}

	@GetMapping("/organisations/{id}")
	String organisation(@PathVariable UUID id, Model model, Locale locale) {
		Organisation o = directory.organisation(id)
			.filter(org -> org.status() != OrganisationStatus.MERGED)
			.orElseThrow(() -> DomainException.notFound("organisation"));
		boolean member = CurrentUser.signedIn();
		model.addAttribute("org", o);
		var rootFirst = new java.util.ArrayList<>(directory.ancestors(o));
		java.util.Collections.reverse(rootFirst);
		model.addAttribute("ancestors", rootFirst);
		model.addAttribute("children", directory.children(o.id()));
		model.addAttribute("contacts", o.contacts(member));
		model.addAttribute("publicContacts", publicContacts.of(o.id()));
		model.addAttribute("mayConfirm", member && publicContacts.mayConfirm(o));
		model.addAttribute("member", member);
		model.addAttribute("labels", DirectoryLabels.of(directory, locale));
		model.addAttribute("mayEdit", member && editing.mayEdit(o));
		model.addAttribute("mayRestructure", member && editing.mayRestructure());
		model.addAttribute("due", o.verifiedAt() == null || o.verifiedAt().isBefore(editing.dueBefore()));
		if (member && editing.mayRestructure()) {
			model.addAttribute("mergeTargets", directory.all().stream().filter(x -> x.active() && !x.id().equals(o.id())).toList());
		}
		return "directory/organisation";
	}

	@GetMapping("/who-can-help")
	String whoCanHelp(@RequestParam(required = false) @Size(max = 5) String province,
			@RequestParam(required = false) @Size(max = 40) String service,
			@RequestParam(required = false) @Size(max = 3) String language,
			@RequestParam(defaultValue = "false") boolean twentyFourSeven, Model model, Locale locale) {
		model.addAttribute("labels", DirectoryLabels.of(directory, locale));
		var request = new HelpRequest(blank(province), blank(service), blank(language), twentyFourSeven);
		model.addAttribute("request", request);
		if (request.province() != null && request.service() != null) {
			search.check(request);
			var helpers = search.whoCanHelp(request);
			model.addAttribute("helpers", helpers);
			model.addAttribute("member", CurrentUser.signedIn());
			model.addAttribute("publicContacts", publicContacts.of(helpers.stream().map(h -> h.organisation().id()).toList()));
		}
		return "directory/who-can-help";
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
