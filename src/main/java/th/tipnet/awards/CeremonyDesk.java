package th.tipnet.awards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventSummary;

/**
 * The award ceremony, run by the secretariat: the campaign day's event where the awards are handed
 * over (named by the event's address, read through the events module's summary) and the order of
 * presentation: categories in the round's order, each from the last place to the first, unless the
 * secretariat moves a winner up or down within their category.
 */
@Service
class CeremonyDesk {

	/** A category's winners in the order they are called. */
	record Presentation(AwardCategory category, List<Winners.Winner> called) {
	}

	private final Awards awards;

	private final Winners winners;

	private final Ceremonies ceremonies;

	private final EventPlanning events;

	private final AuditTrail audit;

	CeremonyDesk(Awards awards, Winners winners, Ceremonies ceremonies, EventPlanning events, AuditTrail audit) {
		this.awards = awards;
		this.winners = winners;
		this.ceremonies = ceremonies;
		this.events = events;
		this.audit = audit;
	}

	/** The ceremony's event, when the round names one that still exists. */
	@Transactional(readOnly = true)
	Optional<EventSummary> event(RoundId round) {
		return ceremonies.eventOf(round).flatMap(id -> {
			try {
				return Optional.of(events.summary(id));
			}
			catch (DomainException gone) {
				return Optional.empty();
			}
		});
	}

	/** The event's address (its slug) as the round's form shows it, or empty. */
	@Transactional(readOnly = true)
	String eventAddress(RoundId round) {
		return event(round).map(EventSummary::slug).orElse("");
	}

	/**
	 * The event an address names, for the round's form: none for a blank address; 422 naming
	 * {@code ceremonyEvent} for an address of no published event.
	 */
	@Transactional(readOnly = true)
	Optional<EventSummary> eventAt(String address) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(events.summary(address.strip()));
		}
		catch (DomainException none) {
			throw DomainException.invalid("ceremonyEvent", "awards.error.noSuchEvent", address.strip());
		}
	}

	/** The secretariat names the ceremony's event (or none); audited when it changes. */
	@Transactional
	void holdAt(RoundId roundId, Optional<EventSummary> event) {
		EligibilityDesk.requireSecretariat();
		AwardRound round = awards.round(roundId);
		Ceremony ceremony = ceremonies.findById(round.id().value()).orElseGet(() -> Ceremony.of(round.id()));
		UUID before = ceremony.event() == null ? null : ceremony.event().value();
		UUID after = event.map(e -> e.id().value()).orElse(null);
		if (java.util.Objects.equals(before, after)) {
			return;
		}
		ceremony.holdAt(event.map(EventSummary::id).orElse(null));
		ceremonies.saveAndFlush(ceremony);
		audit.record(AwardsAudit.CEREMONY, round.id().value(), AwardsAudit.AWARD_CEREMONY_EVENT_NAMED, Changes.none().field("event", before, after));
	}

	/** The order of presentation, category by category; only confirmed winners are called. */
	@Transactional(readOnly = true)
	List<Presentation> order(RoundId roundId) {
		EligibilityDesk.requireSecretariat();
		AwardRound round = awards.round(roundId);
		List<UUID> chosen = ceremonies.findById(round.id().value()).map(Ceremony::order).orElse(List.of());
		List<Winners.Winner> all = winners.of(round.id());
		List<Presentation> order = new ArrayList<>();
		for (AwardCategory c : round.categories()) {
			List<Winners.Winner> called = all.stream()
				.filter(w -> w.categoryId().equals(c.id()))
				.sorted(Comparator.comparingInt((Winners.Winner w) -> position(chosen, w)).thenComparing(Winners.Winner::place,
						Comparator.reverseOrder()))
				.toList();
			order.add(new Presentation(c, called));
		}
		return order;
	}

	/**
	 * Moves a winner one step earlier ({@code earlier}) or later within their category's presentation;
	 * a winner not of the round is a 404, a move past the first or the last is a 409.
	 */
	@Transactional
	void move(RoundId roundId, UUID nomination, boolean earlier) {
		List<Presentation> order = order(roundId);
		List<UUID> flat = new ArrayList<>();
		order.forEach(p -> p.called().forEach(w -> flat.add(w.nominationId().value())));
		int at = flat.indexOf(nomination);
		if (nomination == null || at < 0) {
			throw DomainException.notFound("award winner");
		}
		int to = earlier ? at - 1 : at + 1;
		UUID category = categoryOf(order, nomination);
		if (to < 0 || to >= flat.size() || !category.equals(categoryOf(order, flat.get(to)))) {
			throw DomainException.conflict("awards.error.cannotMove");
		}
		flat.set(at, flat.get(to));
		flat.set(to, nomination);
		Ceremony ceremony = ceremonies.findById(roundId.value()).orElseGet(() -> Ceremony.of(roundId));
		ceremony.reorder(flat);
		ceremonies.saveAndFlush(ceremony);
		audit.record(AwardsAudit.CEREMONY, roundId.value(), AwardsAudit.AWARD_CEREMONY_REORDERED,
				Changes.none().note("nomination", nomination).note("move", earlier ? "earlier" : "later"));
	}

	private static UUID categoryOf(List<Presentation> order, UUID nomination) {
		return order.stream()
			.filter(p -> p.called().stream().anyMatch(w -> w.nominationId().value().equals(nomination)))
			.map(p -> p.category().id())
			.findFirst()
			.orElseThrow();
	}

	/** Where the secretariat put a winner; those it has not placed come after, in the usual order. */
	private static int position(List<UUID> chosen, Winners.Winner w) {
		int i = chosen.indexOf(w.nominationId().value());
		return i < 0 ? Integer.MAX_VALUE : i;
	}
}
