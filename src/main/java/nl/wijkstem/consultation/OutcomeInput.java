package nl.wijkstem.consultation;

import java.util.List;

/**
 * What the programme bureau does with a consultation's results, as staff write it.
 *
 * @param nl the text in Dutch, required
 * @param en the text in English; Dutch is shown when empty
 * @param links what came of it, in the order to show
 */
public record OutcomeInput(String nl, String en, List<OutcomeLink> links) {

	public OutcomeInput {
		links = links == null ? List.of() : List.copyOf(links);
	}

}
