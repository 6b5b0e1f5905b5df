package th.tipnet.common.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.MDC;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import th.tipnet.common.RequestIds;

/**
 * The answers Tomcat gives on its own, before any filter of the application runs: a request line it
 * cannot read ({@code GET /%zz}, a space or control character in the path) is refused with 400 there.
 * Tomcat's error page for them named the server and its version and carried none of the security
 * headers. Tomcat renders those answers with the error report valve of its host, so that valve is
 * replaced by ours: the same hardening headers as the application's own answers, a short page in Thai
 * and English without any server detail, and a request id that the one log line about it carries too.
 * Everything the application answers itself has written its body already and is left as it is.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final MessageSource messages;

	ContainerErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// Runs after Spring Boot's customizer has put a plain ErrorReportValve on the host: ours takes its place.
		factory.addContextCustomizers(context -> {
			Container parent = context.getParent();
			if (parent instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new Report(messages, context.getPath()));
				// The host adds a valve of this class when it starts unless one is there: ours is.
				host.setErrorReportValveClass(Report.class.getName());
			}
		});
	}

	/** Tomcat's error report valve, writing our page and headers instead of its own. */
	static final class Report extends ErrorReportValve {

		private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContainerErrorPages.class);

		private static final Locale THAI = Locale.forLanguageTag("th");

		private final MessageSource messages;

		private final String home;

		Report(MessageSource messages, String contextPath) {
			this.messages = messages;
			this.home = contextPath + "/";
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			// As Tomcat's own: nothing for a success, for a body already written, or for an error already reported.
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			String id = requestId(response);
			logged(id, request, status);
			try {
				harden(response);
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page(status, id));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// The client is gone or the response could not be written: nothing more to tell it.
				log.debug("Error page not written", e);
			}
		}

		/** The id the application's filter gave, when the request got that far; else a new one, sent along. */
		private static String requestId(Response response) {
			String id = response.getHeader(RequestIds.HEADER);
			if (id == null || id.isEmpty()) {
				id = UUID.randomUUID().toString();
				response.setHeader(RequestIds.HEADER, id);
			}
			return id;
		}

		/** One line, with the id and the method; never the path (paths carry private links' tokens) nor Tomcat's note. */
		private static void logged(String id, Request request, int status) {
			MDC.put(RequestIds.MDC_KEY, id);
			try {
				log.info("Request refused by the server before the application: {} {}", status, method(request));
			}
			finally {
				MDC.remove(RequestIds.MDC_KEY);
			}
		}

		private static String method(Request request) {
			String method = request.getMethod();
			return method != null && method.matches("[A-Z]{1,10}") ? method : "";
		}

		/** The headers every answer of the application carries (identity's security chains set them there). */
		private static void harden(Response response) {
			response.setHeader("Content-Security-Policy", "default-src 'none'; base-uri 'none'; form-action 'self'; "
					+ "frame-ancestors 'none'");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Referrer-Policy", "same-origin");
			response.setHeader("Cache-Control", "no-store");
		}

		private String page(int status, String id) {
			String thai = text("error.title." + status, THAI);
			String english = text("error.title." + status, Locale.ENGLISH);
			String what = Problems.defaultKey(status);
			return "<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"utf-8\"><title>" + status + " · TIPNet</title></head>\n"
					+ "<body>\n<h1>" + thai + "</h1>\n<p>" + text(what, THAI) + "</p>\n"
					+ "<div lang=\"en\"><h2>" + english + "</h2>\n<p>" + text(what, Locale.ENGLISH) + "</p></div>\n"
					+ "<p>" + text("error.requestId", THAI) + " / <span lang=\"en\">" + text("error.requestId", Locale.ENGLISH)
					+ "</span>: <code>" + HtmlUtils.htmlEscape(id) + "</code></p>\n"
					+ "<p><a href=\"" + home + "?lang=th\">" + text("error.goHome", THAI) + "</a> · <a href=\"" + home
					+ "?lang=en\" lang=\"en\">"
					+ text("error.goHome", Locale.ENGLISH) + "</a></p>\n</body></html>\n";
		}

		private String text(String key, Locale locale) {
			String fallback = messages.getMessage("error.title", null, "TIPNet", locale);
			return HtmlUtils.htmlEscape(messages.getMessage(key, null, fallback, locale));
		}
	}
}
