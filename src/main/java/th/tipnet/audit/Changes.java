package th.tipnet.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a change changed, field by field, for the audit log. Only fields whose value differs are kept.
 * Callers never put a secret here: for a password, record that it changed, not what to.
 */
public final class Changes {

	private final Map<String, Object> fields = new LinkedHashMap<>();

	public static Changes none() {
		return new Changes();
	}

	/** A field that changed from one value to another (skipped when both are equal). */
	public Changes field(String name, Object from, Object to) {
		if (!Objects.equals(from, to)) {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("from", from == null ? null : String.valueOf(from));
			change.put("to", to == null ? null : String.valueOf(to));
			fields.put(name, change);
		}
		return this;
	}

	/** A fact about the change (an outcome, a reason, a count). */
	public Changes note(String name, Object value) {
		fields.put(name, value == null ? null : String.valueOf(value));
		return this;
	}

	public boolean isEmpty() {
		return fields.isEmpty();
	}

	Map<String, Object> asMap() {
		return fields;
	}
}
