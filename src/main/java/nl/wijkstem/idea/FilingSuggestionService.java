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
	 * The suggested goal and themes for a sent-in idea; empty when the idea does not
	 * exist or none of its words is known yet.
	 */
	public Optional<FilingSuggestion> suggest(Long ideaId) {
		return filings.findText(ideaId).flatMap(learning::suggest);
	}

}
