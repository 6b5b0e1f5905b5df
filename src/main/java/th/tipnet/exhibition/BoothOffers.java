package th.tipnet.exhibition;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.Languages;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;

/**
 * Booths offered to organisations before one is allocated: the award winners' booths at an award
 * round's ceremony event ({@link AwardWinnerBooths}). One offer per event, organisation and type
 * (the unique index settles a race), so an offer made twice is made once. An offer is taken up when
 * the event's organisers allocate that organisation a booth of that type ({@link Exhibitors}); the
 * exhibition pages show each offer, taken up or waiting. Offering is audited as the system's act.
 */
@Service
class BoothOffers {

	private final JdbcTemplate jdbc;

	private final Booths booths;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	BoothOffers(JdbcTemplate jdbc, Booths booths, Directory directory, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.booths = booths;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** An offer as the exhibition pages show it: who, why (in the reader's language), and whether it was taken up. */
	record Shown(UUID organisationId, String organisation, String organisationHref, BoothType type, String reason,
			boolean allocated) {

		public String cssType() {
			return ExhibitionView.Exhibitor.cssType(type);
		}
	}

	/**
	 * Offers the organisation a booth of this type at the event, for the reason given in Thai and
	 * English, on behalf of {@code sourceId} (e.g. the award round); false when it was offered one
	 * already, or the organisation is not in the directory.
	 */
	@Transactional
	boolean offer(UUID eventId, UUID organisationId, BoothType type, String reasonTh, String reasonEn, UUID sourceId) {
		if (!directory.organisationExists(OrganisationId.of(organisationId))) {
			return false;
		}
		Integer made = jdbc.queryForObject("SELECT COUNT(*) FROM exhibition_booth_offer WHERE event_id = ? AND organisation_id = ? "
				+ "AND booth_type = ?", Integer.class, eventId, organisationId, type.name());
		if (made != null && made > 0) {
			return false;
		}
		UUID id = UUID.randomUUID();
		jdbc.update("INSERT INTO exhibition_booth_offer (id, event_id, organisation_id, booth_type, reason_th, reason_en, source_id, "
				+ "offered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, eventId, organisationId, type.name(), reasonTh, reasonEn, sourceId,
				clock.instant().atOffset(ZoneOffset.UTC));
		audit.recordAs(Actor.SYSTEM, ExhibitionAudit.BOOTH_OFFER, id, ExhibitionAudit.BOOTH_OFFERED, Changes.none()
			.note("eventId", eventId)
			.note("organisationId", organisationId)
			.note("type", type)
			.note("sourceId", sourceId));
		return true;
	}

	/** The event's offers, oldest first, each marked allocated once the organisation holds a booth of its type there. */
	@Transactional(readOnly = true)
	List<Shown> at(UUID eventId, Locale locale) {
		Set<String> held = booths.findByEventId(eventId)
			.stream()
			.map(b -> b.organisationId() + ":" + b.type())
			.collect(Collectors.toSet());
		return jdbc.query("SELECT organisation_id, booth_type, reason_th, reason_en, offered_at FROM exhibition_booth_offer "
				+ "WHERE event_id = ? ORDER BY offered_at, id", (rs, i) -> {
					UUID organisationId = rs.getObject("organisation_id", UUID.class);
					BoothType type = BoothType.valueOf(rs.getString("booth_type"));
					String reasonTh = rs.getString("reason_th");
					String reasonEn = rs.getString("reason_en");
					String reason = Languages.pick(locale, reasonTh, reasonEn);
					OrganisationSummary o = directory.summary(OrganisationId.of(organisationId)).orElse(null);
					return new Shown(organisationId, o == null ? "—" : o.name(locale),
							o == null || !o.active() ? null : "/directory/organisations/" + organisationId,
							type, reason != null ? reason : Languages.pick(locale, reasonEn, reasonTh),
							held.contains(organisationId + ":" + type));
				}, eventId);
	}
}
