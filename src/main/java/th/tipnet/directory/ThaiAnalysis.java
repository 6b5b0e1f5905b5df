package th.tipnet.directory;

import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.th.ThaiTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code thai} analyzer for the embedded Lucene backend. Thai is written without spaces, so the
 * JDK's dictionary word breaker segments it (กรมประมง → กรม｜ประมง); Latin text is split on spaces and
 * punctuation by the same tokenizer. Lower-casing and Thai-digit folding (๒๕๖๗ → 2567) follow.
 * No ICU folding: it strips tone marks and merges different words (เข้า → เขา). The same analyzer
 * indexes and queries, so a query is segmented exactly like the text it should find.
 */
@Component("thaiAnalysis")
class ThaiAnalysis implements LuceneAnalysisConfigurer {

	static final String THAI = "thai";

	static final String LOWERCASE = "lowercase";

	/** Bump when the analysis changes: {@link SearchIndex} then rebuilds indexes made with the old one. */
	static final int VERSION = 2;

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(THAI)
			.custom()
			.tokenizer(ThaiTokenizerFactory.class)
			// The word breaker keeps "Anti-Trafficking" whole; split compounds joined by - / _ first.
			.charFilter(PatternReplaceCharFilterFactory.class)
			.param("pattern", "[\\-\u2010-\u2015/_]")
			.param("replacement", " ")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(DecimalDigitFilterFactory.class);
		context.normalizer(LOWERCASE).custom().tokenFilter(LowerCaseFilterFactory.class);
	}
}
