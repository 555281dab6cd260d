package nl.wijkstem.idea;

/**
 * A part of an idea's text that a moderator can change (and, for personal data, remove
 * from the earlier texts).
 */
public enum IdeaTextField {

	TITLE, DESCRIPTION, LOCATION

}
