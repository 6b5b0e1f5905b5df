package th.tipnet.directory;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The same {@code thai} analyzer for an Elasticsearch or OpenSearch backend (several instances):
 * their built-in {@code thai} tokenizer, lower-casing and digit folding. Selected with
 * {@code hibernate.search.backend.type=elasticsearch} and
 * {@code hibernate.search.backend.analysis.configurer=thaiElasticsearchAnalysis}.
 */
@Component("thaiElasticsearchAnalysis")
class ThaiElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter("compound_split").type("pattern_replace").param("pattern", "[\\-\u2010-\u2015/_]").param("replacement", " ");
		context.analyzer(ThaiAnalysis.THAI).custom().tokenizer("thai").charFilters("compound_split").tokenFilters("lowercase", "decimal_digit");
		context.normalizer(ThaiAnalysis.LOWERCASE).custom().tokenFilters("lowercase");
	}
}
