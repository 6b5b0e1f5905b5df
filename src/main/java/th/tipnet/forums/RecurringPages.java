package th.tipnet.forums;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Recurring problems: the themes raised at two forums or more, and each one's history forum by forum. */
@Controller
@RequestMapping("/forums/recurring")
class RecurringPages {

	private final RecurringThemes themes;

	private final NamedOrganisations names;

	RecurringPages(RecurringThemes themes, NamedOrganisations names) {
		this.themes = themes;
		this.names = names;
	}

	@GetMapping
	String recurring(Model model) {
		model.addAttribute("themes", themes.recurring());
		return "forums/recurring";
	}

	@GetMapping("/{theme}")
	String history(@PathVariable String theme, Model model, Locale locale) {
		var history = themes.history(theme);
		model.addAttribute("theme", Theme.named(theme));
		model.addAttribute("history", history);
		Stream<UUID> named = history.stream()
			.flatMap(r -> r.inputs().stream())
			.flatMap(s -> Stream.concat(Stream.of(s.input().organisationId()),
					s.actions().stream().map(f -> f.action().ownerOrganisationId())));
		model.addAttribute("names", names.of(named, locale));
		return "forums/recurring-theme";
	}
}
