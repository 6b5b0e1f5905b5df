package th.tipnet.events;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.Languages;
import th.tipnet.common.PdfPrinter;

/**
 * Name badges (A6, one a page, with the QR ticket) for confirmed onsite participants, and
 * certificates of attendance (A4 landscape, in each participant's language) for those checked in.
 * Many are printed in one document: one Chromium run per batch.
 */
@Service
public class EventDocuments {

	private final Registrar registrar;

	private final ITemplateEngine templates;

	private final PdfPrinter printer;

	private final Dates dates;

	EventDocuments(Registrar registrar, ITemplateEngine templates, PdfPrinter printer, Dates dates) {
		this.registrar = registrar;
		this.templates = templates;
		this.printer = printer;
		this.dates = dates;
	}

	public record Badge(String name, String organisation, String group, String code, String qr) {
	}

	public record Certificate(String name, String organisation, String language, String day) {
	}

	@Transactional(readOnly = true)
	public byte[] badges(Event event, Locale locale) {
		List<Badge> badges = new ArrayList<>();
		for (Registration r : registrar.registrations(event.id())) {
			if (r.status() == RegistrationStatus.CONFIRMED && r.mode() == AttendanceMode.ONSITE) {
				String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(Tickets.qrPng(registrar.ticketOf(r), 240));
				badges.add(new Badge(r.fullName(), r.organisationName(), event.group(r.groupCode()).map(g -> g.name(locale)).orElse(""),
						r.ticketCode(), qr));
			}
		}
		if (badges.isEmpty()) {
			throw DomainException.conflict("events.documents.noBadges");
		}
		return print("documents/badges", locale, Map.of("event", event, "badges", badges, "title", event.title(locale)));
	}

	@Transactional(readOnly = true)
	public byte[] certificates(Event event, List<Registration> attendees) {
		List<Certificate> certificates = new ArrayList<>();
		for (Registration r : attendees) {
			if (r.checkedInAt() != null) {
				Locale l = Languages.supported(r.language());
				certificates.add(new Certificate(r.fullName(), r.organisationName(), l.getLanguage(), dates.fullDate(event.startsAt(), l)));
			}
		}
		if (certificates.isEmpty()) {
			throw DomainException.conflict("events.documents.noAttendees");
		}
		return print("documents/certificates", Languages.THAI,
				Map.of("event", event, "certificates", certificates, "titleTh", event.titleTh(), "titleEn", event.titleEn()));
	}

	private byte[] print(String template, Locale locale, Map<String, Object> model) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return printer.print(templates.process(template, new Context(locale, new HashMap<>(model))));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}
}
