package th.tipnet.audit.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.AuditEntry;
import th.tipnet.audit.RecordNames;
import th.tipnet.audit.RecordType;
import th.tipnet.common.Dates;

/**
 * Turns stored audit entries into what a person reads: accounts and organisations by name, actions
 * and record types in the reader's language, Bangkok times in the reader's era, and the changes as
 * before/after rows. The names of a page's entries are read at once, one query per record type.
 */
@Component
class ReadableLog {

	private static final String ACCOUNT = "User";

	private static final String ORGANISATION = "Organisation";

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern INSTANT_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

	private final Map<String, RecordNames> names = new HashMap<>();

	private final MessageSource messages;

	private final JsonMapper json;

	private final Dates dates;

	ReadableLog(List<RecordNames> names, MessageSource messages, JsonMapper json, Dates dates) {
		names.forEach(n -> this.names.put(n.type().name(), n));
		this.messages = messages;
		this.json = json;
		this.dates = dates;
	}

	/** One entry as read: every text already in the reader's language. */
	record Entry(AuditEntry stored, String when, String isoWhen, String actor, String actorAccount, String organisation,
			String action, String recordType, String record, List<Change> changes, boolean changesUnreadable) {

		/** The changes on one line, for a spreadsheet cell. */
		String changesLine(String unreadable) {
			if (changesUnreadable) {
				return unreadable;
			}
			List<String> parts = new ArrayList<>();
			for (Change c : changes) {
				parts.add(c.note() ? c.field() + ": " + c.after() : c.field() + ": " + c.before() + " → " + c.after());
			}
			return String.join("; ", parts);
		}
	}

	/**
	 * One changed field (before and after) or one fact about the change ({@code note}, after only).
	 * A personal field says only that it changed.
	 */
	record Change(String field, String before, String after, boolean note, boolean withheld) {
	}

	List<Entry> read(List<AuditEntry> entries, Locale reader) {
		List<ParsedChanges> parsed = entries.stream().map(e -> parse(e.changes())).toList();
		Map<String, Map<UUID, String>> known = namesOf(entries, parsed, reader);
		List<Entry> read = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			read.add(entry(entries.get(i), parsed.get(i), known, reader));
		}
		return read;
	}

	private Entry entry(AuditEntry e, ParsedChanges parsed, Map<String, Map<UUID, String>> known, Locale reader) {
		String actor = actor(e, known, reader);
		String account = e.actorId() == null ? "" : nz(e.actorName());
		String organisation = e.actorOrganisationId() == null ? ""
				: known.getOrDefault(ORGANISATION, Map.of()).getOrDefault(e.actorOrganisationId(),
						msg("audit.name.deletedOrganisation", reader));
		String type = label(new RecordType(orUnknown(e.entityType())).messageKey(), e.entityType(), reader);
		List<Change> changes = new ArrayList<>();
		for (Raw raw : parsed.raws()) {
			changes.add(change(e.entityType(), raw, known, reader));
		}
		return new Entry(e, dates.dateTime(e.occurredAt(), reader), e.occurredAt().atZone(Dates.BANGKOK).toOffsetDateTime().toString(),
				actor, account, organisation, label(AuditAction.messageKey(orUnknown(e.action())), e.action(), reader), type,
				record(e, known, reader), changes, parsed.unreadable());
	}

	private String actor(AuditEntry e, Map<String, Map<UUID, String>> known, Locale reader) {
		if (e.actorId() != null) {
			return known.getOrDefault(ACCOUNT, Map.of()).getOrDefault(e.actorId(), msg("audit.name.deletedAccount", reader));
		}
		String name = nz(e.actorName());
		return switch (name) {
			case "system" -> msg("audit.name.system", reader);
			case "anonymous" -> msg("audit.name.anonymous", reader);
			default -> messages.getMessage("audit.name.unverified", new Object[] { name }, reader);
		};
	}

	/** The record by name where its module names it, else by its type alone (or its code, such as a service type's). */
	private String record(AuditEntry e, Map<String, Map<UUID, String>> known, Locale reader) {
		UUID id = uuid(e.entityId());
		if (e.entityId() == null) {
			return "";
		}
		if (id == null) {
			return e.entityId();
		}
		if (names.containsKey(e.entityType())) {
			String name = known.getOrDefault(e.entityType(), Map.of()).get(id);
			return name != null ? name : msg(ACCOUNT.equals(e.entityType()) ? "audit.name.deletedAccount"
					: ORGANISATION.equals(e.entityType()) ? "audit.name.deletedOrganisation" : "audit.name.deletedRecord", reader);
		}
		return shortReference(id);
	}

	private Change change(String entityType, Raw raw, Map<String, Map<UUID, String>> known, Locale reader) {
		String field = fieldLabel(raw.field(), reader);
		if (AuditFields.withheld(entityType, raw.field())) {
			// One cell, like a note: there is no before or after to show.
			return new Change(field, "", msg(raw.note() ? "audit.change.recorded" : "audit.change.changed", reader), true, true);
		}
		String type = AuditFields.recordTypeOf(raw.field());
		return new Change(field, value(raw.before(), type, known, reader), value(raw.after(), type, known, reader), raw.note(),
				false);
	}

	private String value(String text, String recordType, Map<String, Map<UUID, String>> known, Locale reader) {
		if (text == null || text.isEmpty()) {
			return msg("audit.value.none", reader);
		}
		List<String> elements = elements(text);
		if (elements.isEmpty()) {
			return msg("audit.value.none", reader);
		}
		if (elements.size() != 1 || !elements.get(0).equals(text)) {
			return String.join(", ", elements.stream().map(v -> value(v, recordType, known, reader)).toList());
		}
		if ("true".equals(text) || "false".equals(text)) {
			return msg("audit.value." + text, reader);
		}
		UUID id = uuid(text);
		if (id != null) {
			String name = recordType == null ? null : known.getOrDefault(recordType, Map.of()).get(id);
			if (name != null) {
				return name;
			}
			if (ACCOUNT.equals(recordType)) {
				return msg("audit.name.deletedAccount", reader);
			}
			if (ORGANISATION.equals(recordType)) {
				return msg("audit.name.deletedOrganisation", reader);
			}
			return shortReference(id);
		}
		if (INSTANT_TEXT.matcher(text).matches()) {
			try {
				return dates.dateTime(Instant.parse(text), reader);
			}
			catch (DateTimeParseException e) {
				return text;
			}
		}
		return text;
	}

	/** All ids of the page by record type, then one look-up per type. */
	private Map<String, Map<UUID, String>> namesOf(List<AuditEntry> entries, List<ParsedChanges> parsed, Locale reader) {
		Map<String, Set<UUID>> wanted = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			AuditEntry e = entries.get(i);
			want(wanted, ACCOUNT, e.actorId());
			want(wanted, ORGANISATION, e.actorOrganisationId());
			want(wanted, e.entityType(), uuid(e.entityId()));
			for (Raw raw : parsed.get(i).raws()) {
				String type = AuditFields.recordTypeOf(raw.field());
				if (type != null && !AuditFields.withheld(e.entityType(), raw.field())) {
					for (String value : elements(raw.before())) {
						want(wanted, type, uuid(value));
					}
					for (String value : elements(raw.after())) {
						want(wanted, type, uuid(value));
					}
				}
			}
		}
		Map<String, Map<UUID, String>> known = new HashMap<>();
		wanted.forEach((type, ids) -> known.put(type, names.get(type).names(ids, reader)));
		return known;
	}

	private void want(Map<String, Set<UUID>> wanted, String type, UUID id) {
		if (id != null && type != null && names.containsKey(type)) {
			wanted.computeIfAbsent(type, t -> new HashSet<>()).add(id);
		}
	}

	private record Raw(String field, String before, String after, boolean note) {
	}

	private record ParsedChanges(List<Raw> raws, boolean unreadable) {
	}

	/** A change's fields in the order recorded; an entry cut short when stored (over 8,000 characters) is unreadable. */
	private ParsedChanges parse(String changes) {
		if (changes == null || changes.isBlank()) {
			return new ParsedChanges(List.of(), false);
		}
		JsonNode root;
		try {
			root = json.readTree(changes);
		}
		catch (JacksonException e) {
			return new ParsedChanges(List.of(), true);
		}
		if (!root.isObject()) {
			return new ParsedChanges(List.of(), true);
		}
		List<Raw> raws = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : root.properties()) {
			JsonNode value = field.getValue();
			if (value.isObject() && value.has("from") && value.has("to") && value.size() == 2) {
				raws.add(new Raw(field.getKey(), text(value.get("from")), text(value.get("to")), false));
			}
			else {
				raws.add(new Raw(field.getKey(), null, text(value), true));
			}
		}
		return new ParsedChanges(raws, false);
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.isValueNode() ? node.asString() : node.toString();
	}

	private String fieldLabel(String field, Locale reader) {
		String label = messages.getMessage("audit.field." + field, null, null, reader);
		return label != null ? label : AuditFields.humanised(field);
	}

	private String label(String key, String code, Locale reader) {
		String label = messages.getMessage(key, null, null, reader);
		return label != null ? label : nz(code);
	}

	private String msg(String key, Locale reader) {
		return messages.getMessage(key, null, reader);
	}

	/** An id nobody can name, shortened: enough to compare two entries, not a wall of hex. */
	private static String shortReference(UUID id) {
		return "#" + id.toString().substring(0, 8);
	}

	/** A list as {@code Changes} writes one ({@code [a, b]}) element by element; any other value as itself. */
	private static List<String> elements(String text) {
		if (text == null) {
			return List.of();
		}
		if (text.length() < 2 || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']') {
			return List.of(text);
		}
		String inner = text.substring(1, text.length() - 1).strip();
		return inner.isEmpty() ? List.of() : List.of(inner.split(",\\s*"));
	}

	private static UUID uuid(String text) {
		return text != null && UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null;
	}

	private static String orUnknown(String code) {
		return code == null || code.isBlank() ? "UNKNOWN" : code;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
