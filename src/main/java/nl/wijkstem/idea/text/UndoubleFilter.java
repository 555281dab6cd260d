package nl.wijkstem.idea.text;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Undoubles a final double consonant, which the Snowball stemmer leaves
 * ("speeltoestellen" becomes "speeltoestell", while "speeltoestel" stays as it is). Words
 * given their stem from the list are left as they are.
 */
final class UndoubleFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	UndoubleFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		int length = term.length();
		if (!keyword.isKeyword() && length > 3) {
			char last = term.charAt(length - 1);
			if (last == term.charAt(length - 2) && "bcdfgklmnprstz".indexOf(last) >= 0) {
				term.setLength(length - 1);
			}
		}
		return true;
	}

}
