package th.tipnet.events;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.directory.OrganisationsMerged;

/**
 * When a duplicate organisation is merged into another, the events it owns or co-organises become
 * the organisation's that stays, in the merge's transaction: its members move there (identity moves
 * them) and must go on managing their events. An event both organised keeps one organiser row.
 * Each changed event's version moves on, so a form opened before the merge is refused as stale.
 */
@Component
class EventsFollowMergedOrganisations {

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	EventsFollowMergedOrganisations(JdbcTemplate jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	public void on(OrganisationsMerged merged) {
		UUID duplicate = merged.duplicateId();
		UUID survivor = merged.survivorId();
		for (UUID id : merged.repoint(jdbc, "event", "owner_organisation_id", true)) {
			audit.record(EventsAudit.EVENT, id, EventsAudit.EVENT_ORGANISATION_MOVED,
					Changes.none().field("ownerOrganisationId", duplicate, survivor));
		}
		for (UUID id : jdbc.queryForList("SELECT event_id FROM event_organiser WHERE organisation_id = ? ORDER BY event_id", UUID.class,
				duplicate)) {
			jdbc.update("DELETE FROM event_organiser WHERE event_id = ? AND organisation_id = ?", id, duplicate);
			jdbc.update("INSERT INTO event_organiser (event_id, organisation_id) SELECT ?, ? FROM event WHERE id = ? AND NOT EXISTS "
					+ "(SELECT 1 FROM event_organiser WHERE event_id = ? AND organisation_id = ?)", id, survivor, id, id, survivor);
			jdbc.update("UPDATE event SET version = version + 1 WHERE id = ?", id);
			audit.record(EventsAudit.EVENT, id, EventsAudit.EVENT_ORGANISATION_MOVED,
					Changes.none().field("organiser", duplicate, survivor));
		}
	}
}
