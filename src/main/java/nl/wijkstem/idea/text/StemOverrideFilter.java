package nl.wijkstem.idea.text;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Gives a word its stem from a list, also when the listed form is the word's last part:
 * "kinderen" becomes "kind", and so does the head of "buurtkinderen" ("buurtkind"). A
 * word stemmed here is marked, so the Snowball stemmer after it leaves it alone (it would
 * make "fiets" into "fiet" and "plaats" into "plat"). The longest listed head wins; the
 * part before it must be at least three letters, so "plaats" is not read in "aplaats".
 */
final class StemOverrideFilter extends TokenFilter {

	private static final int MIN_PREFIX = 3;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final Map<String, String> stems;

	StemOverrideFilter(TokenStream input, Map<String, String> stems) {
		super(input);
		this.stems = stems;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (keyword.isKeyword()) {
			return true;
		}
		String word = term.toString();
		String whole = stems.get(word);
		if (whole != null) {
			replace(whole);
			return true;
		}
		for (int start = MIN_PREFIX; start < word.length() - 2; start++) {
			String head = stems.get(word.substring(start));
			if (head != null) {
				replace(word.substring(0, start) + head);
				return true;
			}
		}
		return true;
	}

	private void replace(String stem) {
		term.setEmpty().append(stem);
		keyword.setKeyword(true);
	}

}
