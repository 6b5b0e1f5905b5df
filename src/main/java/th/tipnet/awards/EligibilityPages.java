package th.tipnet.awards;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;

/**
 * The secretariat's eligibility check in the browser: a round's submitted nominations per category
 * with where each stands, and the checklist of one nomination, item by item, a reason for each item
 * not met.
 */
@Controller
class EligibilityPages {

	private final Awards awards;

	private final EligibilityDesk desk;

	private final Directory directory;

	private final Clock clock;

	EligibilityPages(Awards awards, EligibilityDesk desk, Directory directory, Clock clock) {
		this.awards = awards;
		this.desk = desk;
		this.directory = directory;
		this.clock = clock;
	}

	/** A category's submitted nominations on the check list. */
	record Queue(String category, List<Queued> nominations) {
	}

	/** A submitted nomination and where its check stands: UNCHECKED, ELIGIBLE or INELIGIBLE. */
	record Queued(UUID id, String nominee, String nominator, String state, long notMet) {
	}

	@GetMapping("/awards/rounds/{id}/eligibility")
	String queue(@PathVariable UUID id, Model model, Locale locale) {
		AwardRound round = awards.round(new RoundId(id));
		List<Nomination> submitted = desk.submitted(round.id());
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("queues", round.categories().stream().map(c -> new Queue(c.name(locale), submitted.stream()
			.filter(n -> n.categoryId().equals(c.id()))
			.map(n -> queued(n, round, locale))
			.toList())).toList());
		return "awards/eligibility";
	}

	@GetMapping("/awards/nominations/{id}/eligibility")
	String form(@PathVariable UUID id, Model model, Locale locale) {
		Nomination n = desk.nomination(new NominationId(id));
		AwardRound round = awards.round(new RoundId(n.roundId()));
		model.addAttribute("form", EligibilityForm.of(n, round.category(n.categoryId()).orElseThrow().eligibility().size()));
		return page(n, round, model, locale);
	}

	@PostMapping("/awards/nominations/{id}/eligibility")
	String check(@PathVariable UUID id, @ModelAttribute("form") EligibilityForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Nomination n = desk.nomination(new NominationId(id));
		AwardRound round = awards.round(new RoundId(n.roundId()));
		int items = round.category(n.categoryId()).orElseThrow().eligibility().size();
		return FormErrors.submit(result, response, () -> {
			Nomination checked = desk.check(n.id(), form.getVersion(), form.answers(items));
			redirect.addFlashAttribute("checked", checked.eligibility().name());
			return "redirect:/awards/rounds/" + round.id() + "/eligibility";
		}, () -> page(n, round, model, locale));
	}

	private String page(Nomination n, AwardRound round, Model model, Locale locale) {
		AwardCategory category = round.category(n.categoryId()).orElseThrow();
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("nomination", NominationPages.Line.of(n, round, directory, locale));
		model.addAttribute("items", category.eligibility().stream().map(e -> e.text(locale)).toList());
		model.addAttribute("state", state(n));
		return "awards/eligibility-check";
	}

	private Queued queued(Nomination n, AwardRound round, Locale locale) {
		NominationPages.Line line = NominationPages.Line.of(n, round, directory, locale);
		return new Queued(n.id().value(), line.nominee(), line.nominator(), state(n),
				n.eligibilityChecks().stream().filter(c -> !c.met()).count());
	}

	private static String state(Nomination n) {
		return n.eligibility() == null ? "UNCHECKED" : n.eligibility().name();
	}
}
