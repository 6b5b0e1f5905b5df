package th.tipnet.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import th.tipnet.common.Dates;
import th.tipnet.common.HtmlMail;
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

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final Recipients recipients;

	private final HtmlMail mail;

	private final MessageSource messages;

	private final Dates dates;

	private final PublicUrl site;

	BreakGlassMail(Recipients recipients, HtmlMail mail, MessageSource messages, Dates dates, PublicUrl site) {
		this.recipients = recipients;
		this.mail = mail;
		this.messages = messages;
		this.dates = dates;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(BreakGlassOpened opened) throws Exception {
		if (!mail.configured("break-glass notice to the lead organisation")) {
			return;
		}
		List<Recipients.Recipient> to = recipients.withRole(opened.leadOrganisationId(), CaseAccess.CASE_SUPERVISOR);
		if (to.isEmpty()) {
			to = recipients.withRole(opened.leadOrganisationId(), CaseAccess.CASE_WORKER);
		}
		Map<String, Object> model = Map.of("link", site.base() + "/cases/" + opened.caseId(), "parts",
				List.of(texts(THAI, opened), texts(Locale.ENGLISH, opened)));
		String body = mail.render("mail/break-glass", THAI, model);
		String subject = messages.getMessage("mail.breakGlass.subject", null, THAI) + " / "
				+ messages.getMessage("mail.breakGlass.subject", null, Locale.ENGLISH);
		for (Recipients.Recipient r : to) {
			mail.send(r.address(), subject, body);
		}
	}

	private Map<String, String> texts(Locale locale, BreakGlassOpened opened) {
		return Map.of("lang", locale.getLanguage(), "subject", messages.getMessage("mail.breakGlass.subject", null, locale), "lead",
				messages.getMessage("mail.breakGlass.lead", new Object[] { dates.dateTime(opened.until(), locale) }, locale),
				"button", messages.getMessage("mail.breakGlass.button", null, locale), "why",
				messages.getMessage("mail.breakGlass.why", null, locale));
	}
}
