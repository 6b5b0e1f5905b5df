package th.tipnet.events;

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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.tipnet.common.Dates;
import th.tipnet.common.Languages;

/**
 * Tells a registrant where they stand, in the language they chose: confirmed (with the QR ticket,
 * the code to type and the calendar file), on the waiting list (with the position), awaiting
 * approval, offered a freed seat (until when, with links to accept or decline it), or moved to the
 * other mode (with the new ticket); always with their private link. Sent after the change commits,
 * from Modulith's durable event log, so a mail server outage delays the message but never loses it.
 * A message whose moment has passed (an offer already answered) is not sent.
 */
@Component
class RegistrationMail {

	private static final Logger log = LoggerFactory.getLogger(RegistrationMail.class);

	private final Registrations registrations;

	private final Events events;

	private final Participants registered;

	private final ObjectProvider<JavaMailSender> mail;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final String baseUrl;

	private final String from;

	private final Dates dates;

	private final java.time.Clock clock;

	private final ConfirmationReceipts receipts;

	RegistrationMail(Registrations registrations, Events events, Participants registered, ObjectProvider<JavaMailSender> mail,
			ITemplateEngine templates, MessageSource messages, Dates dates, th.tipnet.common.PublicUrl site,
			@Value("${tipnet.mail.from:TIPNet <no-reply@tipnet.local>}") String from, java.time.Clock clock,
			ConfirmationReceipts receipts) {
		this.clock = clock;
		this.receipts = receipts;
		this.dates = dates;
		this.registrations = registrations;
		this.events = events;
		this.registered = registered;
		this.mail = mail;
		this.templates = templates;
		this.messages = messages;
		this.baseUrl = site.base();
		this.from = from;
	}

	/** Why a message goes out. */
	enum Kind {

		/** Registered, approved or offer accepted: where they stand now. */
		RECORDED,
		/** The day before. */
		REMINDER,
		/** A freed seat is held for them. */
		OFFER,
		/** They were moved to the other mode: the new ticket. */
		REISSUED,
		/** Someone registered again with their address: their private link, where they stand. */
		LINK,
		/** The event was called off: when it was to be, the organisers' reason. */
		EVENT_CANCELLED;

		boolean stillTrue(RegistrationStatus status) {
			return switch (this) {
				case RECORDED -> status != RegistrationStatus.CANCELLED && status != RegistrationStatus.OFFERED
						&& status != RegistrationStatus.OFFER_EXPIRED;
				case OFFER -> status == RegistrationStatus.OFFERED;
				case REMINDER, REISSUED -> status == RegistrationStatus.CONFIRMED;
				case LINK, EVENT_CANCELLED -> status != RegistrationStatus.CANCELLED && status != RegistrationStatus.OFFER_EXPIRED;
			};
		}
	}

	@ApplicationModuleListener
	void on(RegistrationRecorded recorded) throws Exception {
		send(recorded.registrationId(), Kind.RECORDED);
	}

	@ApplicationModuleListener
	void on(RegistrationReminderDue due) throws Exception {
		send(due.registrationId(), Kind.REMINDER);
	}

	@ApplicationModuleListener
	void on(SeatOffered offered) throws Exception {
		send(offered.registrationId(), Kind.OFFER);
	}

	@ApplicationModuleListener
	void on(TicketReissued reissued) throws Exception {
		send(reissued.registrationId(), Kind.REISSUED);
	}

	@ApplicationModuleListener
	void on(PrivateLinkRequested requested) throws Exception {
		send(requested.registrationId(), Kind.LINK, requested.language());
	}

	@ApplicationModuleListener
	void on(EventCancellationDue due) throws Exception {
		send(due.registrationId(), Kind.EVENT_CANCELLED);
	}

	private void send(java.util.UUID registrationId, Kind kind) throws Exception {
		send(registrationId, kind, null);
	}

	/** In the registrant's language, or in {@code language} when given (the language of the request that asked). */
	private void send(java.util.UUID registrationId, Kind kind, String language) throws Exception {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No mail server configured (spring.mail.host): registration message not sent");
			return;
		}
		Registration r = registrations.findById(registrationId).orElse(null);
		if (r == null || !kind.stillTrue(r.status())) {
			return;
		}
		boolean reminder = kind == Kind.REMINDER;
		Event event = events.findById(r.eventId()).orElseThrow();
		if (event.status() == EventStatus.CANCELLED && kind != Kind.EVENT_CANCELLED) {
			// Tickets and offers for an event called off would only mislead.
			return;
		}
		Locale locale = Languages.supported(language != null ? language : r.language());
		boolean confirmed = r.status() == RegistrationStatus.CONFIRMED && kind != Kind.EVENT_CANCELLED;
		String ticket = confirmed ? registered.ticketOf(r) : null;
		String token = registered.manageTokenOf(r);
		Map<String, Object> model = new java.util.HashMap<>();
		model.put("event", event);
		model.put("registration", r);
		model.put("group", event.group(r.groupCode()).map(g -> g.name(locale)).orElse(r.groupCode()));
		model.put("position", registered.position(r));
		String manageUrl = token == null ? null : baseUrl + "/events/registration/" + token;
		model.put("manageUrl", manageUrl);
		model.put("kind", kind.name());
		model.put("acceptUrl", kind == Kind.OFFER && manageUrl != null ? manageUrl + "?answer=accept#offer" : null);
		model.put("declineUrl", kind == Kind.OFFER && manageUrl != null ? manageUrl + "?answer=decline#offer" : null);
		model.put("offerUntil", r.offerExpiresAt() == null ? null : dates.dateTime(r.offerExpiresAt(), locale));
		model.put("joinUrl", token != null && confirmed && r.mode() == AttendanceMode.ONLINE
				? baseUrl + "/events/registration/" + token + "/join" : null);
		model.put("reminder", reminder);
		model.put("eventUrl", baseUrl + "/events/" + event.slug());
		model.put("day", dates.fullDate(event.startsAt(), locale));
		model.put("from", dates.time(event.startsAt()));
		model.put("until", dates.time(event.endsAt()));
		String html = render(locale, model);
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(r.email());
		String subject = switch (kind) {
			case REMINDER -> "mail.reminder.subject";
			case REISSUED -> "mail.reissued.subject";
			case LINK -> "mail.link.subject";
			case EVENT_CANCELLED -> "mail.eventCancelled.subject";
			default -> "mail.registration.subject." + r.status();
		};
		helper.setSubject(messages.getMessage(subject, new Object[] { event.title(locale) }, locale));
		helper.setText(html, true);
		if (ticket != null) {
			helper.addInline("ticket", new ByteArrayResource(Tickets.qrPng(ticket, 320)), "image/png");
		}
		if (kind != Kind.EVENT_CANCELLED) {
			attachCalendar(helper, event, locale);
		}
		sender.send(message);
		if (kind == Kind.RECORDED) {
			// The private page says the confirmation went out (and when).
			receipts.mailed(r.id(), clock.instant());
		}
	}

	private void attachCalendar(MimeMessageHelper helper, Event event, Locale locale) throws jakarta.mail.MessagingException {
		helper.addAttachment(event.slug() + ".ics",
				new ByteArrayResource(EventCalendar.ics(event, locale, baseUrl + "/events/" + event.slug(), clock.instant())
					.getBytes(StandardCharsets.UTF_8)),
				"text/calendar; charset=UTF-8");
	}

	private String render(Locale locale, Map<String, Object> model) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return templates.process("mail/registration", new Context(locale, model));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}
}
