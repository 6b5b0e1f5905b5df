package th.tipnet.certificates;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate's number, {@code TIP-<B.E. year>-XXXXX-XXXXX}: the year it was given and ten random
 * characters of Crockford's base 32 (50 bits), so numbers cannot be guessed or counted through; the
 * alphabet has no I, L, O or U, which readers confuse when they type a number from paper.
 */
public record CertificateNumber(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** The form, as the OpenAPI document states it. */
	public static final String PATTERN = "^TIP-[0-9]{4}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$";

	private static final Pattern FORM = Pattern.compile(PATTERN);

	private static final SecureRandom RANDOM = new SecureRandom();

	public CertificateNumber {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a certificate number");
		}
	}

	/** A number as typed or scanned: surrounding spaces and lower case are forgiven; anything else is not a number. */
	public static Optional<CertificateNumber> read(String text) {
		if (text == null || text.length() > 40) {
			return Optional.empty();
		}
		String typed = text.strip().toUpperCase(Locale.ROOT);
		return FORM.matcher(typed).matches() ? Optional.of(new CertificateNumber(typed)) : Optional.empty();
	}

	static CertificateNumber next(LocalDate issuedOn) {
		StringBuilder number = new StringBuilder("TIP-").append(ThaiBuddhistDate.from(issuedOn).get(ChronoField.YEAR)).append('-');
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				number.append('-');
			}
			number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new CertificateNumber(number.toString());
	}

	@Override
	public String toString() {
		return value;
	}
}
