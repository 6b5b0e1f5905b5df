package th.tipnet.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Everything needed to put an event on the calendar; checked by {@link EventPlanning}. */
public record EventPlan(String slug, EventType type, String titleTh, String titleEn, String descriptionTh,
		String descriptionEn, Instant startsAt, Instant endsAt, String venueName, String venueRoom, String venueAddress,
		String venueMapUrl, String liveStreamUrl, String meetingUrl, int onsiteCapacity, int onlineCapacity,
		Instant registrationOpensAt, Instant registrationClosesAt, UUID ownerOrganisationId, Set<UUID> organiserIds,
		List<AgendaItem> agenda, List<ParticipantGroup> groups) {

	public EventPlan {
		organiserIds = organiserIds == null ? Set.of() : Set.copyOf(organiserIds);
		agenda = agenda == null ? List.of() : List.copyOf(agenda);
		groups = groups == null ? List.of() : List.copyOf(groups);
	}
}
