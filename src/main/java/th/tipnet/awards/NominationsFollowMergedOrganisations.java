package th.tipnet.awards;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.directory.OrganisationsMerged;

/**
 * When a duplicate organisation is merged into another, its nominations follow, in the merge's
 * transaction: those it made are the surviving organisation's to edit, and those of it (or of a
 * person working there) name the organisation that stays. {@link ConflictRecheck} then finds the
 * conflicts of interest again, after the commit, from the moved nominations.
 *
 * <p>One exception: where the organisation that stays already has an active nomination of the same
 * nominee in the same category, the duplicate's keeps naming the duplicate, since one category never
 * holds the same nominee twice; the organisers see both and may withdraw one. Each move is audited.
 */
@Component
class NominationsFollowMergedOrganisations {

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	NominationsFollowMergedOrganisations(JdbcTemplate jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	public void on(OrganisationsMerged merged) {
		UUID duplicate = merged.duplicateId();
		UUID survivor = merged.survivorId();
		for (UUID id : merged.repoint(jdbc, "award_nomination", "nominator_org_id", true)) {
			audit.record(AwardsAudit.NOMINATION, id, AwardsAudit.AWARD_NOMINATION_MOVED,
					Changes.none().field("nominatorOrganisationId", duplicate, survivor));
		}
		moveNominee("nominee_org_id", "nomineeOrganisationId", duplicate, survivor);
		moveNominee("person_org_id", "personOrganisationId", duplicate, survivor);
	}

	private void moveNominee(String column, String field, UUID duplicate, UUID survivor) {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT id, category_id, active_key FROM award_nomination WHERE " + column + " = ? ORDER BY id", duplicate);
		for (Map<String, Object> row : rows) {
			UUID id = (UUID) row.get("id");
			String key = (String) row.get("active_key");
			// The key names the nominee's organisation (Nominee.key); an inactive nomination has none.
			String movedKey = key == null ? null : key.replace(duplicate.toString(), survivor.toString());
			if (movedKey != null && jdbc.queryForObject(
					"SELECT COUNT(*) FROM award_nomination WHERE category_id = ? AND active_key = ?", Integer.class,
					row.get("category_id"), movedKey) > 0) {
				continue;
			}
			jdbc.update("UPDATE award_nomination SET " + column + " = ?, active_key = ?, version = version + 1 WHERE id = ?",
					survivor, movedKey, id);
			audit.record(AwardsAudit.NOMINATION, id, AwardsAudit.AWARD_NOMINATION_MOVED,
					Changes.none().field(field, duplicate, survivor));
		}
	}
}
