package nl.wijkstem.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.wijkstem.base.Rejection;

/**
 * What an answer to a consultation must satisfy, question by question. Pure: the caller
 * gives the questions and what lies inside the area, and gets every problem at once, each
 * tied to its question's field ({@code "question-" + id}).
 * <p>
 * A place needs a pin or words, not both: the idea form asks words with a pin because
 * others read where the idea is, but a map answer is only ever shown counted in cells
 * (results list the words-only places apart), so words with every pin would only make
 * answering slower for residents who can use the map.
 */
final class AnswerRules {

	static final String FIELD_PREFIX = "question-";

	private AnswerRules() {
	}

	/** Where a pin may be. */
	@FunctionalInterface
	interface Area {

		boolean contains(double latitude, double longitude);

	}

	/**
	 * @param problems every problem found, empty when the answer may be stored
	 * @param accepted the answers to store, cleaned (texts stripped, empty places left
	 * out), in question order; only shown questions that were answered
	 */
	record Checked(List<Rejection.Problem> problems, List<Accepted> accepted) {
	}

	record Accepted(QuestionItem question, AnswerInput answer) {
	}

	static String field(Long questionId) {
		return FIELD_PREFIX + questionId;
	}

	static Checked check(List<QuestionItem> questions, List<AnswerInput> answers, Area area) {
		List<Rejection.Problem> problems = new ArrayList<>();
		Map<Long, QuestionItem> byId = new HashMap<>();
		for (QuestionItem question : questions) {
			byId.put(question.id(), question);
		}
		Map<Long, AnswerInput> given = new HashMap<>();
		for (AnswerInput answer : answers == null ? List.<AnswerInput>of() : answers) {
			if (answer == null) {
				continue;
			}
			AnswerInput cleaned = clean(answer);
			QuestionItem question = answer.questionId() == null ? null : byId.get(answer.questionId());
			if (question == null || !question.kind().isAnswerable()) {
				if (!cleaned.isEmpty() || question == null) {
					problems.add(new Rejection.Problem(answer.questionId() == null ? null : field(answer.questionId()),
							"consultation.error.unknownQuestion"));
				}
				continue;
			}
			if (given.putIfAbsent(question.id(), cleaned) != null) {
				problems.add(new Rejection.Problem(field(question.id()), "consultation.error.twice"));
			}
		}
		List<Accepted> accepted = new ArrayList<>();
		for (QuestionItem question : questions) {
			if (!question.kind().isAnswerable()) {
				continue;
			}
			AnswerInput answer = given.get(question.id());
			boolean empty = answer == null || answer.isEmpty();
			if (!isShown(question, given)) {
				if (!empty) {
					problems.add(new Rejection.Problem(field(question.id()), "consultation.error.hidden"));
				}
				continue;
			}
			if (empty) {
				if (question.required()) {
					problems.add(new Rejection.Problem(field(question.id()), "consultation.error.required"));
				}
				continue;
			}
			int before = problems.size();
			checkAnswer(question, answer, area, problems);
			if (problems.size() == before) {
				accepted.add(new Accepted(question, answer));
			}
		}
		if (problems.isEmpty() && accepted.isEmpty()) {
			problems.add(new Rejection.Problem(null, "consultation.error.empty"));
		}
		return new Checked(List.copyOf(problems), List.copyOf(accepted));
	}

	/**
	 * Whether the question is shown with these answers: always, or when the earlier
	 * answer it depends on includes its option.
	 */
	static boolean isShown(QuestionItem question, Map<Long, AnswerInput> answers) {
		if (question.conditionOptionId() == null) {
			return true;
		}
		if (question.conditionQuestionId() == null) {
			// the option belongs to no question of this consultation: nobody can choose
			// it
			return false;
		}
		AnswerInput condition = answers.get(question.conditionQuestionId());
		return condition != null && condition.optionIds().contains(question.conditionOptionId());
	}

	private static void checkAnswer(QuestionItem question, AnswerInput answer, Area area,
			List<Rejection.Problem> problems) {
		String field = field(question.id());
		QuestionKind kind = question.kind();
		boolean usesOptions = kind.hasOptions();
		boolean usesNumber = kind == QuestionKind.SCALE;
		boolean usesText = kind == QuestionKind.SHORT_TEXT || kind == QuestionKind.LONG_TEXT;
		boolean usesPlaces = kind == QuestionKind.PLACE;
		if ((!usesOptions && !answer.optionIds().isEmpty()) || (!usesNumber && answer.number() != null)
				|| (!usesText && answer.text() != null) || (!usesPlaces && !answer.places().isEmpty())) {
			problems.add(new Rejection.Problem(field, "consultation.error.wrongKind"));
			return;
		}
		switch (kind) {
			case SINGLE_CHOICE, PROPOSAL -> {
				if (answer.optionIds().size() != 1) {
					problems.add(new Rejection.Problem(field, "consultation.error.oneChoice"));
				}
				else if (!optionIds(question).contains(answer.optionIds().getFirst())) {
					problems.add(new Rejection.Problem(field, "consultation.error.unknownOption"));
				}
			}
			case MULTIPLE_CHOICE -> {
				Set<Long> chosen = new HashSet<>(answer.optionIds());
				if (chosen.size() != answer.optionIds().size() || !optionIds(question).containsAll(chosen)) {
					problems.add(new Rejection.Problem(field, "consultation.error.unknownOption"));
				}
				else if (question.maxChoices() != null && chosen.size() > question.maxChoices()) {
					problems
						.add(new Rejection.Problem(field, "consultation.error.tooManyChoices", question.maxChoices()));
				}
			}
			case RANKING -> {
				Set<Long> all = optionIds(question);
				if (answer.optionIds().size() != all.size() || !new HashSet<>(answer.optionIds()).equals(all)) {
					problems.add(new Rejection.Problem(field, "consultation.error.ranking"));
				}
			}
			case SCALE -> {
				int max = question.scaleMax() == null ? 5 : question.scaleMax();
				if (answer.number() < 1 || answer.number() > max) {
					problems.add(new Rejection.Problem(field, "consultation.error.scale", 1, max));
				}
			}
			case SHORT_TEXT ->
				tooLong(problems, field, answer.text(), AnswerLimits.SHORT_TEXT_MAX, "consultation.error.tooLong");
			case LONG_TEXT ->
				tooLong(problems, field, answer.text(), AnswerLimits.LONG_TEXT_MAX, "consultation.error.tooLong");
			case PLACE -> checkPlaces(question, answer.places(), area, problems);
			case SECTION -> throw new IllegalStateException("a section is not answered");
		}
	}

	private static void checkPlaces(QuestionItem question, List<AnswerInput.PlaceAnswer> places, Area area,
			List<Rejection.Problem> problems) {
		String field = field(question.id());
		int allowed = AnswerLimits.placesAllowed(question);
		// one message per kind of problem, however many places have it
		Set<String> found = new LinkedHashSet<>();
		if (places.size() > allowed) {
			problems.add(new Rejection.Problem(field, "consultation.error.tooManyPlaces", allowed));
		}
		for (AnswerInput.PlaceAnswer place : places) {
			boolean halfPin = (place.latitude() == null) != (place.longitude() == null);
			if (halfPin
					|| (place.hasPin() && !(Double.isFinite(place.latitude()) && Double.isFinite(place.longitude())))) {
				found.add("consultation.error.placeInvalid");
			}
			else if (place.hasPin() && !area.contains(place.latitude(), place.longitude())) {
				found.add("consultation.error.outsideArea");
			}
			else if (!place.hasPin() && place.words() == null) {
				found.add("consultation.error.placeEmpty");
			}
			if (place.words() != null && place.words().length() > AnswerLimits.PLACE_WORDS_MAX) {
				found.add("consultation.error.placeWordsTooLong");
			}
			if (place.remark() != null && place.remark().length() > AnswerLimits.REMARK_MAX) {
				found.add("consultation.error.remarkTooLong");
			}
		}
		for (String key : found) {
			switch (key) {
				case "consultation.error.placeWordsTooLong" ->
					problems.add(new Rejection.Problem(field, key, AnswerLimits.PLACE_WORDS_MAX));
				case "consultation.error.remarkTooLong" ->
					problems.add(new Rejection.Problem(field, key, AnswerLimits.REMARK_MAX));
				default -> problems.add(new Rejection.Problem(field, key));
			}
		}
	}

	private static void tooLong(List<Rejection.Problem> problems, String field, String text, int max, String key) {
		if (text != null && text.length() > max) {
			problems.add(new Rejection.Problem(field, key, max));
		}
	}

	private static Set<Long> optionIds(QuestionItem question) {
		Set<Long> ids = new HashSet<>();
		for (QuestionItem.OptionItem option : question.options()) {
			ids.add(option.id());
		}
		return ids;
	}

	/**
	 * Texts stripped (blank ones left out) and places with nothing in them left out, so
	 * an untouched field counts as empty.
	 */
	static AnswerInput clean(AnswerInput answer) {
		List<AnswerInput.PlaceAnswer> places = answer.places()
			.stream()
			.filter(Objects::nonNull)
			.map(place -> new AnswerInput.PlaceAnswer(place.latitude(), place.longitude(), text(place.words()),
					text(place.remark())))
			.filter(place -> place.latitude() != null || place.longitude() != null || place.words() != null
					|| place.remark() != null)
			.toList();
		List<Long> optionIds = answer.optionIds().stream().filter(Objects::nonNull).toList();
		return new AnswerInput(answer.questionId(), optionIds, answer.number(), text(answer.text()), places);
	}

	/** A text as stored: stripped, with plain line ends; {@code null} when blank. */
	static String text(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.strip().replace("\r\n", "\n");
		return cleaned.isEmpty() ? null : cleaned;
	}

}
