package th.tipnet.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** A duplicate organisation was merged into another: whatever pointed at the duplicate should now point at the survivor. */
public record OrganisationsMerged(UUID duplicateId, UUID survivorId) {

	/**
	 * Points the rows of a listener's own table that name the duplicate in {@code column} at the
	 * survivor, one by one in id order (the order every listener locks in), moving each row's
	 * {@code version} on when the table keeps one, so a form opened before the merge is refused as
	 * stale. Answers the moved rows' ids for the listener to audit. Table and column are the caller's
	 * constants, never input.
	 */
	public List<UUID> repoint(JdbcTemplate jdbc, String table, String column, boolean versioned) {
		List<UUID> ids = jdbc.queryForList("SELECT id FROM " + table + " WHERE " + column + " = ? ORDER BY id", UUID.class,
				duplicateId);
		String set = column + " = ?" + (versioned ? ", version = version + 1" : "");
		for (UUID id : ids) {
			jdbc.update("UPDATE " + table + " SET " + set + " WHERE id = ?", survivorId, id);
		}
		return ids;
	}
}
