package nl.wijkstem.consultation;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.FiledIdeas;

import org.springframework.stereotype.Component;

/** Public ideas as the outcome links to them: by their title, to their page. */
@Component
class IdeaOutcomeTargets implements OutcomeLinkTargets {

	private final FiledIdeas ideas;

	IdeaOutcomeTargets(FiledIdeas ideas) {
		this.ideas = ideas;
	}

	@Override
	public OutcomeLinkKind kind() {
		return OutcomeLinkKind.IDEA;
	}

	@Override
	public Map<Long, String> titles(Collection<Long> ids, Locale locale) {
		return ideas.publicIdeas(ids).stream().collect(Collectors.toMap(FiledIdea::id, FiledIdea::title));
	}

	@Override
	public String path(Long id) {
		return "ideas/" + id;
	}

}
