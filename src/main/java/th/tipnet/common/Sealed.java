package th.tipnet.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A text column encrypted at rest: {@code @Convert(converter = Sealed.class)} seals the value with
 * {@link SecretBox} on its way to the database and opens it on the way back, so the entity and
 * everything above it see plain text and a copy of the database (a backup, a dump) shows none.
 * A value stored before its column was sealed is read as it is, until it is written again.
 * Hibernate creates it through Spring, which hands it the {@link SecretBox}.
 */
@Converter
public class Sealed implements AttributeConverter<String, String> {

	private final SecretBox box;

	public Sealed(SecretBox box) {
		this.box = box;
	}

	@Override
	public String convertToDatabaseColumn(String value) {
		return value == null ? null : box.seal(value);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return stored == null || !box.isSealed(stored) ? stored : box.open(stored);
	}
}
