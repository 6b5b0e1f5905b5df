package th.tipnet.common.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;

/**
 * Puts a refused operation onto the form that asked for it, so the page shows the message beside
 * the field in the user's language, and answers with the refusal's 4xx status. The one handler of
 * refusals for HTML pages: {@link #submit} for a form, {@link #attempt} for a page that shows the
 * refusal its own way. A record the caller may not know about (404), or may not change (403), is
 * never a form's business: it goes on to the error page, as it would from any other page, so the
 * form is not shown again to someone who may not use it.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** What a page does once its input is accepted: the view to show (usually a redirect). */
	@FunctionalInterface
	public interface Action<X extends Exception> {

		String run() throws X;
	}

	/**
	 * Submits a form: the page again as a 400 when its fields did not bind or validate; else the action,
	 * and on a refusal the page again with the refusal beside its field, as the refusal's status.
	 */
	public static <X extends Exception> String submit(BindingResult form, HttpServletResponse response, Action<X> action,
			Supplier<String> page) throws X {
		return submit(form, response, action, UnaryOperator.identity(), page);
	}

	/** As {@link #submit(BindingResult, HttpServletResponse, Action, Supplier)}, naming the fields as the form does. */
	public static <X extends Exception> String submit(BindingResult form, HttpServletResponse response, Action<X> action,
			UnaryOperator<DomainException> onTheForm, Supplier<String> page) throws X {
		if (invalid(form, response)) {
			return page.get();
		}
		return attempt(form, response, action, onTheForm, page);
	}

	/**
	 * Runs the action on a form whose fields the action itself checks (a field that did not bind reaches it empty): on a
	 * refusal, the page again with the refusal beside its field, as the refusal's status.
	 */
	public static <X extends Exception> String attempt(BindingResult form, HttpServletResponse response, Action<X> action,
			Supplier<String> page) throws X {
		return attempt(form, response, action, UnaryOperator.identity(), page);
	}

	private static <X extends Exception> String attempt(BindingResult form, HttpServletResponse response, Action<X> action,
			UnaryOperator<DomainException> onTheForm, Supplier<String> page) throws X {
		return attempt(response, action, e -> {
			reject(form, onTheForm.apply(e), response);
			return page.get();
		});
	}

	/** Runs the action; a refusal (other than 403 and 404) answers with its status and the page {@code refused} shows. */
	public static <X extends Exception> String attempt(HttpServletResponse response, Action<X> action,
			Function<DomainException, String> refused) throws X {
		try {
			return action.run();
		}
		catch (DomainException e) {
			if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
				throw e;
			}
			response.setStatus(e.status().value());
			return refused.apply(e);
		}
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

	/** A refusal as the list of reasons a page shows beside its fields. */
	public static List<InvalidInput.Violation> violations(DomainException e) {
		return e instanceof InvalidInput invalid ? invalid.violations()
				: List.of(new InvalidInput.Violation(e.field(), e.messageKey(), e.arguments()));
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
