package nl.wijkstem.moderation;

import java.util.List;

/**
 * A group of ideas as a voting round may take it onto its ballot. Name and summary are
 * written by moderators for the public; render them as text.
 *
 * @param ideaIds its listed ideas, most supported first
 */
public record BallotGroup(Long id, Long goalId, String name, String summary, List<Long> ideaIds) {
}
