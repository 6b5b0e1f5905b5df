package th.tipnet.forums;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.directory.OrganisationsMerged;

/**
 * When a duplicate organisation is merged into another, what it holds in the forums becomes the
 * organisation's that stays, in the merge's transaction: its seats among a forum's participants,
 * the inputs it raised, and the agreed actions it owns (which its members, now of the organisation
 * that stays, must go on reporting on). A forum both attended keeps one participant row. Each
 * change is audited and moves the version on, so a form opened before the merge is refused as stale.
 */
@Component
class ForumsFollowMergedOrganisations {

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	ForumsFollowMergedOrganisations(JdbcTemplate jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	public void on(OrganisationsMerged merged) {
		UUID duplicate = merged.duplicateId();
		UUID survivor = merged.survivorId();
		for (UUID forum : jdbc.queryForList("SELECT DISTINCT forum_id FROM (SELECT forum_id FROM forum_participant WHERE organisation_id = ? "
				+ "UNION SELECT forum_id FROM forum_input WHERE organisation_id = ?) f ORDER BY forum_id", UUID.class, duplicate, duplicate)) {
			// The seat keeps the sector it was taken with; a forum both attended keeps the survivor's own row.
			jdbc.update("INSERT INTO forum_participant (forum_id, organisation_id, sector) SELECT forum_id, ?, sector FROM forum_participant "
					+ "WHERE forum_id = ? AND organisation_id = ? AND NOT EXISTS (SELECT 1 FROM forum_participant WHERE forum_id = ? "
					+ "AND organisation_id = ?)", survivor, forum, duplicate, forum, survivor);
			jdbc.update("DELETE FROM forum_participant WHERE forum_id = ? AND organisation_id = ?", forum, duplicate);
			jdbc.update("UPDATE forum_input SET organisation_id = ?, version = version + 1 WHERE forum_id = ? AND organisation_id = ?",
					survivor, forum, duplicate);
			jdbc.update("UPDATE forum SET version = version + 1 WHERE id = ?", forum);
			audit.record(ForumsAudit.FORUM, forum, ForumsAudit.FORUM_ORGANISATION_MOVED,
					Changes.none().field("organisationId", duplicate, survivor));
		}
		for (UUID action : merged.repoint(jdbc, "forum_action", "owner_org_id", true)) {
			audit.record(ForumsAudit.FORUM_ACTION, action, ForumsAudit.FORUM_ACTION_MOVED,
					Changes.none().field("ownerOrganisationId", duplicate, survivor));
		}
	}
}
