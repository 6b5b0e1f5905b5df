package th.tipnet.cases;

import java.util.Arrays;
import java.util.Optional;

/** Sex and gender by the HTCDS 2.0 value names ({@code prs_Gender}). */
enum Gender {

	FEMININE("Feminine"), MASCULINE("Masculine"), TRANSGENDER_FEMININE("TransgenderFeminine"),
	TRANSGENDER_MASCULINE("TransgenderMasculine"), NON_CONFORMING("NonConforming"), UNKNOWN("NonSpecifiedUnknown");

	private final String code;

	Gender(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	static Optional<Gender> of(String code) {
		return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
	}
}
