package th.tipnet.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.TooManyRequests;

/**
 * Every refused request ends here. API callers ({@code /api/**}, or asking for JSON) get an RFC 9457
 * problem in their language with the request id and each offending field named; people get the
 * error page in their language with the same status. Messages never echo the input back.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponses extends ResponseEntityExceptionHandler {

	static final String MESSAGE_KEY = ErrorResponses.class.getName() + ".messageKey";

	static final String FIELD_MESSAGES = ErrorResponses.class.getName() + ".fields";

	/** The message itself, in the user's language, for the error page where it needs its arguments ("try again in 15 seconds"). */
	static final String MESSAGE_TEXT = ErrorResponses.class.getName() + ".messageText";

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final MessageSource messages;

	ErrorResponses(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Object> domain(DomainException e, NativeWebRequest request) {
		if (e instanceof th.tipnet.common.TryAgainLater later) {
			// On the response itself, so the error page and the problem both carry it; the page says when too.
			((ServletWebRequest) request).getResponse()
				.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(later.retryAfterSeconds()));
			((ServletWebRequest) request).getRequest().setAttribute(MESSAGE_TEXT, text(e.messageKey(), e.arguments()));
		}
		List<FieldMessage> fields = e instanceof InvalidInput invalid
				? invalid.violations().stream().map(v -> new FieldMessage(v.field(), text(v.messageKey(), v.arguments()))).toList()
				: e.field() == null ? List.of() : List.of(new FieldMessage(e.field(), text(e.messageKey(), e.arguments())));
		if (e instanceof InvalidInput) {
			return respond(e.status(), "error.invalidInput", null, fields, request);
		}
		if (e instanceof TooManyRequests tooMany) {
			String seconds = String.valueOf(tooMany.retryAfterSeconds());
			((ServletWebRequest) request).getResponse().setHeader(HttpHeaders.RETRY_AFTER, seconds);
			ResponseEntity<Object> answer = respond(e.status(), e.messageKey(), e.arguments(), fields, request);
			return answer == null ? null : ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
				.header(HttpHeaders.RETRY_AFTER, seconds).body(answer.getBody());
		}
		return respond(e.status(), e.messageKey(), e.arguments(), fields, request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> stale(OptimisticLockingFailureException e, NativeWebRequest request) {
		return respond(HttpStatus.CONFLICT, "error.staleVersion", null,
				List.of(new FieldMessage("version", text("error.staleVersion"))), request);
	}

	/**
	 * Two requests that waited on each other's locks (a deadlock, a lock timeout, a serialisation
	 * failure): the database rolled one back and nothing of it was written, so it may simply be sent
	 * again. Services take locks in one order so this stays rare; when it happens it is no server fault.
	 */
	@ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
	ResponseEntity<Object> lockedOut(org.springframework.dao.PessimisticLockingFailureException e, NativeWebRequest request) {
		log.info("Concurrent change refused: {}", LoggedFailure.describe(e.getMostSpecificCause()));
		((ServletWebRequest) request).getResponse().setHeader(HttpHeaders.RETRY_AFTER, "1");
		return respond(HttpStatus.CONFLICT, "error.concurrentChange", null, List.of(), request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException e, NativeWebRequest request) {
		// Races the service checks could not see (two creates at once); never show or log the SQL or its values.
		log.info("Data integrity violation: {}", LoggedFailure.describe(e.getMostSpecificCause()));
		return respond(HttpStatus.CONFLICT, "error.conflict", null, List.of(), request);
	}

	/** A form field whose name the binder cannot follow ({@code version[0]} on a number). */
	@ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
	ResponseEntity<Object> invalidProperty(org.springframework.beans.InvalidPropertyException e, NativeWebRequest request) {
		return respond(HttpStatus.BAD_REQUEST, "error.invalidInput", null,
				List.of(new FieldMessage(th.tipnet.common.InputText.printable(e.getPropertyName()), text("error.wrongType"))),
				request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraint(ConstraintViolationException e, NativeWebRequest request) {
		List<FieldMessage> fields = e.getConstraintViolations()
			.stream()
			.map(v -> new FieldMessage(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return respond(HttpStatus.BAD_REQUEST, "error.invalidInput", null, fields, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, NativeWebRequest request) {
		return respond(HttpStatus.BAD_REQUEST, "error.invalidInput", null,
				List.of(new FieldMessage(e.getName(), text("error.wrongType"))), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return respond(HttpStatus.BAD_REQUEST, "error.invalidInput", null, fieldMessages(e.getBindingResult()),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> fields = new ArrayList<>();
		e.getParameterValidationResults().forEach(r -> {
			// A validated request body reports its own fields ("scans[0].at"), not the parameter's name.
			if (r instanceof org.springframework.validation.method.ParameterErrors body && body.hasFieldErrors()) {
				body.getFieldErrors()
					.forEach(err -> fields.add(new FieldMessage(err.getField(), messages.getMessage(err, locale()))));
				return;
			}
			r.getResolvableErrors()
				.forEach(err -> fields.add(new FieldMessage(r.getMethodParameter().getParameterName(),
						messages.getMessage(err, locale()))));
		});
		return respond(HttpStatus.BAD_REQUEST, "error.invalidInput", null, fields, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(e, InputFilter.BodyTooLarge.class)) {
			return respond(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge", null, List.of(), request);
		}
		List<FieldMessage> fields = new ArrayList<>();
		if (e.getCause() instanceof JsonInput.Refused refused) {
			fields.add(new FieldMessage(path(refused), text(refused.messageKey(), refused.arguments())));
			return respond(HttpStatus.BAD_REQUEST, "error.invalidInput", null, fields, request);
		}
		if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			fields.add(new FieldMessage(path(json), text("error.wrongType")));
		}
		return respond(HttpStatus.BAD_REQUEST, "error.malformedBody", null, fields, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return respond(HttpStatus.BAD_REQUEST, "error.invalidInput", null,
				List.of(new FieldMessage(e.getParameterName(), text("error.required"))), request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return respond(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge", null, List.of(), request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// Everything else Spring MVC classifies (404, 405, 406, 415, ...): same shape, localized.
		String key = Problems.defaultKey(status.value());
		if (e instanceof HttpMediaTypeNotAcceptableException) {
			// The client refuses JSON; an empty body with the status is all that can be said.
			return ResponseEntity.status(status).build();
		}
		if (status.is5xxServerError()) {
			log.error("Request failed with {}", status.value(), LoggedFailure.of(e));
		}
		return respond(HttpStatus.valueOf(status.value()), key, null, List.of(), request);
	}

	private ResponseEntity<Object> respond(HttpStatus status, String key, Object[] args, List<FieldMessage> fields,
			WebRequest request) {
		HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
		if (!wantsProblem(servletRequest)) {
			// A person: let the container render templates/error/*.html in their language.
			try {
				Problems.errorPage(servletRequest, ((ServletWebRequest) request).getResponse(), status, key, fields);
			}
			catch (java.io.IOException ex) {
				log.debug("Client went away before the error page", ex);
			}
			return null;
		}
		ProblemDetail problem = Problems.of(messages, locale(), status, key, args, fields);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static boolean wantsProblem(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && !accept.contains("text/html") && accept.contains("json");
	}

	private List<FieldMessage> fieldMessages(BindingResult result) {
		List<FieldMessage> fields = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			fields.add(new FieldMessage(error.getField(), messages.getMessage(error, locale())));
		}
		result.getGlobalErrors().forEach(g -> fields.add(new FieldMessage(g.getObjectName(), messages.getMessage(g, locale()))));
		return fields;
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String lastNode(String propertyPath) {
		int dot = propertyPath.lastIndexOf('.');
		return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	public record FieldMessage(String field, String message) {
	}
}
