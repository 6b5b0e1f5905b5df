package th.tipnet.directory;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks the searched words in a name: the query is segmented with the same JDK Thai word breaker the
 * index uses, and each word's occurrences are wrapped in {@code <mark>}. The text is HTML-escaped, so
 * the result is safe to print unescaped. (Lucene's highlighter re-analysed every hit and cost ~13 ms
 * per page in bench/directory.sh; this costs microseconds.)
 */
final class Highlighter {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final List<String> words;

	Highlighter(String query) {
		this.words = words(query);
	}

	String html(String text) {
		if (text == null) {
			return "";
		}
		String lower = sameLengthLowerCase(text);
		boolean[] marked = new boolean[text.length()];
		for (String w : words) {
			for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length())) {
				for (int i = at; i < at + w.length(); i++) {
					marked[i] = true;
				}
			}
		}
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int j = i;
			while (j < text.length() && marked[j] == marked[i]) {
				j++;
			}
			String part = HtmlUtils.htmlEscape(text.substring(i, j), "UTF-8");
			out.append(marked[i] ? "<mark>" + part + "</mark>" : part);
			i = j;
		}
		return out.toString();
	}

	/**
	 * Lower case one char at a time, so each position still points at the same letter of the text:
	 * {@code String.toLowerCase} turns "İ" into two chars and "ẞ" rules differ by locale, which moved
	 * every mark after them (and marked past the end).
	 */
	private static String sameLengthLowerCase(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(chars[i]);
		}
		return new String(chars);
	}

	static List<String> words(String query) {
		Set<String> words = new LinkedHashSet<>();
		if (query == null) {
			return List.of();
		}
		String text = sameLengthLowerCase(query);
		BreakIterator breaker = BreakIterator.getWordInstance(THAI);
		breaker.setText(text);
		for (int start = breaker.first(), end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
			String word = text.substring(start, end).strip();
			if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
				words.add(word);
			}
		}
		// Longest first, so a longer word is marked whole before its parts.
		List<String> sorted = new ArrayList<>(words);
		sorted.sort((a, b) -> b.length() - a.length());
		return sorted;
	}
}
