package nl.wijkstem.consultation;

import java.util.List;

/**
 * A resident's answer to one question, as the form sends it. Only the part that fits the
 * question's kind is read; the service checks everything else is empty.
 *
 * @param optionIds single choice and proposal: the one chosen; multiple choice: those
 * chosen; ranking: all options, first place first
 * @param number scale: the number chosen
 * @param text short or long open text
 * @param places place questions: the pins (or places in words)
 */
public record AnswerInput(Long questionId, List<Long> optionIds, Integer number, String text,
		List<PlaceAnswer> places) {

	public AnswerInput {
		optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
		places = places == null ? List.of() : List.copyOf(places);
	}

	/** Whether nothing is filled in. */
	public boolean isEmpty() {
		return optionIds.isEmpty() && number == null && (text == null || text.isBlank()) && places.isEmpty();
	}

	/**
	 * One place: a pin on the map, or only words for a resident who does not use the map
	 * (the text alternative the idea form has too), with an optional remark.
	 */
	public record PlaceAnswer(Double latitude, Double longitude, String words, String remark) {

		public boolean hasPin() {
			return latitude != null && longitude != null;
		}

	}

}
