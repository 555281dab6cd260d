package nl.wijkstem.voting;

import java.util.List;

import nl.wijkstem.idea.BallotIdea;

/**
 * What moderators see when they put ideas and groups of ideas on a round's ballot.
 *
 * @param candidates published ideas that may still go on it
 * @param groups groups of ideas not on it yet
 */
public record BallotEditor(RoundDetails round, List<BallotIdea> candidates, List<GroupCandidate> groups) {

	/**
	 * A group of ideas that may go on the ballot as one choice. Name and summary are
	 * moderators' text: render as text only.
	 *
	 * @param eligible whether every idea in it may go on a ballot now
	 */
	public record GroupCandidate(Long groupId, String name, String summary, List<BallotIdea> ideas, boolean eligible) {
	}

}
