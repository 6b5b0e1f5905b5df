package th.tipnet.common.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;


/**
 * Writes problems from filters, which run before any controller advice: 401 and 403 from security,
 * and the input gate's refusals (413, 415, a field holding a refused character).
 */
@Component
public class SecurityProblems {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	SecurityProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		write(request, response, status, key, java.util.List.of());
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			java.util.List<ErrorResponses.FieldMessage> fields) throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = Problems.of(messages, locale, status, key, null, fields);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"tipnet\"");
		}
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
