package th.tipnet.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import th.tipnet.common.Sealed;

/**
 * One of a person's names, in any script, with where it comes from. The name is sealed at rest;
 * {@code key} is its blind index (an HMAC of the normalised name), so a name can be looked up by
 * equality without the database ever holding it in clear.
 */
@Embeddable
class PersonName {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NameKind kind;

	@Convert(converter = Sealed.class)
	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false)
	private String key;

	protected PersonName() {
	}

	PersonName(NameKind kind, String name, String key) {
		this.kind = kind;
		this.name = name;
		this.key = key;
	}

	NameKind kind() {
		return kind;
	}

	String name() {
		return name;
	}

	String key() {
		return key;
	}
}
