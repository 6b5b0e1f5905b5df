package th.tipnet.forums;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tipnet.common.web.Feature;
import th.tipnet.common.web.NavigationLink;

/**
 * The follow-up overview across forums: each owner organisation's or theme's actions counted by status, overdue,
 * mean progress and oldest overdue, every figure a link to the actions behind it; and that list, a page at a time.
 */
@Controller
@RequestMapping("/actions")
class ActionOverviewPages {

	private final ActionRollups rollups;

	private final NamedOrganisations names;

	ActionOverviewPages(ActionRollups rollups, NamedOrganisations names) {
		this.rollups = rollups;
		this.names = names;
	}

	@GetMapping("/overview")
	String overview(@RequestParam(name = "by", defaultValue = "owner") String by, Model model, Locale locale) {
		var groups = rollups.rollup(by);
		model.addAttribute("by", ActionRollups.By.named(by).name().toLowerCase(Locale.ROOT));
		model.addAttribute("groups", groups);
		model.addAttribute("names", groups.stream()
			.filter(g -> g.owner() != null)
			.collect(Collectors.toMap(ActionRollups.Group::owner, g -> ownerName(g.owner(), locale))));
		model.addAttribute("today", rollups.today());
		return "forums/overview";
	}

	@GetMapping("/list")
	String list(@RequestParam(required = false) UUID owner, @RequestParam(required = false) String status,
			@RequestParam(required = false) String theme, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		var found = rollups.actions(new FollowUps.Filter(owner, ForumRecords.blankToNull(status), ForumRecords.blankToNull(theme), overdue), page);
		model.addAttribute("page", found);
		model.addAttribute("owner", owner);
		model.addAttribute("ownerName", owner == null ? null : ownerName(owner, locale));
		model.addAttribute("status", ForumRecords.blankToNull(status));
		model.addAttribute("theme", ForumRecords.blankToNull(theme));
		model.addAttribute("overdue", overdue);
		Map<UUID, String> names = found.getContent()
			.stream()
			.map(f -> f.action().ownerOrganisationId())
			.distinct()
			.collect(Collectors.toMap(id -> id, id -> ownerName(id, locale)));
		model.addAttribute("ownerNames", names);
		return "forums/action-list";
	}

	private String ownerName(UUID id, Locale locale) {
		return names.of(Stream.of(id), locale).get(id);
	}

	@Bean
	static NavigationLink followUpOverviewLink() {
		return new NavigationLink(21, "/actions/overview", "nav.followUps", Feature.signedIn());
	}
}
