package th.tipnet.common.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;

import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;

/**
 * Puts a refused operation onto the form that asked for it, so the page shows the message beside
 * the field in the user's language, and answers with the refusal's 4xx status.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult form, DomainException e, HttpServletResponse response) {
		if (e instanceof InvalidInput invalid) {
			invalid.violations().forEach(v -> reject(form, v.field(), v.messageKey(), v.arguments()));
		}
		else {
			reject(form, e.field(), e.messageKey(), e.arguments());
		}
		response.setStatus(e.status().value());
	}

	private static void reject(BindingResult form, String field, String key, Object[] args) {
		if (field != null && form.getTarget() != null && hasField(form, field)) {
			form.rejectValue(field, key, args, key);
		}
		else {
			form.reject(key, args, key);
		}
	}

	/** Bean Validation found errors: the page is shown again with them, as a 400. */
	public static boolean invalid(BindingResult form, HttpServletResponse response) {
		if (form.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return true;
		}
		return false;
	}

	private static boolean hasField(BindingResult form, String field) {
		try {
			form.getFieldType(field);
			return form.getFieldType(field) != null;
		}
		catch (RuntimeException e) {
			return false;
		}
	}
}
