package th.tipnet.directory;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The same analyzers as {@link ThaiAnalysis} for an Elasticsearch or OpenSearch backend (several
 * instances): their built-in {@code thai} tokenizer (Lucene's), lower-casing and digit folding; the
 * "_parts" pair with an {@code ngram} filter of 3 to 20 characters, which needs the index setting
 * {@code index.max_ngram_diff: 17} (in {@code search/elasticsearch-index-settings.json}, see
 * docs/architecture.md). Synonyms need nothing here: {@link SearchSynonyms} expands the query before
 * it reaches either backend. Selected with {@code hibernate.search.backend.type=elasticsearch} and
 * {@code hibernate.search.backend.analysis.configurer=thaiElasticsearchAnalysis}.
 */
@Component("thaiElasticsearchAnalysis")
class ThaiElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter("compound_split").type("pattern_replace").param("pattern", ThaiAnalysis.JOINERS).param("replacement", " ");
		context.charFilter("drop_dots").type("pattern_replace").param("pattern", "\\.").param("replacement", "");
		context.tokenFilter("parts")
			.type("ngram")
			.param("min_gram", ThaiAnalysis.MIN_PART)
			.param("max_gram", ThaiAnalysis.MAX_PART)
			.param("preserve_original", false);
		context.tokenFilter("parts_query").type("length").param("min", ThaiAnalysis.MIN_PART).param("max", ThaiAnalysis.MAX_PART);
		context.analyzer(ThaiAnalysis.THAI).custom().tokenizer("thai").charFilters("compound_split").tokenFilters("lowercase", "decimal_digit");
		context.analyzer(ThaiAnalysis.PARTS)
			.custom()
			.tokenizer("whitespace")
			.charFilters("drop_dots", "compound_split")
			.tokenFilters("lowercase", "decimal_digit", "parts");
		context.analyzer(ThaiAnalysis.PARTS_QUERY)
			.custom()
			.tokenizer("whitespace")
			.charFilters("drop_dots", "compound_split")
			.tokenFilters("lowercase", "decimal_digit", "parts_query");
		context.normalizer(ThaiAnalysis.LOWERCASE).custom().tokenFilters("lowercase");
	}
}
