package th.tipnet.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger: the audit log refuses DELETE and every UPDATE except
 * sealing, which fills seq, previous_hash and hash of an unsealed entry and changes nothing it says.
 * Public for H2 to load it.
 */
public class AppendOnlyTrigger implements Trigger {

	private static final List<String> SEAL_COLUMNS = List.of("SEQ", "PREVIOUS_HASH", "HASH");

	private final List<Integer> sealColumns = new ArrayList<>();

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
			throws SQLException {
		try (var columns = conn.prepareStatement("SELECT COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS"
				+ " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
			columns.setString(1, schemaName);
			columns.setString(2, tableName);
			try (ResultSet rs = columns.executeQuery()) {
				while (rs.next()) {
					if (SEAL_COLUMNS.contains(rs.getString(1).toUpperCase(Locale.ROOT))) {
						sealColumns.add(rs.getInt(2) - 1);
					}
				}
			}
		}
	}

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow != null && isSealing(oldRow, newRow)) {
			return;
		}
		throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
				"42501");
	}

	private boolean isSealing(Object[] oldRow, Object[] newRow) {
		if (sealColumns.size() != SEAL_COLUMNS.size()) {
			return false;
		}
		for (int i = 0; i < oldRow.length; i++) {
			boolean seal = sealColumns.contains(i);
			if (seal && (oldRow[i] != null || newRow[i] == null)) {
				return false;
			}
			if (!seal && !Objects.equals(oldRow[i], newRow[i])) {
				return false;
			}
		}
		return true;
	}
}
