package nl.wijkstem.idea.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds, after a word (or two words) of the glossary, a token for its meaning at the same
 * position and with the same offsets (of the second word, for two), so a search or a
 * comparison finds "litter bin" where the text says "prullenbak", and an explanation can
 * point at the word.
 */
final class ConceptFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final Map<String, String> concepts;

	private final Deque<AttributeSource.State> pending = new ArrayDeque<>();

	private String previous;

	ConceptFilter(TokenStream input, Map<String, String> concepts) {
		super(input);
		this.concepts = concepts;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!pending.isEmpty()) {
			restoreState(pending.poll());
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		String word = term.toString();
		String single = concepts.get(word);
		String pair = previous == null ? null : concepts.get(previous + " " + word);
		if (single != null || pair != null) {
			AttributeSource.State original = captureState();
			int start = offset.startOffset();
			int end = offset.endOffset();
			if (pair != null) {
				// the second word's offsets: an index refuses offsets that go backwards
				term.setEmpty().append(pair);
				offset.setOffset(start, end);
				position.setPositionIncrement(0);
				pending.add(captureState());
			}
			if (single != null && !single.equals(pair)) {
				term.setEmpty().append(single);
				offset.setOffset(start, end);
				position.setPositionIncrement(0);
				pending.add(captureState());
			}
			restoreState(original);
		}
		if (position.getPositionIncrement() > 0) {
			previous = word;
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending.clear();
		previous = null;
	}

}
