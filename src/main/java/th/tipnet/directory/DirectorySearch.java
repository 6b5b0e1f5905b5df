package th.tipnet.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.DomainException;

/**
 * Thai-aware search of the directory and "who can help here", on the search index (Lucene by
 * default, Elasticsearch/OpenSearch by configuration), never SQL LIKE.
 */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

	private static final int MAX_TEXT = 200;

	private static final int MAX_HELPERS = 50;

	/** What a match on a part of a word scores: below any whole-word match (see {@link #text}). */
	private static final float PART_SCORE = 0.05f;

	/** A synonym's match ranks a little below the same match on the words typed. */
	private static final float SYNONYM_WEIGHT = 0.9f;

	private final EntityManager entityManager;

	private final Directory directory;

	private final Capacity capacity;

	private final SearchSynonyms synonyms;

	DirectorySearch(EntityManager entityManager, Directory directory, Capacity capacity, SearchSynonyms synonyms) {
		this.entityManager = entityManager;
		this.directory = directory;
		this.capacity = capacity;
		this.synonyms = synonyms;
	}

	public SearchPage search(DirectoryQuery query, int page, int size) {
		if (query.hasText() && query.text().length() > MAX_TEXT) {
			throw DomainException.invalid("q", "directory.text.tooLong", MAX_TEXT);
		}
		SearchSession search = Search.session(entityManager);
		String text = query.hasText() ? query.text().strip() : null;
		var wordings = text == null ? null : synonyms.wordings(text);
		Highlighter highlighter = new Highlighter(text == null ? null : String.join(" ", text, String.join(" ", wordings.others())));
		var result = search.search(Organisation.class)
			.where((f, root) -> {
				root.add(f.matchAll());
				if (text != null) {
					root.add(text(f, text, wordings));
				}
				filters(f, root, query);
			})
			.sort(f -> f.score().then().field("nameSort"))
			.fetch(page * size, size);
		List<SearchHit> hits = result.hits()
			.stream()
			.map(o -> new SearchHit(o, highlighter.html(o.nameTh()), highlighter.html(o.nameEn())))
			.toList();
		return new SearchPage(hits, result.total().hitCount(), page, size);
	}

	/**
	 * Names and abbreviations in both languages (Thai segmented, abbreviations boosted most), services,
	 * public contacts, descriptions; misspelt English too. The same for every other wording the synonym
	 * list gives (สถานทูต → สถานเอกอัครราชทูต). Parts of words (กระจก in กระจกเงา) match on the "_parts"
	 * n-gram sub-fields with a small constant score, so a whole-word match always ranks above a partial
	 * one. (An extra exact-keyword clause for abbreviations cost ~12 ms a query in bench/directory.sh and
	 * added nothing the boosted abbreviation fields do not.)
	 */
	private static org.hibernate.search.engine.search.predicate.SearchPredicate text(SearchPredicateFactory f, String text,
			SearchSynonyms.Wordings wordings) {
		var any = f.or();
		any.add(words(f, text, 1f));
		// As typed (สถานทูตสหรัฐ is no part of a name) and as segmented (สถาน, ทูต, สหรัฐ may each be).
		any.add(parts(f, text));
		any.add(parts(f, wordings.segmented()));
		// A misspelt English word (every word of the query one edit away), a little lower in the ranking.
		any.add(f.match().field("nameEn").field("abbreviationEn").matching(text).fuzzy(1, 2).minimumShouldMatchPercent(100).boost(0.5f));
		for (String wording : wordings.others()) {
			any.add(words(f, wording, SYNONYM_WEIGHT));
			any.add(parts(f, wording));
		}
		return any.toPredicate();
	}

	private static org.hibernate.search.engine.search.predicate.SearchPredicate words(SearchPredicateFactory f, String text,
			float weight) {
		return f.simpleQueryString()
			.field("nameTh").boost(3f)
			.field("nameEn").boost(3f)
			.field("abbreviationTh").boost(4f)
			.field("abbreviationEn").boost(4f)
			.field("serviceNames")
			.field("publicContacts")
			.field("descriptionTh").boost(0.5f)
			.field("descriptionEn").boost(0.5f)
			.matching(text)
			.defaultOperator(BooleanOperator.AND)
			.boost(weight)
			.toPredicate();
	}

	private static org.hibernate.search.engine.search.predicate.SearchPredicate parts(SearchPredicateFactory f, String text) {
		return f.simpleQueryString()
			.fields("nameTh_parts", "nameEn_parts", "abbreviationTh_parts", "abbreviationEn_parts", "serviceNames_parts",
					"publicContacts_parts")
			.matching(text)
			.defaultOperator(BooleanOperator.AND)
			.constantScore()
			.boost(PART_SCORE)
			.toPredicate();
	}

	private static void filters(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root,
			DirectoryQuery q) {
		if (!q.includeInactive()) {
			root.add(f.match().field("status").matching(OrganisationStatus.ACTIVE));
		}
		else {
			root.add(f.not(f.match().field("status").matching(OrganisationStatus.MERGED)));
		}
		if (q.province() != null && !q.province().isBlank()) {
			root.add(f.terms().field("coverage").matchingAny(List.of(q.province(), Organisation.NATIONWIDE)));
		}
		if (q.service() != null && !q.service().isBlank()) {
			root.add(f.match().field("serviceCodes").matching(q.service()));
		}
		if (q.language() != null && !q.language().isBlank()) {
			root.add(f.match().field("allLanguages").matching(q.language()));
		}
		if (q.sector() != null) {
			root.add(f.match().field("sector").matching(q.sector()));
		}
		if (Boolean.TRUE.equals(q.twentyFourSeven())) {
			root.add(f.match().field("twentyFourSeven").matching(true));
		}
	}

	/**
	 * The organisations that can give a service in a province, best first: those covering the province
	 * itself before nationwide ones, those speaking the language before those that do not. Round the
	 * clock, when asked, is a requirement.
	 */
	public List<HelpingOrganisation> whoCanHelp(HelpRequest request) {
		String province = request.province();
		String service = request.service();
		String language = request.language() == null || request.language().isBlank() ? null : request.language();
		SearchSession search = Search.session(entityManager);
		List<Organisation> found = search.search(Organisation.class)
			.where((f, root) -> {
				root.add(f.match().field("status").matching(OrganisationStatus.ACTIVE));
				String field = request.twentyFourSeven() ? "offers24" : "offers";
				root.add(f.terms().field(field).matchingAny(List.of(service + "|" + province, service + "|" + Organisation.NATIONWIDE)));
				root.add(f.bool()
					.should(f.match().field("offers").matching(service + "|" + province).boost(4f))
					.should(language == null ? f.matchNone() : f.match().field("offerLanguages").matching(service + "|" + language).boost(2f))
					.should(f.match().field("offers24").matching(service + "|" + province).boost(0.5f))
					.should(f.matchAll().boost(0.01f)));
			})
			.sort(f -> f.score().then().field("nameSort"))
			.fetchHits(MAX_HELPERS);
		List<HelpingOrganisation> helpers = new ArrayList<>();
		Map<UUID, Integer> declines = capacity.recentCapacityDeclines(found.stream().map(Organisation::id).toList(), service);
		for (Organisation o : found) {
			ServiceOffer offer = o.effectiveOffer(service).orElseThrow();
			boolean covers = offer.provinces().contains(province);
			boolean speaks = language != null && offer.languages().contains(language);
			List<String> reasons = new ArrayList<>();
			reasons.add(covers ? "directory.reason.coversProvince" : "directory.reason.nationwide");
			if (language != null) {
				reasons.add(speaks ? "directory.reason.speaksLanguage" : "directory.reason.languageNotListed");
			}
			if (offer.twentyFourSeven()) {
				reasons.add("directory.reason.twentyFourSeven");
			}
			helpers.add(new HelpingOrganisation(o, offer, covers, speaks, offer.twentyFourSeven(), reasons, declines.getOrDefault(o.id(), 0)));
		}
		// Recent declines for lack of capacity rank an organisation lower: fewer first, the search's order kept among equals.
		helpers.sort(Comparator.comparingInt(HelpingOrganisation::capacityDeclines));
		return helpers;
	}

	/** Validates a "who can help" request against the reference lists. */
	public void check(HelpRequest request) {
		List<th.tipnet.common.InvalidInput.Violation> v = new ArrayList<>();
		if (!directory.provinceExists(request.province())) {
			v.add(new th.tipnet.common.InvalidInput.Violation("province", "directory.province.unknown"));
		}
		if (directory.serviceType(request.service()).filter(ServiceType::active).isEmpty()) {
			v.add(new th.tipnet.common.InvalidInput.Violation("service", "directory.service.unknown"));
		}
		if (request.language() != null && !request.language().isBlank() && !LanguageCodes.valid(request.language())) {
			v.add(new th.tipnet.common.InvalidInput.Violation("language", "directory.language.unknown"));
		}
		if (!v.isEmpty()) {
			throw new th.tipnet.common.InvalidInput(v);
		}
	}

}
