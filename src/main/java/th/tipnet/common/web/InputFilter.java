package th.tipnet.common.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import th.tipnet.common.InputText;
import th.tipnet.common.web.ErrorResponses.FieldMessage;

/**
 * The gate every request passes before anything reads it (sign-in and CSRF included), so each rule
 * about the shape of input is written once:
 * <ul>
 * <li>a body larger than the limit is refused with 413 (multipart uploads have their own, larger one);</li>
 * <li>a body whose Content-Type is a wildcard, unreadable, or names an unknown charset is refused with 415;</li>
 * <li>request parameters (query, form, multipart fields) holding a character {@link InputText} refuses,
 * or whose name has an index that is not a small number ({@code contacts[-1]}), are refused with 400
 * naming the field;</li>
 * <li>every parameter is read through {@link InputText#normalised}, so forms, {@code @RequestParam}s and
 * the sign-in form all get text without invisible formatting.</li>
 * </ul>
 * JSON bodies get the same text rules in {@link JsonInput}. It runs inside each security filter chain,
 * right after the security headers are written and before CSRF and sign-in read anything, so its
 * refusals carry the same headers as every other answer; it is not registered with the container
 * on its own.
 */
@Component
public final class InputFilter extends OncePerRequestFilter {

	/** Spring's data binder grows lists up to 256 items; a form never has more rows. */
	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

	private static final int MAX_INDEX = 255;

	private final long maxBody;

	private final long maxMultipart;

	private final SecurityProblems problems;

	private final MessageSource messages;

	private final LocaleResolver locales;

	InputFilter(@Value("${tipnet.input.max-body-size:2MB}") DataSize maxBody,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxMultipart, SecurityProblems problems,
			MessageSource messages, LocaleResolver locales) {
		this.maxBody = maxBody.toBytes();
		this.maxMultipart = maxMultipart.toBytes();
		this.problems = problems;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// The error page for a refused request: it must not trip over what was refused (a body too
			// large for the container to read as parameters), so it sees what can be read, normalised.
			chain.doFilter(new Normalised(request, readable(request), maxBody), response);
			return;
		}
		boolean multipart = request.getContentType() != null
				&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		long limit = multipart ? maxMultipart : maxBody;
		if (request.getContentLengthLong() > limit) {
			refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge", null);
			return;
		}
		if (hasBody(request) && !readableContentType(request.getContentType())) {
			refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.unsupportedMediaType", null);
			return;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException e) {
			// The container could not read the parameters: a body over its size limit, or a broken multipart body.
			boolean tooLarge = "POST_TOO_LARGE".equals(String.valueOf(request.getAttribute(PARSE_FAILURE)));
			refuse(request, response, tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
					tooLarge ? "error.tooLarge" : "error.invalidInput", null);
			return;
		}
		if (PARSE_FAILED_TOO_LARGE.equals(String.valueOf(request.getAttribute(PARSE_FAILURE)))) {
			refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge", null);
			return;
		}
		for (Map.Entry<String, String[]> p : parameters.entrySet()) {
			String refusal = refusal(p.getKey(), p.getValue());
			if (refusal != null) {
				refuse(request, response, HttpStatus.BAD_REQUEST, refusal, InputText.printable(p.getKey()));
				return;
			}
		}
		chain.doFilter(new Normalised(request, parameters, limit), response);
	}

	/** Only the security filter chains run this filter (see the class comment). */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class NotOnItsOwn {

		@org.springframework.context.annotation.Bean
		org.springframework.boot.web.servlet.FilterRegistrationBean<InputFilter> inputFilterRegistration(InputFilter filter) {
			var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
			registration.setEnabled(false);
			return registration;
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static Map<String, String[]> readable(HttpServletRequest request) {
		try {
			return request.getParameterMap();
		}
		catch (IllegalStateException e) {
			return Map.of();
		}
	}

	/** Tomcat's note of why it could not read the parameters. */
	private static final String PARSE_FAILURE = "org.apache.catalina.parameter_parse_failed_reason";

	private static final String PARSE_FAILED_TOO_LARGE = "POST_TOO_LARGE";

	private static String refusal(String name, String[] values) {
		if (InputText.refused(name)) {
			return InputText.REFUSED;
		}
		Matcher index = INDEX.matcher(name);
		while (index.find()) {
			String i = index.group(1);
			if (!i.matches("\\d{1,3}") || Integer.parseInt(i) > MAX_INDEX) {
				return "error.invalidInput";
			}
		}
		for (String value : values) {
			if (value != null && InputText.refused(value)) {
				return InputText.REFUSED;
			}
		}
		return null;
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private static boolean readableContentType(String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				return false;
			}
			String charset = type.getParameter("charset");
			if (charset != null && !Charset.isSupported(charset.replace("\"", ""))) {
				return false;
			}
			return !"multipart".equals(type.getType()) || type.getParameter("boundary") != null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			String field) throws IOException {
		List<FieldMessage> fields = field == null ? List.of()
				: List.of(new FieldMessage(field, messages.getMessage(key, null, key, locales.resolveLocale(request))));
		if (ErrorResponses.wantsProblem(request)) {
			problems.write(request, response, status, status == HttpStatus.BAD_REQUEST && field != null ? "error.invalidInput" : key,
					fields);
			return;
		}
		Problems.errorPage(request, response, status, field != null ? "error.invalidInput" : key, fields);
	}

	/** The request as the application sees it: parameters normalised, the body counted against the limit. */
	private static final class Normalised extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		private final long limit;

		private ServletInputStream body;

		Normalised(HttpServletRequest request, Map<String, String[]> raw, long limit) {
			super(request);
			Map<String, String[]> normalised = new LinkedHashMap<>();
			raw.forEach((name, values) -> normalised.put(name,
					Arrays.stream(values).map(v -> v == null ? null : InputText.normalised(name, v)).toArray(String[]::new)));
			this.parameters = Collections.unmodifiableMap(normalised);
			this.limit = limit;
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public java.util.Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new Limited(super.getInputStream(), limit);
			}
			return body;
		}
	}

	/** A body read without a declared length stops at the limit: what reads it then answers 413. */
	private static final class Limited extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Limited(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			read += n;
			if (read > limit) {
				throw new BodyTooLarge();
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}

	/** A body past the limit, found while reading it. */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge() {
			super("Request body over the size limit");
		}
	}
}
