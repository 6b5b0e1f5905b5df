package th.tipnet.events;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.Languages;
import th.tipnet.common.PdfPrinter;

/**
 * Name badges (A6, one a page, with the QR ticket) for confirmed onsite participants, and
 * certificates of attendance (A4 landscape, in each participant's language) for those who
 * attended, once the event has started. Many are printed in one document. What goes on them is
 * read in a short transaction; printing (which may wait its turn at the {@link PdfPrinter}) holds
 * no database connection. An organiser's print is audited once it is made: who printed whose
 * event, and how many, never the names.
 */
@Service
public class EventDocuments {

	private final Participants registered;

	private final ITemplateEngine templates;

	private final PdfPrinter printer;

	private final Dates dates;

	private final Attendance attendance;

	private final EventPlanning planning;

	private final AuditTrail audit;

	private final TransactionTemplate reading;

	EventDocuments(Participants registered, ITemplateEngine templates, PdfPrinter printer, Dates dates, Attendance attendance,
			EventPlanning planning, AuditTrail audit, PlatformTransactionManager transactions) {
		this.registered = registered;
		this.templates = templates;
		this.printer = printer;
		this.dates = dates;
		this.attendance = attendance;
		this.planning = planning;
		this.audit = audit;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	public record Badge(String name, String organisation, String group, String code, String qr) {
	}

	public record Certificate(String name, String organisation, String language, String day) {
	}

	/** The badges of every confirmed onsite participant, for the event's organisers. */
	public byte[] badges(UUID eventId, Locale locale) {
		Event event = planning.managed(eventId);
		List<Badge> badges = reading.execute(status -> {
			List<Badge> all = new ArrayList<>();
			for (Registration r : registered.registrations(event.id())) {
				if (r.status() == RegistrationStatus.CONFIRMED && r.mode() == AttendanceMode.ONSITE) {
					String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(Tickets.qrPng(registered.ticketOf(r), 240));
					all.add(new Badge(r.fullName(), r.organisationName(), event.group(r.groupCode()).map(g -> g.name(locale)).orElse(""),
							r.ticketCode(), qr));
				}
			}
			return all;
		});
		if (badges.isEmpty()) {
			throw DomainException.conflict("events.documents.noBadges");
		}
		byte[] pdf = print("documents/badges", locale, Map.of("event", event, "badges", badges, "title", event.title(locale)));
		audit.record("Event", event.id(), "BADGES_PRINTED", Changes.none().note("count", badges.size()));
		return pdf;
	}

	/**
	 * The certificates of everyone who attended, for the event's organisers: refused before the
	 * event starts; those who did not attend are left out.
	 */
	public byte[] certificates(UUID eventId) {
		Event event = planning.managed(eventId);
		attendance.mustHaveStarted(event);
		List<Certificate> certificates = reading.execute(status -> registered.registrations(event.id())
			.stream()
			.filter(Attendance::attended)
			.map(r -> certificate(event, r))
			.toList());
		if (certificates.isEmpty()) {
			throw DomainException.conflict("events.documents.noAttendees");
		}
		byte[] pdf = printCertificates(event, certificates);
		audit.record("Event", event.id(), "CERTIFICATES_PRINTED", Changes.none().note("count", certificates.size()));
		return pdf;
	}

	/** A participant's own certificate (through their private link): only once the event started, and if they attended. */
	public byte[] certificate(Registration r) {
		Event event = planning.byId(r.eventId());
		attendance.certifiable(event, r);
		return printCertificates(event, List.of(certificate(event, r)));
	}

	private Certificate certificate(Event event, Registration r) {
		Locale l = Languages.supported(r.language());
		return new Certificate(r.fullName(), r.organisationName(), l.getLanguage(), dates.fullDate(event.startsAt(), l));
	}

	private byte[] printCertificates(Event event, List<Certificate> certificates) {
		return print("documents/certificates", Languages.THAI,
				Map.of("event", event, "certificates", certificates, "titleTh", event.titleTh(), "titleEn", event.titleEn()));
	}

	private byte[] print(String template, Locale locale, Map<String, Object> model) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		String html;
		try {
			html = templates.process(template, new Context(locale, new HashMap<>(model)));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
		return printer.print(html);
	}
}
