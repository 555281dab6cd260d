package nl.wijkstem.idea;

import java.util.Set;

/**
 * A moderator filed an idea under a programme goal and local themes (again, possibly
 * under another goal than before).
 */
public record IdeaFiled(Long ideaId, Long goalId, Set<Long> themeIds) {
}
