package th.tipnet.certificates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * Who signs certificates, as printed under the signature line: the name and the position, in Thai
 * (required) and in English (printed on English certificates; the Thai is used where it is left out).
 */
public record Signatory(String nameTh, String positionTh, String nameEn, String positionEn) {

	static final int NAME = 200;

	static final int POSITION = 300;

	public Signatory {
		nameTh = trimmed(nameTh);
		positionTh = trimmed(positionTh);
		nameEn = trimmed(nameEn);
		positionEn = trimmed(positionEn);
		List<Violation> v = new ArrayList<>();
		InputRules.text(v, "nameTh", nameTh, NAME, true);
		InputRules.text(v, "positionTh", positionTh, POSITION, true);
		InputRules.text(v, "nameEn", nameEn, NAME, false);
		InputRules.text(v, "positionEn", positionEn, POSITION, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	public String name(Locale language) {
		return "en".equals(language.getLanguage()) && nameEn != null ? nameEn : nameTh;
	}

	public String position(Locale language) {
		return "en".equals(language.getLanguage()) && positionEn != null ? positionEn : positionTh;
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
