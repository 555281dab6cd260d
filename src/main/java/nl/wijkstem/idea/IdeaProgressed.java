package nl.wijkstem.idea;

import java.util.Set;

/**
 * There is news about a public idea: a new status or an official answer. Its supporters
 * (not its author, who hears it through {@link AuthorInformed}) may want to know.
 *
 * @param supporterIds the residents who support it
 * @param message the programme bureau's words (user text)
 */
public record IdeaProgressed(Long ideaId, String title, IdeaStatus status, String message, Set<Long> supporterIds) {
}
