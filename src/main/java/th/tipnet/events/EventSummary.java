package th.tipnet.events;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import th.tipnet.common.Languages;

/**
 * An event as other modules see it (an exhibition at it, a forum held as it): what it is called,
 * when and where, its state and the organisation that owns it. A copy: changing the event goes
 * through this module.
 */
public record EventSummary(EventId id, String slug, EventType type, EventStatus status, String titleTh, String titleEn,
		Instant startsAt, Instant endsAt, String venueName, UUID ownerOrganisationId) {

	static EventSummary of(Event e) {
		return new EventSummary(new EventId(e.id()), e.slug(), e.type(), e.status(), e.titleTh(), e.titleEn(), e.startsAt(),
				e.endsAt(), e.venueName(), e.ownerOrganisationId());
	}

	public String title(Locale locale) {
		return Languages.pick(locale, titleTh, titleEn);
	}
}
