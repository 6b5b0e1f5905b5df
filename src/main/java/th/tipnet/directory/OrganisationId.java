package th.tipnet.directory;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An organisation's identity, as other modules refer to it. Written as the bare UUID in JSON, forms
 * and paths ({@link #valueOf(String)} is what Spring's conversion finds for a path variable or a
 * request parameter).
 */
public record OrganisationId(@JsonValue UUID value) {

	public OrganisationId {
		if (value == null) {
			throw new IllegalArgumentException("an organisation id needs a value");
		}
	}

	@JsonCreator
	public static OrganisationId of(UUID value) {
		return new OrganisationId(value);
	}

	/** The id written as text; a malformed one is an {@link IllegalArgumentException}, as for a UUID. */
	public static OrganisationId valueOf(String text) {
		return new OrganisationId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
