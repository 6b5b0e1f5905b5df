package th.tipnet.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import th.tipnet.common.Sealed;

/** An identity document the person holds or held: its kind, its number (sealed at rest) and the issuing country. */
@Embeddable
class IdentityDocument {

	/** The documents met in Thailand's NRM: a migrant worker's pink card and a seaman book among them. */
	enum Kind {
		PASSPORT, NATIONAL_ID, PINK_CARD, WORK_PERMIT, SEAMAN_BOOK, BIRTH_CERTIFICATE, OTHER
	}

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Convert(converter = Sealed.class)
	@Column(nullable = false)
	private String number;

	@Column(name = "issuing_country")
	private String issuingCountry;

	protected IdentityDocument() {
	}

	IdentityDocument(Kind kind, String number, String issuingCountry) {
		this.kind = kind;
		this.number = number;
		this.issuingCountry = issuingCountry;
	}

	Kind kind() {
		return kind;
	}

	String number() {
		return number;
	}

	String issuingCountry() {
		return issuingCountry;
	}
}
