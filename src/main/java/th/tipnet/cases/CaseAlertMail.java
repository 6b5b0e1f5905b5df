package th.tipnet.cases;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

	private static final Logger log = LoggerFactory.getLogger(CaseAlertMail.class);

	private final AlertParties parties;

	private final Recipients recipients;

	private final ObjectProvider<JavaMailSender> mail;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrl site;

	private final String from;

	CaseAlertMail(AlertParties parties, Recipients recipients, ObjectProvider<JavaMailSender> mail, ITemplateEngine templates,
			MessageSource messages, PublicUrl site, @Value("${tipnet.mail.from:TIPNet <no-reply@tipnet.local>}") String from) {
		this.parties = parties;
		this.recipients = recipients;
		this.mail = mail;
		this.templates = templates;
		this.messages = messages;
		this.site = site;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(ReferralSent sent) throws Exception {
		send(CaseAlert.REFERRAL_SENT, parties.ofReferral(sent.referralId()));
	}

	@ApplicationModuleListener
	void on(ReferralAccepted accepted) throws Exception {
		send(CaseAlert.REFERRAL_ACCEPTED, parties.ofReferral(accepted.referralId()));
	}

	@ApplicationModuleListener
	void on(ReferralDeclined declined) throws Exception {
		send(CaseAlert.REFERRAL_DECLINED, parties.ofReferral(declined.referralId()));
	}

	@ApplicationModuleListener
	void on(ReferralWithdrawn withdrawn) throws Exception {
		send(CaseAlert.REFERRAL_WITHDRAWN, parties.ofReferral(withdrawn.referralId()));
	}

	@ApplicationModuleListener
	void on(ReferralCompleted completed) throws Exception {
		send(CaseAlert.REFERRAL_COMPLETED, parties.ofReferral(completed.referralId()));
	}

	@ApplicationModuleListener
	void on(ReferralConsentRevoked revoked) throws Exception {
		send(CaseAlert.REFERRAL_CONSENT_REVOKED, parties.ofReferral(revoked.referralId()));
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
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No mail server configured (spring.mail.host): case worker assignment not mailed");
			return;
		}
		for (Recipients.Recipient r : recipients.withRole(assigned.receiverOrganisationId(), CaseAccess.CASE_WORKER)) {
			if (r.userId().equals(assigned.caseWorkerId())) {
				sender.send(message(sender, CaseAlert.CASE_WORKER_ASSIGNED,
						new Addressed(r, "/referrals/" + assigned.referralId().value())));
			}
		}
	}

	private void send(CaseAlert alert, Optional<CaseAlert.Parties> found) throws Exception {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No mail server configured (spring.mail.host): case alert not mailed");
			return;
		}
		if (found.isEmpty()) {
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
			sender.send(message(sender, alert, a));
		}
	}

	private record Addressed(Recipients.Recipient recipient, String link) {
	}

	private java.util.List<Recipients.Recipient> holders(Audience audience) {
		java.util.List<Recipients.Recipient> found = new java.util.ArrayList<>();
		for (String role : audience.roles()) {
			found.addAll(audience.organisationId() != null ? recipients.withRole(audience.organisationId(), role)
					: recipients.withRoleInProvince(audience.provinceCode(), role));
		}
		return found;
	}

	private MimeMessage message(JavaMailSender sender, CaseAlert alert, Addressed to) throws Exception {
		Locale locale = Languages.supported(to.recipient().language());
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(to.recipient().address());
		helper.setSubject(messages.getMessage("mail.caseAlert.subject." + alert.name(), null, locale));
		helper.setText(render(locale, Map.of("kind", alert.name(), "link", site.of(to.link()))), true);
		return message;
	}

	private String render(Locale locale, Map<String, Object> model) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return templates.process("mail/case-alert", new Context(locale, model));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}
}
