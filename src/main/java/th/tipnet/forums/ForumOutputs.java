package th.tipnet.forums;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Dates;
import th.tipnet.common.PdfPrinter;
import th.tipnet.common.web.Downloads;
import th.tipnet.directory.Directory;

/**
 * A forum's outputs for members of the network (issue 16 item 5): its minutes as a PDF in Thai (printed by
 * {@link PdfPrinter} in Sarabun, so vowels and tone marks sit where they belong and the text stays extractable),
 * and the action list as XLSX, of one forum or as the list of actions across forums is filtered ({@link Downloads}
 * keeps every cell inert: a spreadsheet never runs a value typed as a formula). What goes into them is read in a
 * short transaction; printing holds no database connection. Each print is audited.
 */
@Service
class ForumOutputs {

	/** The minutes are the network's record in Thai, whatever the reader's language. */
	static final Locale THAI = Locale.forLanguageTag("th");

	private final ForumRecords records;

	private final FollowUps followUps;

	private final Directory directory;

	private final ITemplateEngine templates;

	private final PdfPrinter printer;

	private final Dates dates;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final TransactionTemplate reading;

	ForumOutputs(ForumRecords records, FollowUps followUps, Directory directory, ITemplateEngine templates, PdfPrinter printer,
			Dates dates, MessageSource messages, AuditTrail audit, PlatformTransactionManager transactions) {
		this.records = records;
		this.followUps = followUps;
		this.directory = directory;
		this.templates = templates;
		this.printer = printer;
		this.dates = dates;
		this.messages = messages;
		this.audit = audit;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** The minutes as printed: every text already in Thai, dates in the Buddhist era. */
	record Minutes(String title, String date, String place, String chair, List<SectorPresent> present, String agenda,
			String minutes, List<SectorInputs> inputs, List<ActionLine> actions, String printedOn) {
	}

	record SectorPresent(String sector, List<String> organisations) {
	}

	record SectorInputs(String sector, List<InputLine> inputs) {
	}

	record InputLine(String theme, String kind, String who, String text, String provinces) {
	}

	record ActionLine(String what, String on, String owner, String dueOn, String status, int progress) {
	}

	/** The forum's minutes as a PDF in Thai, for any signed-in member; audited. */
	byte[] minutesPdf(UUID forumId) {
		Minutes minutes = reading.execute(status -> minutes(records.get(forumId)));
		String html = withLocale(THAI, () -> templates.process("documents/forum-minutes",
				new Context(THAI, new HashMap<>(Map.of("m", minutes)))));
		byte[] pdf = printer.print(html);
		audit.record(ForumsAudit.FORUM, forumId, ForumsAudit.FORUM_MINUTES_PRINTED, Changes.none().note("bytes", pdf.length));
		return pdf;
	}

	/** One forum's actions as XLSX, in the reader's language. */
	byte[] forumActionsXlsx(UUID forumId, Locale locale) {
		List<FollowUps.Followed> list = reading.execute(status -> followUps.ofForum(forumId));
		byte[] xlsx = actionsXlsx(list, locale);
		audit.record(ForumsAudit.FORUM, forumId, ForumsAudit.FORUM_ACTIONS_EXPORTED, Changes.none().note("rows", list.size()));
		return xlsx;
	}

	/** The actions across forums, filtered as the list and the API filter them, as XLSX. */
	byte[] actionsXlsx(FollowUps.Filter filter, Locale locale) {
		List<FollowUps.Followed> list = reading.execute(status -> followUps.list(filter));
		byte[] xlsx = actionsXlsx(list, locale);
		audit.record(ForumsAudit.FORUM_ACTION, null, ForumsAudit.FORUM_ACTIONS_EXPORTED, Changes.none()
			.note("owner", filter.owner())
			.note("status", filter.status())
			.note("theme", filter.theme())
			.note("overdue", filter.overdue())
			.note("rows", list.size()));
		return xlsx;
	}

	/** The columns of the action list, in order. */
	static final List<String> COLUMNS = List.of("forums.outputs.xlsx.forum", "forums.outputs.xlsx.forumDate", "forums.kind",
			"forums.theme", "forums.outputs.xlsx.raised", "forums.action.what", "forums.action.owner", "forums.action.dueOn",
			"forums.action.status", "forums.outputs.xlsx.progress", "forums.outputs.xlsx.overdue", "forums.action.reason");

	private byte[] actionsXlsx(List<FollowUps.Followed> list, Locale locale) {
		Map<UUID, ForumRecords.EventFacts> events = new HashMap<>();
		Map<UUID, String> owners = new HashMap<>();
		List<List<Object>> rows = new ArrayList<>();
		for (FollowUps.Followed f : list) {
			ForumAction a = f.action();
			ForumRecords.EventFacts event = events.computeIfAbsent(a.forumId(), id -> records.eventFacts(records.get(id)));
			String owner = owners.computeIfAbsent(a.ownerOrganisationId(), id -> records.organisationName(id, locale));
			List<Object> row = new ArrayList<>();
			row.add(event.title(locale));
			row.add(dates.date(event.startsAt(), locale));
			row.add(message("forums.kind." + f.input().kind(), locale));
			row.add(message("forums.theme." + f.input().theme(), locale));
			row.add(f.input().text());
			row.add(a.what());
			row.add(owner);
			row.add(dates.date(a.dueOn(), locale));
			row.add(message("forums.status." + a.status(), locale));
			row.add(a.progress());
			row.add(message(f.overdue() ? "forums.outputs.yes" : "forums.outputs.no", locale));
			row.add(a.dropReason());
			rows.add(row);
		}
		List<String> header = COLUMNS.stream().map(k -> message(k, locale)).toList();
		return Downloads.xlsx(message("forums.outputs.xlsx.sheet", locale), header, rows);
	}

	private Minutes minutes(Forum forum) {
		ForumRecords.EventFacts event = records.eventFacts(forum);
		Collator order = Collator.getInstance(THAI);
		Map<String, List<String>> bySector = new LinkedHashMap<>();
		forum.participants()
			.stream()
			.sorted(Comparator.comparing(Participant::sector))
			.forEach(p -> bySector.computeIfAbsent(p.sector(), s -> new ArrayList<>()).add(records.organisationName(p.organisationId(), THAI)));
		List<SectorPresent> present = bySector.entrySet()
			.stream()
			.map(e -> new SectorPresent(message("sector." + e.getKey(), THAI), e.getValue().stream().sorted(order).toList()))
			.toList();
		Map<String, String> provinceNames = ForumPages.provinceNames(directory, THAI);
		Map<String, List<InputLine>> inputs = new LinkedHashMap<>();
		records.inputs(forum.id())
			.stream()
			.sorted(Comparator.comparing(ForumInput::sector).thenComparing(ForumInput::theme))
			.forEach(i -> inputs.computeIfAbsent(i.sector(), s -> new ArrayList<>()).add(inputLine(i, provinceNames)));
		List<SectorInputs> raised = inputs.entrySet()
			.stream()
			.map(e -> new SectorInputs(message("sector." + e.getKey(), THAI), e.getValue()))
			.toList();
		List<ActionLine> actions = followUps.ofForum(forum.id())
			.stream()
			.map(f -> new ActionLine(f.action().what(), f.input().text(), records.organisationName(f.action().ownerOrganisationId(), THAI),
					dates.fullDate(f.action().dueOn(), THAI), message("forums.status." + f.action().status(), THAI),
					f.action().progress()))
			.toList();
		return new Minutes(event.title(THAI), dates.fullDate(event.startsAt(), THAI), event.place(),
				forum.chairName() == null ? message("forums.noChair", THAI) : forum.chairName(), present, forum.agenda(),
				forum.minutes(), raised, actions, dates.fullDate(followUps.today(), THAI));
	}

	private InputLine inputLine(ForumInput i, Map<String, String> provinceNames) {
		String provinces = i.provinces().isEmpty() ? message("forums.wholeCountry", THAI)
				: i.provinces().stream().sorted().map(c -> provinceNames.getOrDefault(c, c)).collect(Collectors.joining(", "));
		String who = i.organisationId() == null ? "" : records.organisationName(i.organisationId(), THAI);
		return new InputLine(message("forums.theme." + i.theme(), THAI), message("forums.kind." + i.kind(), THAI), who, i.text(),
				provinces);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static <T> T withLocale(Locale locale, java.util.function.Supplier<T> work) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return work.get();
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}
}
