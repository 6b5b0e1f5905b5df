package th.tipnet.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import th.tipnet.audit.AuditEntry;
import th.tipnet.audit.AuditQuery;
import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.web.Downloads;

/**
 * The log as the page filters it, as CSV or XLSX: the page's names, labels in the reader's
 * language and Bangkok times in the reader's era, newest first, at most {@value #MAX_ROWS} rows.
 * Spreadsheet formulas stay inert ({@link Downloads}). Each export is itself audited.
 */
@Controller
class AuditExports {

	static final int MAX_ROWS = 10_000;

	private static final int BATCH = 500;

	private static final List<String> COLUMNS = List.of("audit.export.seq", "audit.when", "audit.export.isoTime", "audit.actor",
			"audit.export.account", "audit.organisation", "audit.action", "audit.export.actionCode", "audit.entity",
			"audit.record", "audit.changes", "audit.address", "audit.requestId");

	private final AuditTrail audit;

	private final ReadableLog readable;

	private final MessageSource messages;

	AuditExports(AuditTrail audit, ReadableLog readable, MessageSource messages) {
		this.audit = audit;
		this.readable = readable;
		this.messages = messages;
	}

	/** The page's filters, as its download links carry them. */
	record Filter(@Size(max = 64) String actor, @Size(max = 60) String entityType, @Size(max = 60) String action,
			@Size(max = 20) String from, @Size(max = 20) String to) {

		AuditQuery query() {
			return new AuditQuery(actor, entityType, action, date("from", from), date("to", to));
		}
	}

	@GetMapping("/admin/audit/export.csv")
	ResponseEntity<byte[]> csv(@Valid Filter filter, Locale locale) {
		List<List<Object>> rows = rows(filter.query(), locale, "CSV");
		return Downloads.attachment(Downloads.csv(header(locale), rows), fileName("csv"), Downloads.CSV);
	}

	@GetMapping("/admin/audit/export.xlsx")
	ResponseEntity<byte[]> xlsx(@Valid Filter filter, Locale locale) {
		List<List<Object>> rows = rows(filter.query(), locale, "XLSX");
		return Downloads.attachment(Downloads.xlsx(messages.getMessage("audit.title", null, locale), header(locale), rows),
				fileName("xlsx"), Downloads.XLSX);
	}

	/** A date typed in either era or ISO; one that cannot be read is refused, naming its field. */
	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Dates.read(text)
			.map(Dates.Typed::date)
			.orElseThrow(() -> new DomainException(HttpStatus.BAD_REQUEST, "common.date.unreadable", field));
	}

	private List<List<Object>> rows(AuditQuery query, Locale locale, String format) {
		String unreadable = messages.getMessage("audit.changes.unreadable", null, locale);
		List<List<Object>> rows = new ArrayList<>();
		for (int page = 0; rows.size() < MAX_ROWS; page++) {
			var found = audit.find(query, page, BATCH);
			for (ReadableLog.Entry e : readable.read(found.getContent(), locale)) {
				if (rows.size() < MAX_ROWS) {
					rows.add(row(e, unreadable));
				}
			}
			if (!found.hasNext()) {
				break;
			}
		}
		audit.record(SelfAudit.AUDIT_LOG, null, SelfAudit.AUDIT_EXPORTED, Changes.none().note("count", rows.size()).note("format", format));
		return rows;
	}

	private static List<Object> row(ReadableLog.Entry e, String unreadable) {
		AuditEntry s = e.stored();
		return Arrays.asList(s.seq() == null ? "" : s.seq(), e.when(), e.isoWhen(), e.actor(), e.actorAccount(),
				e.organisation(), e.action(), s.action(), e.recordType(), e.record(), e.changesLine(unreadable),
				s.clientAddress(), s.requestId());
	}

	private List<String> header(Locale locale) {
		return COLUMNS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
	}

	private static String fileName(String extension) {
		return "tipnet-audit-" + LocalDate.now(Dates.BANGKOK) + "." + extension;
	}
}
