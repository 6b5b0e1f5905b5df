package th.tipnet.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger: the audit log refuses UPDATE and DELETE. Public for H2 to load it. */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
				"42501");
	}
}
