package th.tipnet.events;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tipnet.common.SecretBox;

/**
 * Seals the contact details of registrations stored before they were encrypted at rest (migration
 * V15), and replaces their plain e-mail key with its blind index. It runs once the application is
 * built and before it serves, so the duplicate check never meets an old key. Each row is updated
 * only if it is still plain, so instances starting together do not seal a row twice. A sealed
 * e-mail never contains "@", which is how a plain one is told apart.
 */
@Component
class SealingOfStoredContacts implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SealingOfStoredContacts.class);

	private final JdbcTemplate jdbc;

	private final SecretBox box;

	SealingOfStoredContacts(JdbcTemplate jdbc, SecretBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int sealed = sealStoredPlain();
		if (sealed > 0) {
			log.info("Sealed the contact details of {} registrations stored before encryption at rest", sealed);
		}
	}

	/** Seals every registration whose contact details are still stored plain; answers how many. */
	int sealStoredPlain() {
		int sealed = 0;
		for (List<Map<String, Object>> rows; !(rows = plainRows()).isEmpty();) {
			for (Map<String, Object> row : rows) {
				String email = (String) row.get("email");
				sealed += jdbc.update("""
						UPDATE registration SET email = ?, email_key = ?, phone = ?, dietary_needs = ?, accessibility_needs = ?
						WHERE id = ? AND email = ?""", box.seal(email), box.blindIndex(Registration.normalEmail(email)),
						seal(row.get("phone")), seal(row.get("dietary_needs")), seal(row.get("accessibility_needs")),
						row.get("id"), email);
			}
		}
		return sealed;
	}

	private List<Map<String, Object>> plainRows() {
		return jdbc.queryForList("""
				SELECT id, email, phone, dietary_needs, accessibility_needs FROM registration
				WHERE email LIKE '%@%' ORDER BY id FETCH FIRST 500 ROWS ONLY""");
	}

	private String seal(Object value) {
		return value == null ? null : box.seal((String) value);
	}
}
