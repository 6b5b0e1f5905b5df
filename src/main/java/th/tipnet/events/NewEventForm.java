package th.tipnet.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import th.tipnet.common.Dates;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * The form that plans a new event: every field the API's plan takes. Times are typed as local
 * Bangkok time in the reader's era, as on the edit form ({@link Dates#read}); the agenda and the
 * groups come as rows, blank rows ignored (the page offers a few empty ones to fill).
 */
record NewEventForm(@Size(max = 80) String slug, @Size(max = 20) String type, @Size(max = 300) String titleTh,
		@Size(max = 300) String titleEn, @Size(max = 4000) String descriptionTh, @Size(max = 4000) String descriptionEn,
		@Size(max = 20) String startsAt, @Size(max = 20) String endsAt, @Size(max = 300) String venueName,
		@Size(max = 200) String venueRoom, @Size(max = 500) String venueAddress, @Size(max = 500) String venueMapUrl,
		@Size(max = 500) String liveStreamUrl, @Size(max = 500) String meetingUrl, @Size(max = 12) String onsiteCapacity,
		@Size(max = 12) String onlineCapacity, @Size(max = 20) String registrationOpensAt, @Size(max = 20) String registrationClosesAt,
		UUID ownerOrganisationId, @Size(max = 20) List<UUID> organiserIds, @Size(max = 50) List<@Valid AgendaRow> agenda,
		@Size(max = 50) List<@Valid GroupRow> groups) {

	/** Empty rows the page offers beyond those filled. */
	static final int SPARE_ROWS = 3;

	record AgendaRow(@Size(max = 5) String startsAt, @Size(max = 300) String titleTh, @Size(max = 300) String titleEn,
			@Size(max = 500) String speakers) {

		boolean blank() {
			return Stream.of(startsAt, titleTh, titleEn, speakers).allMatch(NewEventForm::blank);
		}
	}

	/** Numbers are kept as typed, so a mistyped one comes back in its field to be corrected. */
	record GroupRow(@Size(max = 40) String code, @Size(max = 300) String nameTh, @Size(max = 300) String nameEn,
			@Size(max = 12) String onsiteQuota, @Size(max = 12) String onlineQuota, Boolean invitationOnly) {

		boolean blank() {
			return Stream.of(code, nameTh, nameEn, onsiteQuota, onlineQuota).allMatch(NewEventForm::blank);
		}
	}

	/** A blank form for {@code owner} (null: the planner chooses), with empty rows to fill. */
	static NewEventForm empty(UUID owner) {
		return new NewEventForm(null, EventType.FORUM.name(), null, null, null, null, null, null, null, null, null, null, null,
				null, null, "0", null, null, owner, List.of(), List.of(), List.of()).withSpareRows();
	}

	/** Filled rows first, then {@link #SPARE_ROWS} empty ones: row numbers in errors match what is shown. */
	NewEventForm withSpareRows() {
		List<AgendaRow> a = new ArrayList<>(nz(agenda).stream().filter(r -> r != null && !r.blank()).toList());
		List<GroupRow> g = new ArrayList<>(nz(groups).stream().filter(r -> r != null && !r.blank()).toList());
		for (int i = 0; i < SPARE_ROWS; i++) {
			a.add(new AgendaRow(null, null, null, null));
			g.add(new GroupRow(null, null, null, null, null, false));
		}
		return new NewEventForm(slug, type, titleTh, titleEn, descriptionTh, descriptionEn, startsAt, endsAt, venueName,
				venueRoom, venueAddress, venueMapUrl, liveStreamUrl, meetingUrl, onsiteCapacity, onlineCapacity,
				registrationOpensAt, registrationClosesAt, ownerOrganisationId, organiserIds, a, g);
	}

	/** The plan this form asks for (filled rows only, in the order shown); unreadable times refused naming their field. */
	EventPlan plan(UUID owner) {
		List<Violation> problems = new ArrayList<>();
		Instant starts = instant(problems, "startsAt", startsAt);
		Instant ends = instant(problems, "endsAt", endsAt);
		Instant opens = instant(problems, "registrationOpensAt", registrationOpensAt);
		Instant closes = instant(problems, "registrationClosesAt", registrationClosesAt);
		Integer onsite = number(problems, "onsiteCapacity", onsiteCapacity);
		Integer online = number(problems, "onlineCapacity", onlineCapacity);
		if (onsite == null && blank(onsiteCapacity)) {
			problems.add(new Violation("onsiteCapacity", "error.required"));
		}
		if (online == null && blank(onlineCapacity)) {
			problems.add(new Violation("onlineCapacity", "error.required"));
		}
		EventType kind = null;
		try {
			kind = blank(type) ? null : EventType.valueOf(type);
		}
		catch (IllegalArgumentException unknown) {
			problems.add(new Violation("type", "typeMismatch"));
		}
		List<GroupRow> rows = nz(groups).stream().filter(r -> r != null && !r.blank()).toList();
		List<ParticipantGroup> named = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			GroupRow r = rows.get(i);
			named.add(new ParticipantGroup(strip(r.code()), strip(r.nameTh()), strip(r.nameEn()),
					number(problems, "groups[" + i + "].onsiteQuota", r.onsiteQuota()),
					number(problems, "groups[" + i + "].onlineQuota", r.onlineQuota()), Boolean.TRUE.equals(r.invitationOnly())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<AgendaItem> items = nz(agenda).stream()
			.filter(r -> r != null && !r.blank())
			.map(r -> new AgendaItem(strip(r.startsAt()), strip(r.titleTh()), strip(r.titleEn()), strip(r.speakers())))
			.toList();
		return new EventPlan(strip(slug), kind, strip(titleTh), strip(titleEn), strip(descriptionTh), strip(descriptionEn),
				starts, ends, strip(venueName), strip(venueRoom), strip(venueAddress), strip(venueMapUrl), strip(liveStreamUrl),
				strip(meetingUrl), onsite, online, opens, closes, owner,
				organiserIds == null ? Set.of() : Set.copyOf(organiserIds.stream().filter(java.util.Objects::nonNull).toList()),
				items, named);
	}

	/** A date and time a new event must have, read as {@link EventForm} reads it. */
	private static Instant instant(List<Violation> problems, String field, String value) {
		if (blank(value)) {
			problems.add(new Violation(field, "error.required"));
			return null;
		}
		return EventForm.instant(problems, field, value);
	}

	/** A whole number as typed, null when blank; anything else is refused naming its field. */
	private static Integer number(List<Violation> problems, String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			problems.add(new Violation(field, "typeMismatch"));
			return null;
		}
	}

	private static <T> List<T> nz(List<T> list) {
		return list == null ? List.of() : list;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String strip(String s) {
		return blank(s) ? null : s.strip();
	}
}
