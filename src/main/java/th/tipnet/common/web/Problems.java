package th.tipnet.common.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import th.tipnet.common.RequestIds;
import th.tipnet.common.web.ErrorResponses.FieldMessage;

/**
 * The one place a refusal becomes an RFC 9457 problem, and the one table of what to say for a status
 * when nobody said more. Controller advice, filters and the error pages all ask here, so a refusal
 * reads the same whichever layer meets it.
 */
final class Problems {

	private Problems() {
	}

	static ProblemDetail of(MessageSource messages, Locale locale, HttpStatus status, String key, Object[] args,
			List<FieldMessage> fields) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, locale));
		problem.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setType(URI.create("urn:tipnet:problem:" + key));
		problem.setProperty("requestId", RequestIds.current());
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
		}
		return problem;
	}

	/** A person asked: the container renders templates/error/*.html in their language with this key and these fields. */
	static void errorPage(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			List<FieldMessage> fields) throws IOException {
		request.setAttribute(ErrorResponses.MESSAGE_KEY, key);
		request.setAttribute(ErrorResponses.FIELD_MESSAGES, fields);
		response.sendError(status.value());
	}

	/** What to say for a status: Spring MVC's own refusals, the error pages and the container's pages. */
	static String defaultKey(Object status) {
		if (!(status instanceof Integer code)) {
			return "error.unexpected";
		}
		return switch (code) {
			case 400 -> "error.invalidInput";
			case 401 -> "error.unauthorized";
			case 403 -> "error.forbidden";
			case 404 -> "error.pageNotFound";
			case 405 -> "error.methodNotAllowed";
			case 406 -> "error.notAcceptable";
			case 409 -> "error.conflict";
			case 413 -> "error.tooLarge";
			case 415 -> "error.unsupportedMediaType";
			default -> code < 500 ? "error.invalidInput" : "error.unexpected";
		};
	}
}
