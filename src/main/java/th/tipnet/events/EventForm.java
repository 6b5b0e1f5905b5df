package th.tipnet.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import th.tipnet.common.Dates;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * The organiser's edit form of an event. Times are typed as local Bangkok time in the reader's
 * era ({@code 05/06/2567 08:30} in Thai; see {@link Dates#read}); one row of quotas per group.
 */
record EventForm(@Size(max = 300) String titleTh, @Size(max = 300) String titleEn,
		@Size(max = 4000) String descriptionTh, @Size(max = 4000) String descriptionEn, @Size(max = 20) String startsAt,
		@Size(max = 20) String endsAt, @Size(max = 300) String venueName, @Size(max = 200) String venueRoom,
		@Size(max = 500) String venueAddress, @Size(max = 500) String venueMapUrl, @Size(max = 500) String liveStreamUrl,
		@Size(max = 500) String meetingUrl, Integer onsiteCapacity, Integer onlineCapacity,
		@Size(max = 20) String registrationOpensAt, @Size(max = 20) String registrationClosesAt,
		@Size(max = 50) List<@Valid QuotaRow> groups, long version) {

	record QuotaRow(@Size(max = 40) String code, Integer onsiteQuota, Integer onlineQuota) {
	}

	static EventForm of(Event e, Dates dates) {
		EventRevision r = EventRevision.of(e);
		return new EventForm(r.titleTh(), r.titleEn(), r.descriptionTh(), r.descriptionEn(), dates.typed(r.startsAt()),
				dates.typed(r.endsAt()), r.venueName(), r.venueRoom(), r.venueAddress(), r.venueMapUrl(), r.liveStreamUrl(),
				r.meetingUrl(), r.onsiteCapacity(), r.onlineCapacity(), dates.typed(r.registrationOpensAt()),
				dates.typed(r.registrationClosesAt()),
				r.groups().stream().map(g -> new QuotaRow(g.code(), g.onsiteQuota(), g.onlineQuota())).toList(), e.version());
	}

	/** The change this form asks for; a time that cannot be read is refused naming its field. */
	EventRevision revision() {
		List<Violation> problems = new ArrayList<>();
		Instant starts = instant(problems, "startsAt", startsAt);
		Instant ends = instant(problems, "endsAt", endsAt);
		Instant opens = instant(problems, "registrationOpensAt", registrationOpensAt);
		Instant closes = instant(problems, "registrationClosesAt", registrationClosesAt);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new EventRevision(titleTh, titleEn, descriptionTh, descriptionEn, starts, ends, venueName, venueRoom,
				venueAddress, venueMapUrl, liveStreamUrl, meetingUrl, onsiteCapacity, onlineCapacity, opens, closes,
				groups == null ? List.of()
						: groups.stream()
							.map(g -> g == null ? null : new EventRevision.GroupQuota(g.code(), g.onsiteQuota(), g.onlineQuota()))
							.toList());
	}

	/** A date and time as typed, in either era (see {@code Dates.read}); null when blank, refused naming the field when unreadable. */
	static Instant instant(List<Violation> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var typed = Dates.read(value).filter(t -> t.time() != null);
		if (typed.isEmpty()) {
			problems.add(new Violation(field, "common.dateTime.unreadable"));
			return null;
		}
		return typed.get().dateTime().atZone(Dates.BANGKOK).toInstant();
	}
}
