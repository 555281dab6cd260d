package nl.wijkstem.consultation;

import java.time.Instant;

/**
 * An open answer or a place's remark waiting for a moderator, in the reader's language.
 * Nothing names who answered: a moderator decides on the words alone. Text, place words
 * and titles are user text: render as text only.
 *
 * @param version the answer's version, so a decision never overwrites another one
 * @param text the answer, or the remark with a place; may be empty for a place described
 * in words only
 * @param placeWords a place described in words, or {@code null}
 * @param latitude the pin, or {@code null}
 * @param answeredHour the hour it came in (no finer: see the privacy statement)
 * @param collected whether a moderator typed it in from paper or an evening
 * @param ideaId the idea made of it, or {@code null}
 */
public record AnswerToReview(Long answerId, int version, Long consultationId, String consultationTitle, String question,
		QuestionKind kind, String text, String placeWords, Double latitude, Double longitude, Instant answeredHour,
		boolean collected, Long ideaId) {

	public boolean hasPin() {
		return latitude != null && longitude != null;
	}

}
