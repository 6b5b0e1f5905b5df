package th.tipnet.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import th.tipnet.common.Sealed;

/** A way to reach the person (sealed at rest): a phone, an e-mail, a LINE id, an address. */
@Embeddable
class Contact {

	enum Kind {
		PHONE, EMAIL, LINE, ADDRESS, OTHER
	}

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Convert(converter = Sealed.class)
	@Column(name = "contact", nullable = false)
	private String value;

	protected Contact() {
	}

	Contact(Kind kind, String value) {
		this.kind = kind;
		this.value = value;
	}

	Kind kind() {
		return kind;
	}

	String value() {
		return value;
	}
}
