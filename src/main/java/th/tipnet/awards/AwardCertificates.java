package th.tipnet.awards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
import th.tipnet.certificates.Statement;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.Languages;
import th.tipnet.common.PdfPrinter;

/**
 * The winners' certificates, for the secretariat alone: each confirmed winner's certificate in the
 * formal Thai layout (or in English), headed by the round's issuing organisation and signed by its
 * signatory ({@link RoundSigning}), issued through {@link Certificates} so its number can be checked
 * on the public page. Printed again, a certificate keeps its number; when what it states changed
 * (another signatory, a corrected name) the old number is revoked and points to the new one. A
 * certificate is referenced per nomination and language ({@code award:<nomination id>:<th|en>}), so
 * the Thai and the English one stand side by side. What goes on them is read in a short transaction;
 * printing holds no database connection. Every print is audited with its count, never the names.
 */
@Service
class AwardCertificates {

	private final Awards awards;

	private final PrizeWinners winners;

	private final RoundSigning signing;

	private final Certificates certificates;

	private final DirectoryFacts directory;

	private final ITemplateEngine templates;

	private final PdfPrinter printer;

	private final AuditTrail audit;

	private final TransactionTemplate reading;

	AwardCertificates(Awards awards, PrizeWinners winners, RoundSigning signing, Certificates certificates,
			DirectoryFacts directory, ITemplateEngine templates, PdfPrinter printer, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.awards = awards;
		this.winners = winners;
		this.signing = signing;
		this.certificates = certificates;
		this.directory = directory;
		this.templates = templates;
		this.printer = printer;
		this.audit = audit;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** A certificate as printed, in its one language. */
	record Sheet(String language, String issuer, String holder, String detail, String award, String round, String blessing,
			String givenOn, String signatoryName, String signatoryPosition, String number, String qr) {
	}

	/** A printed document and the name it is downloaded under (no personal data in it). */
	record Printed(byte[] content, String fileName) {
	}

	/** One winner's statement and its place in the round, before it is issued. */
	private record Due(PrizeWinner winner, Statement statement, String detail, String award, String round) {
	}

	/** A confirmed winner as the secretariat's page lists them, with links to their certificates. */
	record Listed(UUID nominationId, String category, int place, String winner) {
	}

	/** The round's confirmed winners, by category and place, named in the reader's language (none before confirmation). */
	List<Listed> listed(RoundId id, Locale locale) {
		RoundSigning.requireSecretariat();
		return reading.execute(status -> winners.of(awards.round(id))
			.stream()
			.map(w -> new Listed(w.nomination().value(), w.category().name(locale), w.place(), w.holder(locale)))
			.toList());
	}

	/** One winner's certificate; a nomination that did not win (or is another round's) is a 404. */
	Printed certificate(RoundId id, UUID nominationId, Locale language) {
		RoundSigning.requireSecretariat();
		Locale l = Languages.supported(language.getLanguage());
		Due due = read(id, l).stream()
			.filter(d -> d.winner().nomination().value().equals(nominationId))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("award winner"));
		Sheet sheet = issue(due);
		byte[] pdf = print(List.of(sheet), l);
		audit.record(AwardsAudit.ROUND, id.value(), AwardsAudit.AWARD_CERTIFICATES_PRINTED,
				Changes.none().note("count", 1).note("language", l.getLanguage()).note("nominationId", nominationId));
		return new Printed(pdf, "certificate-" + sheet.number() + ".pdf");
	}

	/**
	 * Every winner's certificate, each its own PDF, in one ZIP: as many as the round has confirmed
	 * winners, never more than its categories' quotas together.
	 */
	Printed all(RoundId id, Locale language) {
		RoundSigning.requireSecretariat();
		Locale l = Languages.supported(language.getLanguage());
		List<Due> due = read(id, l);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			for (Due d : due) {
				Sheet sheet = issue(d);
				byte[] pdf = print(List.of(sheet), l);
				out.putNextEntry(new ZipEntry(d.winner().category().code() + "-" + d.winner().place() + "-" + sheet.number() + ".pdf"));
				out.write(pdf);
				out.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int yearBe = reading.execute(status -> awards.round(id).yearBe());
		audit.record(AwardsAudit.ROUND, id.value(), AwardsAudit.AWARD_CERTIFICATES_PRINTED,
				Changes.none().note("count", due.size()).note("language", l.getLanguage()));
		return new Printed(zip.toByteArray(), "award-certificates-" + yearBe + "-" + l.getLanguage() + ".zip");
	}

	/**
	 * The number of each winner's certificate in this language, issued now where none holds yet, or
	 * nothing while the round's issuer or signatory is not named: for the prize list.
	 */
	Map<NominationId, CertificateNumber> numbers(AwardRound round, List<PrizeWinner> confirmed, Locale language) {
		RoundSigning.Signing named = signing.current(round.id());
		Map<NominationId, CertificateNumber> numbers = new HashMap<>();
		if (!named.complete()) {
			return numbers;
		}
		for (PrizeWinner w : confirmed) {
			numbers.put(w.nomination(), certificates.issue(due(round, w, named, language).statement()));
		}
		return numbers;
	}

	/** What each winner's certificate states, read in one short transaction; 409 until the round can print them. */
	private List<Due> read(RoundId id, Locale language) {
		return reading.execute(status -> {
			AwardRound round = awards.round(id);
			RoundSigning.Signing named = signing.current(id);
			if (!named.complete()) {
				throw DomainException.conflict("awards.certificates.unsigned");
			}
			List<PrizeWinner> confirmed = winners.of(round);
			if (confirmed.isEmpty()) {
				throw DomainException.conflict("awards.certificates.noWinners");
			}
			return confirmed.stream().map(w -> due(round, w, named, language)).toList();
		});
	}

	private Due due(AwardRound round, PrizeWinner w, RoundSigning.Signing named, Locale l) {
		boolean thai = !"en".equals(l.getLanguage());
		String category = w.category().name(l);
		String award = thai ? "รางวัล" + category + " ลำดับที่ " + w.place() : category + " award, place " + w.place();
		String title = round.title(l);
		String year = String.valueOf(round.year(l));
		String roundLine = title.contains(year) ? title : title + (thai ? " ประจำปี พ.ศ. " : " ") + year;
		if (thai) {
			award = Certificates.thaiDigits(award);
			roundLine = Certificates.thaiDigits(roundLine);
		}
		String holder = w.holder(l);
		String detail = w.kind() == NomineeKind.PERSON
				? joined(w.winner().personPosition(), directory.organisationName(w.organisationId(), l)) : null;
		Statement statement = new Statement("award:" + w.nomination() + ":" + l.getLanguage(), CertificateKind.AWARD, l, holder,
				award + " · " + roundLine, named.issuer().name(l), named.signatory(), givenOn(round));
		return new Due(w, statement, detail, award, roundLine);
	}

	/** Certificates are dated the day the results are announced, in Bangkok. */
	private static LocalDate givenOn(AwardRound round) {
		return round.windows().announcement().atZone(Dates.BANGKOK).toLocalDate();
	}

	private Sheet issue(Due d) {
		Statement s = d.statement();
		CertificateNumber number = certificates.issue(s);
		boolean thai = !"en".equals(s.language().getLanguage());
		return new Sheet(s.language().getLanguage(), s.issuer(), s.holder(), d.detail(), d.award(), d.round(),
				thai ? "ขอให้มีความสุข ความเจริญ สืบไป" : "With congratulations and best wishes",
				Certificates.givenOn(s.issuedOn(), s.language()), s.signatoryName(), s.signatoryPosition(), number.value(),
				certificates.qrCode(number));
	}

	private byte[] print(List<Sheet> sheets, Locale language) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(language);
		String html;
		try {
			html = templates.process("documents/award-certificates",
					new Context(language, new HashMap<>(Map.of("sheets", sheets, "language", language.getLanguage()))));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
		return printer.print(html);
	}

	private static String joined(String position, String organisation) {
		if (position == null || position.isBlank()) {
			return organisation;
		}
		return organisation == null || organisation.isBlank() ? position : position + " " + organisation;
	}
}
