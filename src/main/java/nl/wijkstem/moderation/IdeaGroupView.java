package nl.wijkstem.moderation;

import java.util.List;

import nl.wijkstem.idea.FiledIdea;

/**
 * A group with its public ideas, most supported first. Name and summary are written by
 * moderators for the public; render them as text.
 *
 * @param version the version shown, for changes that must not overwrite a newer one
 * @param supporterCount how many different residents support at least one of its ideas
 */
public record IdeaGroupView(Long id, int version, Long goalId, String name, String summary, List<FiledIdea> ideas,
		long supporterCount) {

	public int ideaCount() {
		return ideas.size();
	}

}
