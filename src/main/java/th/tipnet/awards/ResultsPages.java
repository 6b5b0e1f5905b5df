package th.tipnet.awards;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;

/**
 * A round's results page, open to anybody once published (Thai and English, dates in the reader's
 * era): each category, its prize and its winners in their places, a winner's name only with the
 * nominee's consent. Before publication it is the secretariat's preview, with the button that
 * publishes.
 */
@Controller
class ResultsPages {

	private final PublicResults results;

	private final ResultsDesk desk;

	private final Directory directory;

	private final MessageSource messages;

	private final Clock clock;

	private final Prizes prizes;

	ResultsPages(PublicResults results, ResultsDesk desk, Directory directory, MessageSource messages, Clock clock,
			Prizes prizes) {
		this.prizes = prizes;
		this.clock = clock;
		this.results = results;
		this.desk = desk;
		this.directory = directory;
		this.messages = messages;
	}

	/** A category's results as the page shows them. */
	record CategoryView(UUID id, String name, String prize, boolean confirmed, List<WinnerView> winners) {
	}

	/** A winner as the page shows them: the place, and the name and where from, or withheld. */
	record WinnerView(int place, boolean named, String name, String detail) {
	}

	@GetMapping("/awards/rounds/{id}/results")
	String results(@PathVariable UUID id, Model model, Locale locale) {
		return page(results.of(new RoundId(id)), null, model, locale);
	}

	@PostMapping("/awards/rounds/{id}/publish")
	String publish(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		RoundId round = new RoundId(id);
		return FormErrors.attempt(response, () -> {
			desk.publish(round);
			redirect.addFlashAttribute("published", true);
			return "redirect:/awards/rounds/" + id + "/results";
		}, refusal -> page(results.of(round), refusal, model, locale));
	}

	private String page(PublicResults.Results r, DomainException refusal, Model model, Locale locale) {
		model.addAttribute("round", AwardPages.Row.of(r.round(), clock.instant(), locale));
		model.addAttribute("results", r);
		model.addAttribute("categories", r.categories().stream().map(c -> category(c, locale)).toList());
		model.addAttribute("refused", refusal == null ? null : FormErrors.violations(refusal)
			.stream()
			.map(v -> messages.getMessage(v.messageKey(), v.arguments(), locale))
			.toList());
		return "awards/results";
	}

	private CategoryView category(PublicResults.Category c, Locale locale) {
		AwardCategory category = c.category();
		return new CategoryView(category.id(), category.name(locale), prizes.of(category, locale), c.confirmed(),
				c.winners().stream().map(p -> winner(p, locale)).toList());
	}

	private WinnerView winner(PublicResults.Placed p, Locale locale) {
		if (!p.named()) {
			return new WinnerView(p.place(), false, messages.getMessage("awards.results.withheld", null, locale), "");
		}
		Winners.Winner w = p.winner();
		String detail = "";
		if (w.kind() == NomineeKind.PERSON) {
			String organisation = w.organisationId() == null ? ""
					: directory.summary(w.organisationId()).map(s -> s.name(locale)).orElse("");
			detail = String.join(" · ", List.of(w.personPosition() == null ? "" : w.personPosition(), organisation)
				.stream()
				.filter(s -> !s.isBlank())
				.toList());
		}
		return new WinnerView(p.place(), true, w.nomineeName(locale), detail);
	}
}
