package th.tipnet.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import th.tipnet.common.HtmlMail;
import th.tipnet.common.Languages;
import th.tipnet.common.PublicUrl;
import th.tipnet.common.Recipients;
import th.tipnet.notify.Audience;

/**
 * E-mails each referral step to the other side, and each escalation to those who must act, after
 * the change commits, from Modulith's durable event log (an outage of the mail server delays, never
 * loses, a message). One message per address, in its language. A message says only the kind of step
 * and links to the site, where the reader signs in: no name, no circumstances, not even the case
 * number, since mail leaves our hands.
 */
@Component
class CaseAlertMail {

	private final AlertParties parties;

	private final Recipients recipients;

	private final HtmlMail mail;

	private final MessageSource messages;

	private final PublicUrl site;

	CaseAlertMail(AlertParties parties, Recipients recipients, HtmlMail mail, MessageSource messages, PublicUrl site) {
		this.parties = parties;
		this.recipients = recipients;
		this.mail = mail;
		this.messages = messages;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(ReferralStep step) throws Exception {
		send(CaseAlert.of(step), parties.ofReferral(step.referralId()));
	}

	@ApplicationModuleListener
	void on(CaseEscalated escalated) throws Exception {
		CaseAlert alert = CaseAlert.valueOf(escalated.alert());
		send(alert, escalated.referralId() == null ? parties.ofCase(escalated.caseId())
				: parties.ofReferral(new ReferralId(escalated.referralId())));
	}

	/** The assigned case worker alone, with a link to the referral. */
	@ApplicationModuleListener
	void on(CaseWorkerAssigned assigned) throws Exception {
		if (!mail.configured("case worker assignment")) {
			return;
		}
		for (Recipients.Recipient r : recipients.withRole(assigned.receiverOrganisationId(), CaseAccess.CASE_WORKER)) {
			if (r.userId().equals(assigned.caseWorkerId())) {
				mail(CaseAlert.CASE_WORKER_ASSIGNED, new Addressed(r, "/referrals/" + assigned.referralId().value()));
			}
		}
	}

	private void send(CaseAlert alert, Optional<CaseAlert.Parties> found) throws Exception {
		if (!mail.configured("case alert") || found.isEmpty()) {
			return;
		}
		// Each address once, with the link of the first audience that names it.
		Map<String, Addressed> once = new LinkedHashMap<>();
		for (CaseAlert.Addressee to : alert.addressees(found.get())) {
			for (Recipients.Recipient r : holders(to.audience())) {
				once.putIfAbsent(r.address().toLowerCase(Locale.ROOT), new Addressed(r, to.link()));
			}
		}
		for (Addressed a : once.values()) {
			mail(alert, a);
		}
	}

	/** One link-only message in the addressee's language. */
	private void mail(CaseAlert alert, Addressed to) throws Exception {
		Locale locale = Languages.supported(to.recipient().language());
		mail.send(to.recipient().address(), messages.getMessage("mail.caseAlert.subject." + alert.name(), null, locale),
				mail.render("mail/case-alert", locale, Map.of("kind", alert.name(), "link", site.of(to.link()))));
	}

	private record Addressed(Recipients.Recipient recipient, String link) {
	}

	private List<Recipients.Recipient> holders(Audience audience) {
		List<Recipients.Recipient> found = new ArrayList<>();
		for (String role : audience.roles()) {
			found.addAll(audience.organisationId() != null ? recipients.withRole(audience.organisationId(), role)
					: recipients.withRoleInProvince(audience.provinceCode(), role));
		}
		return found;
	}
}
