package nl.wijkstem.idea.text;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch analysis for idea texts: Lucene's Snowball stemmer, then undoubling of a final
 * double consonant, which the stemmer leaves ("speeltoestellen" becomes "speeltoestell",
 * while "speeltoestel" stays as it is). Accents are folded, so "ideeën" matches "ideeen".
 */
public final class DutchAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new StopFilter(stream, org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet());
		stream = new ASCIIFoldingFilter(stream);
		stream = new SnowballFilter(stream, new DutchStemmer());
		stream = new UndoubleFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

	public static final class UndoubleFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		UndoubleFilter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!input.incrementToken()) {
				return false;
			}
			int length = term.length();
			if (length > 3) {
				char last = term.charAt(length - 1);
				if (last == term.charAt(length - 2) && "bcdfgklmnprstz".indexOf(last) >= 0) {
					term.setLength(length - 1);
				}
			}
			return true;
		}

	}

}
