package nl.wijkstem.consultation;

import java.util.List;

/** One page of the answers waiting for a moderator, with how many wait in all. */
public record AnswerReviewPage(List<AnswerToReview> answers, long total) {

	public AnswerReviewPage {
		answers = List.copyOf(answers);
	}

}
