package th.tipnet.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.certificates.CertificateNumber;
import th.tipnet.common.DomainException;
import th.tipnet.common.Languages;
import th.tipnet.common.web.Downloads;

/**
 * The prize list for the finance office, as XLSX: one row per confirmed winner, by category and
 * place, with the winner, their organisation and province, whether a plaque goes with the award, the
 * prize money in baht (a number cell) and the number of the winner's Thai certificate (empty while
 * the round's issuer or signatory is not named). Names typed by nominators go in as text cells, which
 * spreadsheets never evaluate ({@link Downloads#xlsx}). The secretariat's alone, audited with its count.
 */
@Service
class PrizeList {

	private final Awards awards;

	private final PrizeWinners winners;

	private final AwardCertificates certificates;

	private final DirectoryFacts directory;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final TransactionTemplate reading;

	PrizeList(Awards awards, PrizeWinners winners, AwardCertificates certificates, DirectoryFacts directory,
			MessageSource messages, AuditTrail audit, PlatformTransactionManager transactions) {
		this.awards = awards;
		this.winners = winners;
		this.certificates = certificates;
		this.directory = directory;
		this.messages = messages;
		this.audit = audit;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	private record Confirmed(AwardRound round, List<PrizeWinner> winners) {
	}

	AwardCertificates.Printed xlsx(RoundId id, Locale locale) {
		RoundSigning.requireSecretariat();
		Confirmed c = reading.execute(status -> {
			AwardRound round = awards.round(id);
			return new Confirmed(round, winners.of(round));
		});
		if (c.winners().isEmpty()) {
			throw DomainException.conflict("awards.certificates.noWinners");
		}
		Map<NominationId, CertificateNumber> numbers = certificates.numbers(c.round(), c.winners(), Languages.THAI);
		List<List<Object>> rows = new ArrayList<>();
		c.winners().forEach(w -> rows.add(row(w, numbers.get(w.nomination()), locale)));
		List<String> header = List.of("category", "place", "winner", "organisation", "province", "plaque", "amount", "certificate")
			.stream()
			.map(column -> text("awards.prizeList." + column, locale))
			.toList();
		byte[] xlsx = Downloads.xlsx(text("awards.prizeList.sheet", locale), header, rows);
		audit.record(AwardsAudit.ROUND, id.value(), AwardsAudit.AWARD_PRIZE_LIST_DOWNLOADED, Changes.none().note("count", rows.size()));
		return new AwardCertificates.Printed(xlsx, "prize-list-" + c.round().yearBe() + ".xlsx");
	}

	private List<Object> row(PrizeWinner w, CertificateNumber number, Locale locale) {
		List<Object> row = new ArrayList<>();
		row.add(w.category().name(locale));
		row.add(w.place());
		row.add(w.holder(locale));
		row.add(directory.organisationName(w.organisationId(), locale));
		row.add(province(w, locale));
		row.add(text(w.category().plaque() ? "awards.prizeList.yes" : "awards.prizeList.no", locale));
		row.add(w.category().prizeBaht());
		row.add(number == null ? "" : number.value());
		return row;
	}

	/** The winner's province; for an organisation, the provinces it works in (none named: nationwide). */
	private String province(PrizeWinner w, Locale locale) {
		if (w.provinceCode() != null) {
			return directory.provinceName(w.provinceCode(), locale);
		}
		if (w.organisationId() == null) {
			return "";
		}
		return directory.ties(w.organisationId())
			.map(t -> t.provinces().stream().map(code -> directory.provinceName(code, locale)).sorted().collect(Collectors.joining(", ")))
			.orElse("");
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
