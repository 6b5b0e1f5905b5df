package th.tipnet.awards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tipnet.common.DomainException;

/**
 * The printable order of presentation for the campaign day: the ceremony's event, then category by
 * category the winners in the order they are called (the last place first, unless the secretariat
 * moved them), each with their place, and a mark on those who did not consent to be named publicly.
 */
@Controller
class CeremonyPages {

	private final Awards awards;

	private final CeremonyDesk desk;

	private final Prizes prizes;

	private final Clock clock;

	CeremonyPages(Awards awards, CeremonyDesk desk, Prizes prizes, Clock clock) {
		this.awards = awards;
		this.desk = desk;
		this.prizes = prizes;
		this.clock = clock;
	}

	/** A category's part of the ceremony. */
	record Part(UUID id, String name, String prize, List<Call> calls) {
	}

	/** One winner called: when, their place, their name and whether it may be said in public. */
	record Call(UUID nomination, int order, int place, String name, boolean named, boolean first, boolean last) {
	}

	@GetMapping("/awards/rounds/{id}/ceremony")
	String ceremony(@PathVariable UUID id, Model model, Locale locale) {
		AwardRound round = awards.round(new RoundId(id));
		List<CeremonyDesk.Presentation> order = desk.order(round.id());
		int[] called = { 0 };
		List<Part> parts = order.stream().map(p -> {
			List<Winners.Winner> ws = p.called();
			List<Call> calls = new ArrayList<>();
			for (int i = 0; i < ws.size(); i++) {
				Winners.Winner w = ws.get(i);
				calls.add(new Call(w.nominationId().value(), ++called[0], w.place(), w.nomineeName(locale), PublicResults.named(w), i == 0,
						i == ws.size() - 1));
			}
			return new Part(p.category().id(), p.category().name(locale), prizes.of(p.category(), locale), calls);
		}).toList();
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("event", desk.event(round.id()).orElse(null));
		model.addAttribute("parts", parts);
		return "awards/ceremony";
	}

	@PostMapping("/awards/rounds/{id}/ceremony")
	String move(@PathVariable UUID id, @RequestParam(required = false) UUID nomination, @RequestParam(required = false) String move) {
		if (!"earlier".equals(move) && !"later".equals(move)) {
			throw DomainException.invalid("move", "awards.error.move");
		}
		desk.move(new RoundId(id), nomination, "earlier".equals(move));
		return "redirect:/awards/rounds/" + id + "/ceremony#call-" + nomination;
	}
}
