package th.tipnet.identity;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import th.tipnet.common.Dates;
import th.tipnet.common.HtmlMail;
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

	private final PasswordResets resets;

	private final HtmlMail mail;

	private final MessageSource messages;

	private final Dates dates;

	private final String baseUrl;

	PasswordResetMail(PasswordResets resets, HtmlMail mail, MessageSource messages, Dates dates, PublicUrl site) {
		this.resets = resets;
		this.mail = mail;
		this.messages = messages;
		this.dates = dates;
		this.baseUrl = site.base();
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested requested) throws Exception {
		if (!mail.configured("password-reset link")) {
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
		mail.send(issued.user().email(), messages.getMessage("mail.passwordReset.subject", null, locale),
				mail.render("mail/password-reset", locale, model));
	}
}
