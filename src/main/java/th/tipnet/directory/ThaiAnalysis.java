package th.tipnet.directory;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.LengthFilterFactory;
import org.apache.lucene.analysis.ngram.NGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.th.ThaiTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.springframework.stereotype.Component;

/**
 * The analyzers of the embedded Lucene backend.
 * <p>
 * {@code thai}: Thai is written without spaces, so the JDK's dictionary word breaker segments it
 * (กรมประมง → กรม｜ประมง); Latin text is split on spaces and punctuation by the same tokenizer.
 * Lower-casing and Thai-digit folding (๒๕๖๗ → 2567) follow. No ICU folding: it strips tone marks and
 * merges different words (เข้า → เขา). The same analyzer indexes and queries, so a query is segmented
 * exactly like the text it should find.
 * <p>
 * {@code thai_parts} / {@code thai_parts_query}: the dictionary keeps กระจกเงา and สหรัฐอเมริกา whole,
 * so a part of such a word (กระจก, สหรัฐ) is not a word of the index. The "_parts" sub-fields index
 * every run of 3 to 20 characters of each space-separated chunk (dots dropped, so พมจ.ชลบุรี gives
 * พมจ, มจช, ...); a query chunk is looked up whole, i.e. as a substring (one shorter than 3 or longer
 * than 20 characters is left to the word fields).
 */
@Component("thaiAnalysis")
class ThaiAnalysis implements LuceneAnalysisConfigurer {

	static final String THAI = "thai";

	static final String PARTS = "thai_parts";

	static final String PARTS_QUERY = "thai_parts_query";


	static final String LOWERCASE = "lowercase";

	/** Bump when the analysis or what a document holds changes: {@link SearchIndex} then rebuilds indexes made with the old one. */
	static final int VERSION = 4;

	/** Characters that join compounds ("Anti-Trafficking", "และ/หรือ"): a space for the word breaker. */
	static final String JOINERS = "[\\-\u2010-\u2015/_(),]";

	/** Two letters (ตร, พม) are inside too many words to say anything: short names are synonyms' business. */
	static final int MIN_PART = 3;

	static final int MAX_PART = 20;

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(THAI)
			.custom()
			.tokenizer(ThaiTokenizerFactory.class)
			// The word breaker keeps "Anti-Trafficking" whole; split compounds joined by - / _ first.
			.charFilter(PatternReplaceCharFilterFactory.class)
			.param("pattern", JOINERS)
			.param("replacement", " ")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(DecimalDigitFilterFactory.class);
		chunks(context, PARTS)
			.tokenFilter(NGramFilterFactory.class)
			.param("minGramSize", String.valueOf(MIN_PART))
			.param("maxGramSize", String.valueOf(MAX_PART))
			.param("preserveOriginal", "false");
		partsQuery(context, PARTS_QUERY);
		context.normalizer(LOWERCASE).custom().tokenFilter(LowerCaseFilterFactory.class);
	}

	/** What the parts' analyzers share: space-separated chunks, dots dropped, joiners as spaces, lower case, Thai digits folded. */
	private static LuceneAnalysisComponentParametersStep chunks(LuceneAnalysisConfigurationContext context, String name) {
		return context.analyzer(name)
			.custom()
			.tokenizer(WhitespaceTokenizerFactory.class)
			.charFilter(PatternReplaceCharFilterFactory.class)
			.param("pattern", "\\.")
			.param("replacement", "")
			.charFilter(PatternReplaceCharFilterFactory.class)
			.param("pattern", JOINERS)
			.param("replacement", " ")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(DecimalDigitFilterFactory.class);
	}

	private static void partsQuery(LuceneAnalysisConfigurationContext context, String name) {
		chunks(context, name)
			// Shorter or longer than any indexed part: such a chunk is matched by its words alone.
			.tokenFilter(LengthFilterFactory.class)
			.param("min", String.valueOf(MIN_PART))
			.param("max", String.valueOf(MAX_PART));
	}

	/**
	 * The {@code thai} analyzer as a plain Lucene analyzer, for the synonym list: its terms and a query
	 * are segmented by it, so a synonym matches the query's words as the index has them.
	 */
	static Analyzer words() {
		try {
			return CustomAnalyzer.builder()
				.addCharFilter(PatternReplaceCharFilterFactory.class, "pattern", JOINERS, "replacement", " ")
				.withTokenizer(ThaiTokenizerFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(DecimalDigitFilterFactory.class)
				.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
