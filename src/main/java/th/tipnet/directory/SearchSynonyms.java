package th.tipnet.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * The synonym list of the directory search: everyday and short names for formal ones (สถานทูต =
 * สถานเอกอัครราชทูต, ตม. = ตรวจคนเข้าเมือง, IOM = องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน), seeded
 * from {@code reference/search-synonyms.txt} and kept in the database, where network coordinators
 * extend and edit it. A query is segmented by the {@code thai} analyzer and run through Lucene's
 * {@link SynonymGraphFilter}; every path of the resulting token graph is one wording the search also
 * looks for. Expanding the query (not the index) means a change applies to the next search, without a
 * reindex or a restart, and the same on the Lucene and Elasticsearch backends.
 */
@Service
class SearchSynonyms {

	private static final Logger log = LoggerFactory.getLogger(SearchSynonyms.class);

	static final int MAX_TERMS = 20;

	static final int MAX_TERM = 100;

	/** Other wordings a query is also searched with: a query whose every word has synonyms stays bounded. */
	static final int MAX_WORDINGS = 24;

	/** Letters (any script, with their marks), digits, spaces and . & ' - inside. No commas: they separate terms. */
	private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} .&'\\-]*");

	/** How long another instance's change may go unseen here (this instance's own apply at once). */
	private static final Duration RECHECK = Duration.ofSeconds(10);

	private final SynonymGroups groups;

	private final AuditTrail audit;

	private final Clock clock;

	private final Analyzer words = ThaiAnalysis.words();

	private volatile Compiled compiled;

	SearchSynonyms(SynonymGroups groups, AuditTrail audit, Clock clock) {
		this.groups = groups;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SynonymGroup> list() {
		return groups.findAllByOrderByTerms();
	}

	@Transactional(readOnly = true)
	public SynonymGroup get(UUID id) {
		return groups.findById(id).orElseThrow(() -> DomainException.notFound("synonyms"));
	}

	@Transactional
	public SynonymGroup add(List<String> terms) {
		requireCoordinator();
		List<String> checked = checked(terms);
		SynonymGroup group = groups.save(new SynonymGroup(checked, clock.instant()));
		audit.record(DirectoryAudit.SYNONYM_GROUP, group.id().toString(), DirectoryAudit.SEARCH_SYNONYMS_ADDED,
				Changes.none().field("terms", null, group.line()));
		applyAfterCommit();
		return group;
	}

	@Transactional
	public SynonymGroup change(UUID id, long version, List<String> terms) {
		requireCoordinator();
		SynonymGroup group = current(id, version);
		List<String> checked = checked(terms);
		String before = group.line();
		group.change(checked, clock.instant());
		groups.save(group);
		audit.record(DirectoryAudit.SYNONYM_GROUP, id.toString(), DirectoryAudit.SEARCH_SYNONYMS_CHANGED, Changes.none().field("terms", before, group.line()));
		applyAfterCommit();
		return group;
	}

	@Transactional
	public void remove(UUID id, long version) {
		requireCoordinator();
		SynonymGroup group = current(id, version);
		groups.delete(group);
		audit.record(DirectoryAudit.SYNONYM_GROUP, id.toString(), DirectoryAudit.SEARCH_SYNONYMS_REMOVED, Changes.none().field("terms", group.line(), null));
		applyAfterCommit();
	}

	private SynonymGroup current(UUID id, long version) {
		SynonymGroup group = groups.findById(id).orElseThrow(() -> DomainException.notFound("synonyms"));
		DomainException.requireVersion(group.version(), version);
		return group;
	}

	/** Terms stripped, lower-cased duplicates refused, each one something the search can segment. */
	private List<String> checked(List<String> terms) {
		List<String> clean = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String problem = null;
		for (String term : terms == null ? List.<String>of() : terms) {
			String t = term == null ? "" : term.strip().replaceAll("\\s+", " ");
			if (t.isEmpty()) {
				continue;
			}
			if (t.length() > MAX_TERM) {
				problem = "directory.synonyms.termTooLong";
			}
			else if (!TERM.matcher(t).matches() || tokens(t).isEmpty()) {
				problem = "directory.synonyms.termFormat";
			}
			else if (!seen.add(t.toLowerCase(Locale.ROOT))) {
				problem = "directory.synonyms.duplicate";
			}
			clean.add(t);
		}
		if (problem == null && (clean.size() < 2 || clean.size() > MAX_TERMS)) {
			problem = "directory.synonyms.count";
		}
		if (problem != null) {
			throw new InvalidInput(List.of(new Violation("terms", problem, 2, MAX_TERMS, MAX_TERM)));
		}
		return clean;
	}

	// --- seeding ---

	/** A new installation (or one whose list was emptied) starts from the network's usual names. */
	@EventListener
	@Order(1)
	@Transactional
	public void on(ReferenceDataLoaded loaded) {
		if (groups.count() > 0) {
			return;
		}
		Instant now = clock.instant();
		List<List<String>> seed = seed();
		seed.forEach(terms -> groups.save(new SynonymGroup(terms, now)));
		log.info("Search synonyms seeded: {} groups", seed.size());
		applyAfterCommit();
	}

	static List<List<String>> seed() {
		List<List<String>> seed = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource("reference/search-synonyms.txt").getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					seed.add(List.of(line.strip().split("\\s*,\\s*")));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return seed;
	}

	// --- expansion ---

	/**
	 * A query as the search looks for it: its words as the {@code thai} analyzer segments them, separated
	 * by spaces, and the other wordings the synonym list gives, in the same form.
	 */
	Wordings wordings(String query) {
		String original = String.join(" ", tokens(query));
		SynonymMap map = map();
		if (map.fst == null) {
			return new Wordings(original, List.of());
		}
		List<String> wordings = new ArrayList<>();
		try (TokenStream graph = new SynonymGraphFilter(words.tokenStream("q", query), map, true)) {
			Iterator<TokenStream> paths = new GraphTokenStreamFiniteStrings(graph).getFiniteStrings();
			graph.end();
			while (paths.hasNext() && wordings.size() < MAX_WORDINGS) {
				String wording = String.join(" ", terms(paths.next()));
				if (!wording.equals(original) && !wordings.contains(wording)) {
					wordings.add(wording);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Wordings(original, wordings);
	}

	/** The query segmented, and its other wordings. */
	record Wordings(String segmented, List<String> others) {
	}

	private List<String> tokens(String text) {
		try {
			return terms(words.tokenStream("q", text));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> terms(TokenStream stream) throws IOException {
		List<String> terms = new ArrayList<>();
		try (stream) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

	/** The compiled list, rebuilt when this instance changed it or, every few seconds, when another did. */
	private SynonymMap map() {
		Compiled now = compiled;
		Instant at = clock.instant();
		if (now != null && at.isBefore(now.checkedAt().plus(RECHECK))) {
			return now.map();
		}
		String fingerprint = groups.count() + "/" + groups.latestChange();
		if (now == null || !now.fingerprint().equals(fingerprint)) {
			now = new Compiled(compile(groups.findAll()), fingerprint, at);
		}
		else {
			now = new Compiled(now.map(), fingerprint, at);
		}
		compiled = now;
		return now.map();
	}

	private SynonymMap compile(List<SynonymGroup> all) {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
		for (SynonymGroup group : all) {
			try {
				parser.parse(new StringReader(group.line()));
			}
			catch (IOException | ParseException | IllegalArgumentException e) {
				// Checked on the way in; a row written otherwise is left out rather than breaking every search.
				log.warn("Search synonym group {} left out: {}", group.id(), e.getMessage());
			}
		}
		try {
			return parser.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void applyAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					compiled = null;
				}
			});
		}
		else {
			compiled = null;
		}
	}

	private static void requireCoordinator() {
		if (!EditingScope.current().mayRestructure()) {
			throw DomainException.forbidden();
		}
	}

	private record Compiled(SynonymMap map, String fingerprint, Instant checkedAt) {
		Compiled {
			Objects.requireNonNull(map);
		}
	}
}
