package nl.wijkstem.moderation;

import java.util.List;

import nl.wijkstem.idea.FiledIdea;

/**
 * An idea on the goal board that says what another one says: the words both use, and the
 * group it is in now, so the moderator can group them.
 *
 * @param groupId its group, or {@code null} when it is in none
 * @param groupName its group's name, empty when it is in none; user text
 */
public record SimilarOnBoard(FiledIdea idea, List<String> sharedWords, Long groupId, String groupName) {

	public SimilarOnBoard {
		sharedWords = List.copyOf(sharedWords);
	}

	public IdeaPlacement placement() {
		return new IdeaPlacement(idea.id(), groupId);
	}

}
