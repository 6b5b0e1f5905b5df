package th.tipnet.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate as it was issued: what its paper states, and whether it still holds ({@code revokedAt}
 * empty) or was revoked, perhaps replaced by another number.
 */
public record IssuedCertificate(CertificateNumber number, CertificateKind kind, Locale language, String holder, String title,
		String issuer, String signatoryName, String signatoryPosition, LocalDate issuedOn, Instant revokedAt,
		CertificateNumber replacedBy) {

	public boolean valid() {
		return revokedAt == null;
	}

	/** Whether this certificate says exactly what the statement says (then printing it again keeps its number). */
	boolean states(Statement s) {
		return kind == s.kind() && language.getLanguage().equals(s.language().getLanguage()) && holder.equals(s.holder())
				&& title.equals(s.title()) && issuer.equals(s.issuer()) && Objects.equals(signatoryName, s.signatoryName())
				&& Objects.equals(signatoryPosition, s.signatoryPosition()) && issuedOn.equals(s.issuedOn());
	}
}
