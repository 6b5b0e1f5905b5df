package th.tipnet.common.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error pages and the container's JSON errors may show: status, request id and a message
 * key for the user's language. Never the exception, its message, or a stack trace.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		Object key = request.getAttribute(ErrorResponses.MESSAGE_KEY, RequestAttributes.SCOPE_REQUEST);
		Object status = attributes.get("status");
		attributes.put("messageKey", key != null ? key : Problems.defaultKey(status));
		Object text = request.getAttribute(ErrorResponses.MESSAGE_TEXT, RequestAttributes.SCOPE_REQUEST);
		if (text != null) {
			attributes.put("messageText", text);
		}
		attributes.put("requestId", request.getAttribute(RequestIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
		Object fields = request.getAttribute(ErrorResponses.FIELD_MESSAGES, RequestAttributes.SCOPE_REQUEST);
		attributes.put("fieldErrors", fields == null ? java.util.List.of() : fields);
		attributes.remove("trace");
		attributes.remove("message");
		attributes.remove("errors");
		attributes.remove("exception");
		return attributes;
	}
}
