package th.tipnet.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

import th.tipnet.common.Languages;

/**
 * Names records of one type for the audit log's readers, so the log shows "Mirror Foundation"
 * where it stored an organisation's id. Implemented by the module that owns the records: identity,
 * directory, cases and events depend on the audit module, so it cannot ask them directly. A name is
 * only what any reader of the log may see: an account's display name, an organisation's name, a
 * case's number, an event's title, never a person's data.
 */
public interface RecordNames {

	/** The type whose ids this names, as recorded in the log's entity type. */
	RecordType type();

	/**
	 * The names of those ids it knows, in the reader's language, in one query; ids it does not know
	 * (deleted) are left out.
	 */
	Map<UUID, String> names(Collection<UUID> ids, Locale reader);

	/**
	 * Names of {@code type} read by {@code sql}, which selects {@code id}, {@code name_th} and
	 * {@code name_en} for the ids in {@code :ids}: the usual implementation.
	 */
	static RecordNames of(RecordType recordType, NamedParameterJdbcOperations jdbc, String sql) {
		return new RecordNames() {

			@Override
			public RecordType type() {
				return recordType;
			}

			@Override
			public Map<UUID, String> names(Collection<UUID> ids, Locale reader) {
				return select(jdbc, sql, ids, reader);
			}
		};
	}

	/**
	 * Runs {@code sql}, which selects {@code id}, {@code name_th} and {@code name_en} for the ids in
	 * {@code :ids}, and keeps each row's name in the reader's language.
	 */
	static Map<UUID, String> select(NamedParameterJdbcOperations jdbc, String sql, Collection<UUID> ids, Locale reader) {
		Map<UUID, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.query(sql, Map.of("ids", List.copyOf(ids)), rs -> {
			names.put(rs.getObject("id", UUID.class), Languages.pick(reader, rs.getString("name_th"), rs.getString("name_en")));
		});
		return names;
	}
}
