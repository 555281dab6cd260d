package nl.wijkstem.idea;

import java.util.List;

/**
 * A public idea that says what another one says.
 *
 * @param sharedWords the words both use (or mean), most telling first, as this idea
 * writes them
 */
public record SimilarFiledIdea(FiledIdea idea, List<String> sharedWords) {

	public SimilarFiledIdea {
		sharedWords = List.copyOf(sharedWords);
	}

}
