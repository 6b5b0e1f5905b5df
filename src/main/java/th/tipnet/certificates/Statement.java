package th.tipnet.certificates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a certificate states, in the one language it is printed in: to whom ({@code holder}, as
 * printed), for what ({@code title}: the event, the award and its category), given by whom
 * ({@code issuer}, the organisation) and signed by whom ({@code signatory}, none when no one was
 * named), on which day. {@code reference} names what it is for in the issuing module, e.g.
 * {@code event-attendance:<registration id>}: the same reference always has one valid certificate.
 */
public record Statement(String reference, CertificateKind kind, Locale language, String holder, String title, String issuer,
		Signatory signatory, LocalDate issuedOn) {

	public Statement {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(issuedOn, "issuedOn");
		require(reference, 200, "reference");
		// Sealed at rest, so three UTF-8 bytes a Thai letter and the seal must fit the column.
		require(holder, 300, "holder");
		require(title, 1000, "title");
		require(issuer, 500, "issuer");
		language = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("th");
	}

	/** The signatory's name as printed in this certificate's language, or null. */
	public String signatoryName() {
		return signatory == null ? null : signatory.name(language);
	}

	public String signatoryPosition() {
		return signatory == null ? null : signatory.position(language);
	}

	private static void require(String text, int max, String what) {
		if (text == null || text.isBlank() || text.length() > max) {
			throw new IllegalArgumentException("A certificate needs a " + what + " of at most " + max + " characters");
		}
	}
}
