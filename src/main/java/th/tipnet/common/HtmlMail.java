package th.tipnet.common;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one way the platform writes an e-mail: a Thymeleaf page rendered in the reader's language,
 * sent as UTF-8 HTML from the configured sender. Without a mail server (no {@code spring.mail.host})
 * nothing is sent and one line says what was not, never to whom: callers run from Modulith's event
 * log, so a server configured later does not resend old messages, and a missing one never fails the
 * step that asked for the mail.
 */
@Component
public class HtmlMail {

	/** Adds what a particular message carries besides its page: inline images, attachments. */
	@FunctionalInterface
	public interface Extras {

		void addTo(MimeMessageHelper message) throws MessagingException;
	}

	private static final Logger log = LoggerFactory.getLogger(HtmlMail.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final ITemplateEngine templates;

	private final String from;

	HtmlMail(ObjectProvider<JavaMailSender> mail, ITemplateEngine templates,
			@Value("${tipnet.mail.from:TIPNet <no-reply@tipnet.local>}") String from) {
		this.mail = mail;
		this.templates = templates;
		this.from = from;
	}

	/** Whether a mail server is configured; when not, logs that {@code what} is not sent. */
	public boolean configured(String what) {
		if (mail.getIfAvailable() == null) {
			log.info("No mail server configured (spring.mail.host): {} not sent", what);
			return false;
		}
		return true;
	}

	/**
	 * Renders a mail template in {@code locale}. The locale is also set as the request's for the
	 * rendering, so {@code #{...}} messages and {@code #temporals} in the template follow it.
	 */
	public String render(String template, Locale locale, Map<String, Object> model) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return templates.process(template, new Context(locale, model));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	/** Sends one message to one address; does nothing without a mail server. */
	public void send(String to, String subject, String html) throws MessagingException {
		send(to, subject, html, null);
	}

	/** Sends one message to one address with {@code extras} added; does nothing without a mail server. */
	public void send(String to, String subject, String html, Extras extras) throws MessagingException {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(to);
		helper.setSubject(subject);
		helper.setText(html, true);
		if (extras != null) {
			extras.addTo(helper);
		}
		sender.send(message);
	}
}
