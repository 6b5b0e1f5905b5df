package th.tipnet.events;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static th.tipnet.common.InputRules.text;

import th.tipnet.common.InvalidInput.Violation;

/** Everything needed to put an event on the calendar; checked by {@link EventPlanning}. */
public record EventPlan(String slug, EventType type, String titleTh, String titleEn, String descriptionTh,
		String descriptionEn, Instant startsAt, Instant endsAt, String venueName, String venueRoom, String venueAddress,
		String venueMapUrl, String liveStreamUrl, String meetingUrl, int onsiteCapacity, int onlineCapacity,
		Instant registrationOpensAt, Instant registrationClosesAt, UUID ownerOrganisationId, Set<UUID> organiserIds,
		List<AgendaItem> agenda, List<ParticipantGroup> groups) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");

	/** Paths under /events that are pages, not events. */
	private static final Set<String> RESERVED_SLUGS = Set.of("new", "registration");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

	public EventPlan {
		organiserIds = organiserIds == null ? Set.of() : Set.copyOf(organiserIds);
		agenda = agenda == null ? List.of() : List.copyOf(agenda);
		groups = groups == null ? List.of() : List.copyOf(groups);
	}

	/**
	 * A plan's rules: a free slug of its own shape, a type, the details a revision must also keep
	 * (see {@link EventRevision#check}), organisations that exist, agenda times and titles, and at
	 * least one group, each with its own well-formed code and names. Each broken rule is added to
	 * {@code v}, naming its field.
	 */
	void check(List<Violation> v, Predicate<String> slugTaken, Predicate<UUID> organisationExists) {
		if (slug == null || !SLUG.matcher(slug).matches() || RESERVED_SLUGS.contains(slug)) {
			v.add(new Violation("slug", "events.slug.format"));
		}
		else if (slugTaken.test(slug)) {
			v.add(new Violation("slug", "events.slug.taken"));
		}
		if (type == null) {
			v.add(new Violation("type", "error.required"));
		}
		EventRevision.of(this).check(v);
		if (ownerOrganisationId == null || !organisationExists.test(ownerOrganisationId)) {
			v.add(new Violation("ownerOrganisationId", "identity.organisation.outOfScope"));
		}
		if (!organiserIds.stream().allMatch(organisationExists)) {
			v.add(new Violation("organiserIds", "identity.organisation.outOfScope"));
		}
		for (int i = 0; i < agenda.size(); i++) {
			AgendaItem a = agenda.get(i);
			if (a.startsAt() == null || !CLOCK.matcher(a.startsAt()).matches()) {
				v.add(new Violation("agenda[" + i + "].startsAt", "events.agenda.time"));
			}
			text(v, "agenda[" + i + "].titleTh", a.titleTh(), 300, true);
			text(v, "agenda[" + i + "].titleEn", a.titleEn(), 300, true);
		}
		if (groups.isEmpty()) {
			v.add(new Violation("groups", "events.group.required"));
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < groups.size(); i++) {
			ParticipantGroup g = groups.get(i);
			if (g.code() == null || !CODE.matcher(g.code()).matches() || !codes.add(g.code())) {
				v.add(new Violation("groups[" + i + "].code", "events.group.code"));
			}
			text(v, "groups[" + i + "].nameTh", g.nameTh(), 300, true);
			text(v, "groups[" + i + "].nameEn", g.nameEn(), 300, true);
		}
	}
}
