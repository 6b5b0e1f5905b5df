package th.tipnet.forums;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import th.tipnet.common.Dates;
import th.tipnet.common.HtmlMail;
import th.tipnet.common.Languages;
import th.tipnet.common.PublicUrl;
import th.tipnet.common.Recipients;

/**
 * E-mails a follow-up action's reminder to its owner organisation's contacts: the active {@code ORG_ADMIN}s and
 * {@code MEMBER}s with an address (those who may report on it), each address once, in its language, after the
 * reminder commits, from Modulith's durable event log. The message says what the action states (what is to be done
 * and by when) and links to its page; it names nobody.
 */
@Component
class ActionReminderMail {

	private static final String[] CONTACTS = { "ORG_ADMIN", "MEMBER" };

	private final ForumActions actions;

	private final Recipients recipients;

	private final HtmlMail mail;

	private final MessageSource messages;

	private final PublicUrl site;

	private final Dates dates;

	ActionReminderMail(ForumActions actions, Recipients recipients, HtmlMail mail, MessageSource messages, PublicUrl site,
			Dates dates) {
		this.actions = actions;
		this.recipients = recipients;
		this.mail = mail;
		this.messages = messages;
		this.site = site;
		this.dates = dates;
	}

	@ApplicationModuleListener
	void on(ActionReminderDue due) throws Exception {
		ForumAction action = actions.findById(due.actionId()).orElse(null);
		if (action == null || !mail.configured("follow-up action reminder")) {
			return;
		}
		Map<String, Recipients.Recipient> once = new LinkedHashMap<>();
		for (String role : CONTACTS) {
			for (Recipients.Recipient r : recipients.withRole(action.ownerOrganisationId(), role)) {
				once.putIfAbsent(r.address().toLowerCase(Locale.ROOT), r);
			}
		}
		String link = site.of("/actions/" + action.id());
		for (Recipients.Recipient r : once.values()) {
			Locale locale = Languages.supported(r.language());
			String dueOn = dates.date(action.dueOn(), locale);
			mail.send(r.address(), messages.getMessage("forums.mail.subject." + due.kind(), new Object[] { dueOn }, locale),
					mail.render("mail/action-reminder", locale, Map.of("kind", due.kind(), "what", action.what(), "dueOn",
							dueOn, "link", link)));
		}
	}
}
