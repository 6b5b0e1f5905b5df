package th.tipnet.common;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input refused for several reasons at once, each naming its field, so a form or an import row can show them all. */
public class InvalidInput extends DomainException {

	private final transient List<Violation> violations;

	public InvalidInput(List<Violation> violations) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, violations.get(0).messageKey(), violations.get(0).field(),
				violations.get(0).arguments());
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}

	/** One reason: the field (a path such as {@code contacts[1].email}), a message key and its arguments. */
	public record Violation(String field, String messageKey, Object... arguments) {
	}
}
