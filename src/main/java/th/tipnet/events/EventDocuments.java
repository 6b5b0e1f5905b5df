package th.tipnet.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.certificates.CertificateKind;
import th.tipnet.certificates.CertificateNumber;
import th.tipnet.certificates.Certificates;
import th.tipnet.certificates.Signatory;
import th.tipnet.certificates.Statement;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.Languages;
import th.tipnet.common.PdfPrinter;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;

/**
 * Name badges (A6 size, four to an A4 sheet with cut marks, with the QR ticket) for confirmed onsite
 * participants, and certificates of attendance (A4 landscape, in each participant's language, each
 * issued through {@link Certificates} so its number can be checked) for those who attended, once the
 * event has started. Many are printed in one document. What goes on them is
 * read in a short transaction; printing (which may wait its turn at the {@link PdfPrinter}) holds
 * no database connection. An organiser's print is audited once it is made: who printed whose
 * event, and how many, never the names.
 */
@Service
public class EventDocuments {

	private static final int BADGES_PER_SHEET = 4;

	private final Participants registered;

	private final ITemplateEngine templates;

	private final PdfPrinter printer;

	private final Dates dates;

	private final Attendance attendance;

	private final EventPlanning planning;

	private final AuditTrail audit;

	private final TransactionTemplate reading;

	private final Certificates certificates;

	private final CertificateSignatories signatories;

	private final Directory directory;

	EventDocuments(Participants registered, ITemplateEngine templates, PdfPrinter printer, Dates dates, Attendance attendance,
			EventPlanning planning, AuditTrail audit, PlatformTransactionManager transactions, Certificates certificates,
			CertificateSignatories signatories, Directory directory) {
		this.certificates = certificates;
		this.signatories = signatories;
		this.directory = directory;
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

	/**
	 * A certificate as printed: to whom, in which language, for which day of the event, what it
	 * states (title, issuing organisation, signatory if one is named, "given on"), and its number with
	 * the QR code leading to its public check.
	 */
	public record Certificate(String name, String organisation, String language, String day, String title, String issuer,
			String signatoryName, String signatoryPosition, String givenOn, String number, String qr) {
	}

	/** An attendee as read for a certificate, so issuing and printing happen after the reading transaction. */
	private record Attendee(UUID registrationId, String name, String organisation, Locale language) {
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
		byte[] pdf = print("documents/badges", locale, Map.of("event", event, "sheets", sheets(badges), "title", event.title(locale)));
		audit.record(EventsAudit.EVENT, event.id(), EventsAudit.BADGES_PRINTED, Changes.none().note("count", badges.size()));
		return pdf;
	}

	/** The badges four to an A4 sheet, in the order of the list. */
	private static List<List<Badge>> sheets(List<Badge> badges) {
		List<List<Badge>> sheets = new ArrayList<>();
		for (int i = 0; i < badges.size(); i += BADGES_PER_SHEET) {
			sheets.add(badges.subList(i, Math.min(badges.size(), i + BADGES_PER_SHEET)));
		}
		return sheets;
	}

	/**
	 * The certificates of everyone who attended, for the event's organisers: refused before the
	 * event starts; those who did not attend are left out.
	 */
	public byte[] certificates(UUID eventId) {
		Event event = planning.managed(eventId);
		attendance.mustHaveStarted(event);
		List<Attendee> attendees = reading.execute(status -> registered.registrations(event.id())
			.stream()
			.filter(Attendance::attended)
			.map(EventDocuments::attendee)
			.toList());
		if (attendees.isEmpty()) {
			throw DomainException.conflict("events.documents.noAttendees");
		}
		List<Certificate> certificates = issue(event, attendees);
		byte[] pdf = printCertificates(event, certificates);
		audit.record(EventsAudit.EVENT, event.id(), EventsAudit.CERTIFICATES_PRINTED, Changes.none().note("count", certificates.size()));
		return pdf;
	}

	/** A participant's own certificate (through their private link): only once the event started, and if they attended. */
	public byte[] certificate(Registration r) {
		Event event = planning.byId(r.eventId());
		attendance.certifiable(event, r);
		return printCertificates(event, issue(event, List.of(attendee(r))));
	}

	private static Attendee attendee(Registration r) {
		return new Attendee(r.id(), r.fullName(), r.organisationName(), Languages.supported(r.language()));
	}

	/**
	 * Has each attendee's certificate issued (the same number as before unless what it states changed:
	 * a corrected name, another signatory) by the event's organiser, signed by whom the organisers named,
	 * given on the event's last day.
	 */
	private List<Certificate> issue(Event event, List<Attendee> attendees) {
		Signatory signatory = signatories.of(event.id()).orElse(null);
		Optional<OrganisationSummary> organiser = directory.summary(OrganisationId.of(event.ownerOrganisationId()));
		LocalDate givenOn = event.endsAt().atZone(Dates.BANGKOK).toLocalDate();
		List<Certificate> issued = new ArrayList<>(attendees.size());
		for (Attendee a : attendees) {
			Locale l = a.language();
			String issuer = organiser.map(o -> o.name(l)).orElse("TIPNet");
			Statement statement = new Statement("event-attendance:" + a.registrationId(), CertificateKind.ATTENDANCE, l, a.name(),
					event.title(l), issuer, signatory, givenOn);
			CertificateNumber number = certificates.issue(statement);
			issued.add(new Certificate(a.name(), a.organisation(), l.getLanguage(), dates.fullDate(event.startsAt(), l),
					statement.title(), issuer, statement.signatoryName(), statement.signatoryPosition(),
					Certificates.givenOn(givenOn, l), number.value(), certificates.qrCode(number)));
		}
		return issued;
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
