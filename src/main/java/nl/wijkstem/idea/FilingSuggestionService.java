package nl.wijkstem.idea;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Service;

/**
 * Suggests how to file an idea, for the moderator who files it. Only a suggestion: filing
 * stays {@link IdeaService#file}, done by a moderator.
 */
@Service
@RolesAllowed(Roles.MODERATOR)
public class FilingSuggestionService {

	private final FilingRepository filings;

	private final FilingLearning learning;

	FilingSuggestionService(FilingRepository filings, FilingLearning learning) {
		this.filings = filings;
		this.learning = learning;
	}

	/**
	 * Whether suggestions can be made yet: right after a start the classifier is still
	 * learning from the filings (a few seconds), and {@link #suggest} finds nothing.
	 */
	public boolean ready() {
		return learning.ready();
	}

	/**
	 * The suggested goal and themes for a sent-in idea; empty when the idea does not
	 * exist, none of its words is known yet, or suggestions are not {@link #ready()}.
	 */
	public Optional<FilingSuggestion> suggest(Long ideaId) {
		if (!learning.ready()) {
			return Optional.empty();
		}
		return filings.findText(ideaId).flatMap(learning::suggest);
	}

}
