package nl.wijkstem.idea;

import java.util.Set;

/**
 * There is news about a public idea: a new status or an official answer. Its supporters
 * (not its author, who hears it through {@link AuthorInformed}) may want to know, and so
 * may those who follow the idea, its goal or its themes.
 *
 * @param supporterIds the residents who support it
 * @param message the programme bureau's words (user text)
 * @param authorId its author, {@code null} when unknown or gone (told otherwise, so never
 * told as a follower); {@code null} too in publications written before it was added
 * @param goalId the programme goal it is filed under, or {@code null}
 * @param themeIds the local themes it is about (the bureau's filing, else the author's
 * choice); {@code null} in publications written before it was added
 */
public record IdeaProgressed(Long ideaId, String title, IdeaStatus status, String message, Set<Long> supporterIds,
		Long authorId, Long goalId, Set<Long> themeIds) {

	public IdeaProgressed {
		supporterIds = supporterIds == null ? Set.of() : Set.copyOf(supporterIds);
		themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
	}

	public IdeaProgressed(Long ideaId, String title, IdeaStatus status, String message, Set<Long> supporterIds) {
		this(ideaId, title, status, message, supporterIds, null, null, Set.of());
	}

}
