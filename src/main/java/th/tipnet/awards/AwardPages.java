package th.tipnet.awards;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The award rounds in the browser: the list of years, and a round with its windows and categories. */
@Controller
@RequestMapping("/awards")
class AwardPages {

	private final Awards awards;

	private final Clock clock;

	private final ResultsDesk results;

	AwardPages(Awards awards, Clock clock, ResultsDesk results) {
		this.awards = awards;
		this.clock = clock;
		this.results = results;
	}

	@GetMapping
	String rounds(Model model, Locale locale) {
		Instant now = clock.instant();
		model.addAttribute("rounds", awards.rounds().stream().map(r -> Row.of(r, now, locale)).toList());
		model.addAttribute("mayEdit", Awards.isSecretariat());
		return "awards/rounds";
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable UUID id, Model model, Locale locale) {
		AwardRound r = awards.round(new RoundId(id));
		model.addAttribute("round", Row.of(r, clock.instant(), locale));
		model.addAttribute("windows", r.windows());
		model.addAttribute("categories", r.categories().stream().map(c -> CategoryRow.of(c, locale)).toList());
		model.addAttribute("mayNominate", NominationDesk.mayNominate() && r.phaseAt(clock.instant()) == Phase.NOMINATING);
		model.addAttribute("seesNominations", NominationDesk.mayNominate() || Awards.isSecretariat());
		model.addAttribute("runsJudging", Awards.isSecretariat());
		model.addAttribute("mayEdit", Awards.isSecretariat());
		model.addAttribute("resultsPublished", results.publication(r.id()).isPresent());
		return "awards/round";
	}

	/** A round as a page lists it, in the reader's language and era. */
	record Row(UUID id, int year, String title, Phase phase, boolean blind, int categories, int awards) {

		static Row of(AwardRound r, Instant now, Locale locale) {
			return new Row(r.id().value(), r.year(locale), r.title(locale), r.phaseAt(now), r.blindJudging(),
					r.categories().size(), r.awards());
		}
	}

	/** A category as its round's page shows it; the prize money grouped as the reader writes numbers. */
	record CategoryRow(UUID id, String code, String name, NomineeKind kind, int quota, boolean plaque, String prizeBaht,
			String criteria, List<String> eligibility) {

		static CategoryRow of(AwardCategory c, Locale locale) {
			BigDecimal prize = c.prizeBaht();
			return new CategoryRow(c.id(), c.code(), c.name(locale), c.nomineeKind(), c.quota(), c.plaque(),
					prize == null ? null : NumberFormat.getIntegerInstance(locale).format(prize), c.criteria(locale),
					c.eligibility().stream().map(e -> e.text(locale)).toList());
		}
	}
}
