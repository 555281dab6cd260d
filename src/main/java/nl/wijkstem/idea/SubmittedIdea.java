package nl.wijkstem.idea;

/**
 * The outcome of sending in an idea: which idea, and whether it waits for review or is
 * already public.
 */
public record SubmittedIdea(Long id, IdeaStatus status) {
}
