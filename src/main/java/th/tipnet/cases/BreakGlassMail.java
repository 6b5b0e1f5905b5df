package th.tipnet.cases;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.tipnet.common.Dates;
import th.tipnet.common.PublicUrl;
import th.tipnet.common.Recipients;

/**
 * Tells the lead organisation's supervisors (its case workers when it has none with an address) that
 * a case of theirs was opened under break glass: after the commit, from Modulith's durable event log,
 * one mail each, in Thai and English. The mail holds a link to the case's page and the time the break
 * glass ends, never the case number, a name or the reason: the page shows who and why to those who
 * may see it.
 */
@Component
class BreakGlassMail {

	private static final Logger log = LoggerFactory.getLogger(BreakGlassMail.class);

	private final Recipients recipients;

	private final ObjectProvider<JavaMailSender> mail;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Dates dates;

	private final String baseUrl;

	private final String from;

	BreakGlassMail(Recipients recipients, ObjectProvider<JavaMailSender> mail, ITemplateEngine templates,
			MessageSource messages, Dates dates, PublicUrl site,
			@Value("${tipnet.mail.from:TIPNet <no-reply@tipnet.local>}") String from) {
		this.recipients = recipients;
		this.mail = mail;
		this.templates = templates;
		this.messages = messages;
		this.dates = dates;
		this.baseUrl = site.base();
		this.from = from;
	}

	@ApplicationModuleListener
	void on(BreakGlassOpened opened) throws Exception {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No mail sender: the lead organisation is not mailed about a break glass");
			return;
		}
		List<Recipients.Recipient> to = recipients.withRole(opened.leadOrganisationId(), CaseAccess.CASE_SUPERVISOR);
		if (to.isEmpty()) {
			to = recipients.withRole(opened.leadOrganisationId(), CaseAccess.CASE_WORKER);
		}
		String link = baseUrl + "/cases/" + opened.caseId();
		Map<String, Object> model = Map.of("link", link, "parts",
				List.of(texts(Locale.forLanguageTag("th"), opened), texts(Locale.ENGLISH, opened)));
		String body = templates.process("mail/break-glass", new Context(Locale.forLanguageTag("th"), model));
		for (Recipients.Recipient r : to) {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(r.address());
			helper.setSubject(messages.getMessage("mail.breakGlass.subject", null, Locale.forLanguageTag("th")) + " / "
					+ messages.getMessage("mail.breakGlass.subject", null, Locale.ENGLISH));
			helper.setText(body, true);
			sender.send(message);
		}
	}

	private Map<String, String> texts(Locale locale, BreakGlassOpened opened) {
		return Map.of("lang", locale.getLanguage(), "subject", messages.getMessage("mail.breakGlass.subject", null, locale), "lead",
				messages.getMessage("mail.breakGlass.lead", new Object[] { dates.dateTime(opened.until(), locale) }, locale),
				"button", messages.getMessage("mail.breakGlass.button", null, locale), "why",
				messages.getMessage("mail.breakGlass.why", null, locale));
	}
}
