package th.tipnet.events;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import th.tipnet.common.Languages;
import th.tipnet.directory.OrganisationId;

/**
 * An event as other modules see it (an exhibition at it, a forum held as it): what it is called,
 * when and where, its state, the organisation that owns it and all that organise it. A copy: changing
 * the event goes through this module.
 */
public record EventSummary(EventId id, String slug, EventType type, EventStatus status, String titleTh, String titleEn,
		Instant startsAt, Instant endsAt, String venueName, String venueRoom, String venueAddress,
		OrganisationId ownerOrganisationId, Set<OrganisationId> organiserIds) {

	public EventSummary {
		organiserIds = Set.copyOf(organiserIds);
	}

	static EventSummary of(Event e) {
		return new EventSummary(new EventId(e.id()), e.slug(), e.type(), e.status(), e.titleTh(), e.titleEn(), e.startsAt(),
				e.endsAt(), e.venueName(), e.venueRoom(), e.venueAddress(), OrganisationId.of(e.ownerOrganisationId()),
				e.organiserIds().stream().map(OrganisationId::of).collect(Collectors.toSet()));
	}

	public String title(Locale locale) {
		return Languages.pick(locale, titleTh, titleEn);
	}

	/** Is the organisation one of those organising the event (its owner included)? */
	public boolean organisedBy(OrganisationId organisation) {
		return organisation != null && organiserIds.contains(organisation);
	}
}
