package nl.wijkstem.idea;

/**
 * One row of a filed idea: its text, goal and one of its themes (null when it has none).
 */
record FiledIdeaRow(Long ideaId, String title, String description, Long goalId, Long themeId) {
}
