package th.tipnet.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.tipnet.common.Dates;
import th.tipnet.common.Languages;
import th.tipnet.common.PublicUrl;

/**
 * Mails a password-reset link after the request commits, from Modulith's durable event log: the
 * asking page answers at once whether or not an account exists (so its timing says nothing), and a
 * mail server outage delays the link but never loses it. The token is made here and committed before
 * the mail leaves (a link that arrives works at once); if sending fails, that token is never known
 * to anyone and lapses, and the retry makes a new one.
 * The link puts the token after {@code #}, which browsers never send, so no server or proxy log
 * holds it; the page's script hands it to the form, and the mail also gives it to paste.
 */
@Component
class PasswordResetMail {

	private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

	private final PasswordResets resets;

	private final ObjectProvider<JavaMailSender> mail;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Dates dates;

	private final String baseUrl;

	private final String from;

	PasswordResetMail(PasswordResets resets, ObjectProvider<JavaMailSender> mail, ITemplateEngine templates,
			MessageSource messages, Dates dates, PublicUrl site,
			@Value("${tipnet.mail.from:TIPNet <no-reply@tipnet.local>}") String from) {
		this.resets = resets;
		this.mail = mail;
		this.templates = templates;
		this.messages = messages;
		this.dates = dates;
		this.baseUrl = site.base();
		this.from = from;
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested requested) throws Exception {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No mail server configured (spring.mail.host): password-reset link not sent");
			return;
		}
		PasswordResets.Issued issued = resets.issue(requested.userId());
		if (issued == null) {
			return;
		}
		Locale locale = Languages.supported(requested.language());
		Map<String, Object> model = Map.of("displayName", issued.user().displayName(), "username",
				issued.user().username(), "pageUrl", baseUrl + "/password-reset", "resetUrl",
				baseUrl + "/password-reset#t=" + issued.token(), "token", issued.token(), "until",
				dates.dateTime(issued.expiresAt(), locale), "forgotUrl", baseUrl + "/forgot-password");
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(issued.user().email());
		helper.setSubject(messages.getMessage("mail.passwordReset.subject", null, locale));
		helper.setText(render(locale, model), true);
		sender.send(message);
	}

	private String render(Locale locale, Map<String, Object> model) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return templates.process("mail/password-reset", new Context(locale, model));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}
}
