package th.tipnet.common;

import org.slf4j.MDC;

/** The id of the current request, in every log line, audit entry and problem response. */
public final class RequestIds {

	public static final String MDC_KEY = "requestId";

	public static final String HEADER = "X-Request-Id";

	private RequestIds() {
	}

	public static String current() {
		String id = MDC.get(MDC_KEY);
		return id == null ? "" : id;
	}
}
