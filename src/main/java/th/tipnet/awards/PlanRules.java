package th.tipnet.awards;

import java.util.ArrayList;
import java.util.List;

import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;

/**
 * The rules a category and each criterion of its rubric share, in one place so both refuse the same
 * mistake with the same field and message: both names given (Thai and English, at most
 * {@value #MAX_NAME} characters), and a count within its bounds.
 */
final class PlanRules {

	static final int MAX_NAME = 200;

	private PlanRules() {
	}

	/** Both names of what {@code prefix} names (e.g. {@code criteria[2].}); 422 on the name at fault. */
	static void requireNames(String prefix, String nameTh, String nameEn) {
		List<InvalidInput.Violation> v = new ArrayList<>();
		InputRules.text(v, prefix + "nameTh", nameTh, MAX_NAME, true);
		InputRules.text(v, prefix + "nameEn", nameEn, MAX_NAME, true);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	/** A whole number from 1 to {@code max}; 422 on {@code field} with {@code messageKey}, which names the maximum. */
	static void requireFromOneTo(String field, int value, int max, String messageKey) {
		if (value < 1 || value > max) {
			throw DomainException.invalid(field, messageKey, max);
		}
	}
}
