package nl.wijkstem.consultation;

import java.util.ArrayList;
import java.util.List;

import nl.wijkstem.consultation.AnswerInput.PlaceAnswer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerRulesTest {

	/** A square area from (0, 0) to (1, 1). */
	private static final AnswerRules.Area AREA = (latitude, longitude) -> latitude >= 0 && latitude <= 1
			&& longitude >= 0 && longitude <= 1;

	private static final QuestionItem SECTION = question(1, QuestionKind.SECTION, false, null, null);

	private static final QuestionItem SINGLE = question(2, QuestionKind.SINGLE_CHOICE, true, null, null, 21, 22, 23);

	private static final QuestionItem MULTIPLE = question(3, QuestionKind.MULTIPLE_CHOICE, false, 2, null, 31, 32, 33);

	private static final QuestionItem SCALE = question(4, QuestionKind.SCALE, false, null, 10);

	private static final QuestionItem RANKING = question(5, QuestionKind.RANKING, false, null, null, 51, 52, 53);

	private static final QuestionItem SHORT = question(6, QuestionKind.SHORT_TEXT, false, null, null);

	private static final QuestionItem LONG = question(7, QuestionKind.LONG_TEXT, false, null, null);

	private static final QuestionItem PROPOSAL = question(8, QuestionKind.PROPOSAL, false, null, null, 81, 82, 83);

	private static final QuestionItem PLACE = question(9, QuestionKind.PLACE, false, 2, null);

	private static final QuestionItem ONE_PLACE = question(10, QuestionKind.PLACE, false, null, null);

	/** Shown only when option 23 of the single choice is chosen; required then. */
	private static final QuestionItem CONDITIONAL = new QuestionItem(11L, 11, QuestionKind.SHORT_TEXT, "Waarom?", "",
			"nl", true, null, null, null, null, null, null, 2L, 23L, List.of());

	private static final List<QuestionItem> ALL = List.of(SECTION, SINGLE, MULTIPLE, SCALE, RANKING, SHORT, LONG,
			PROPOSAL, PLACE, ONE_PLACE, CONDITIONAL);

	private static QuestionItem question(long id, QuestionKind kind, boolean required, Integer maxChoices,
			Integer scaleMax, long... optionIds) {
		List<QuestionItem.OptionItem> options = new ArrayList<>();
		for (long optionId : optionIds) {
			options.add(new QuestionItem.OptionItem(optionId, "Keuze " + optionId, "nl"));
		}
		return new QuestionItem(id, (int) id, kind, "Vraag " + id, "", "nl", required, maxChoices, scaleMax, null, null,
				null, null, null, null, options);
	}

	private static AnswerInput options(QuestionItem question, Long... ids) {
		return new AnswerInput(question.id(), List.of(ids), null, null, null);
	}

	private static AnswerInput text(QuestionItem question, String text) {
		return new AnswerInput(question.id(), null, null, text, null);
	}

	private static AnswerInput number(QuestionItem question, int number) {
		return new AnswerInput(question.id(), null, number, null, null);
	}

	private static AnswerInput places(QuestionItem question, PlaceAnswer... places) {
		return new AnswerInput(question.id(), null, null, null, List.of(places));
	}

	/** The problems of an answer with the required question answered and these. */
	private static List<String> problems(AnswerInput... answers) {
		List<AnswerInput> all = new ArrayList<>(List.of(answers));
		if (all.stream().noneMatch(answer -> SINGLE.id().equals(answer.questionId()))) {
			all.add(options(SINGLE, 21L));
		}
		return Problems.of(AnswerRules.check(ALL, all, AREA).problems());
	}

	@Test
	void aCompleteAnswer_hasNoProblems_andIsAcceptedInQuestionOrder() {
		AnswerRules.Checked checked = AnswerRules.check(ALL,
				List.of(places(PLACE, new PlaceAnswer(0.5, 0.5, null, " Donker "),
						new PlaceAnswer(null, null, "Station", null)), options(SINGLE, 23L),
						options(MULTIPLE, 31L, 33L), number(SCALE, 10), options(RANKING, 53L, 51L, 52L),
						text(SHORT, "  kort  "), text(LONG, "lang\r\nverhaal"), options(PROPOSAL, 83L),
						places(ONE_PLACE, new PlaceAnswer(0.1, 0.9, "Hoek", null)), text(CONDITIONAL, "Ik loop")),
				AREA);

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.accepted()).extracting(accepted -> accepted.question().id())
			.containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
		assertThat(checked.accepted().get(4).answer().text()).isEqualTo("kort");
		assertThat(checked.accepted().get(5).answer().text()).isEqualTo("lang\nverhaal");
		assertThat(checked.accepted().get(7).answer().places().getFirst().remark()).isEqualTo("Donker");
	}

	@Test
	void unknownQuestion_isAProblemOnItsField() {
		assertThat(problems(text(new QuestionItem(99L, 99, QuestionKind.SHORT_TEXT, "", "", "nl", false, null, null,
				null, null, null, null, null, null, List.of()), "hallo")))
			.containsExactly("question-99: consultation.error.unknownQuestion");
		assertThat(problems(new AnswerInput(null, null, null, "zomaar", null)))
			.containsExactly("consultation.error.unknownQuestion");
	}

	@Test
	void section_carriesNoAnswer() {
		assertThat(problems(text(SECTION, "iets"))).containsExactly("question-1: consultation.error.unknownQuestion");
		assertThat(problems(new AnswerInput(SECTION.id(), null, null, " ", null))).isEmpty();
	}

	@Test
	void sameQuestionTwice_isAProblem() {
		assertThat(problems(text(SHORT, "een"), text(SHORT, "twee")))
			.containsExactly("question-6: consultation.error.twice");
	}

	@Test
	void requiredQuestion_leftEmpty_isAProblem_butOnlyWhenShown() {
		assertThat(Problems.of(AnswerRules.check(ALL, List.of(text(SHORT, "iets")), AREA).problems()))
			.containsExactly("question-2: consultation.error.required");
		assertThat(Problems.of(AnswerRules.check(ALL, List.of(options(SINGLE), text(SHORT, "iets")), AREA).problems()))
			.containsExactly("question-2: consultation.error.required");
		// the conditional question is required, but hidden unless 23 is chosen
		assertThat(problems(options(SINGLE, 22L))).isEmpty();
		assertThat(problems(options(SINGLE, 23L))).containsExactly("question-11: consultation.error.required");
	}

	@Test
	void hiddenQuestion_answered_isAProblem() {
		assertThat(problems(options(SINGLE, 21L), text(CONDITIONAL, "toch")))
			.containsExactly("question-11: consultation.error.hidden");
		assertThat(problems(options(SINGLE, 23L), text(CONDITIONAL, "daarom"))).isEmpty();
	}

	@Test
	void nothingAnswered_isAProblem() {
		List<QuestionItem> optionalOnly = List.of(SHORT, LONG);
		assertThat(Problems.of(AnswerRules.check(optionalOnly, List.of(text(SHORT, "  ")), AREA).problems()))
			.containsExactly("consultation.error.empty");
	}

	@Test
	void singleChoice_takesExactlyOneKnownOption() {
		assertThat(problems(options(SINGLE, 21L, 22L))).containsExactly("question-2: consultation.error.oneChoice");
		assertThat(problems(options(SINGLE, 31L))).containsExactly("question-2: consultation.error.unknownOption");
		assertThat(problems(options(PROPOSAL, 82L))).isEmpty();
		assertThat(problems(options(PROPOSAL, 81L, 82L))).containsExactly("question-8: consultation.error.oneChoice");
		assertThat(problems(options(PROPOSAL, 21L))).containsExactly("question-8: consultation.error.unknownOption");
	}

	@Test
	void multipleChoice_takesKnownOptions_upToItsMaximum() {
		assertThat(problems(options(MULTIPLE, 31L, 32L))).isEmpty();
		assertThat(problems(options(MULTIPLE, 31L, 32L, 33L)))
			.containsExactly("question-3: consultation.error.tooManyChoices [2]");
		assertThat(problems(options(MULTIPLE, 31L, 31L)))
			.containsExactly("question-3: consultation.error.unknownOption");
		assertThat(problems(options(MULTIPLE, 21L))).containsExactly("question-3: consultation.error.unknownOption");
	}

	@Test
	void scale_takesANumberFromOneToItsMaximum() {
		assertThat(problems(number(SCALE, 1))).isEmpty();
		assertThat(problems(number(SCALE, 10))).isEmpty();
		assertThat(problems(number(SCALE, 0))).containsExactly("question-4: consultation.error.scale [1, 10]");
		assertThat(problems(number(SCALE, 11))).containsExactly("question-4: consultation.error.scale [1, 10]");
	}

	@Test
	void ranking_isEveryOptionOnce() {
		assertThat(problems(options(RANKING, 52L, 53L, 51L))).isEmpty();
		assertThat(problems(options(RANKING, 52L, 53L))).containsExactly("question-5: consultation.error.ranking");
		assertThat(problems(options(RANKING, 52L, 52L, 53L))).containsExactly("question-5: consultation.error.ranking");
		assertThat(problems(options(RANKING, 52L, 53L, 51L, 21L)))
			.containsExactly("question-5: consultation.error.ranking");
	}

	@Test
	void texts_stayWithinTheirLimits_afterStripping() {
		assertThat(problems(text(SHORT, " " + "a".repeat(200) + " "))).isEmpty();
		assertThat(problems(text(SHORT, "a".repeat(201))))
			.containsExactly("question-6: consultation.error.tooLong [200]");
		assertThat(problems(text(LONG, "a".repeat(2000)))).isEmpty();
		assertThat(problems(text(LONG, "a".repeat(2001))))
			.containsExactly("question-7: consultation.error.tooLong [2000]");
	}

	@Test
	void partsThatDoNotFitTheKind_areAProblem() {
		assertThat(problems(new AnswerInput(SHORT.id(), List.of(21L), null, "tekst", null)))
			.containsExactly("question-6: consultation.error.wrongKind");
		assertThat(problems(new AnswerInput(SCALE.id(), null, 3, "drie", null)))
			.containsExactly("question-4: consultation.error.wrongKind");
		assertThat(problems(new AnswerInput(MULTIPLE.id(), List.of(31L), null, null,
				List.of(new PlaceAnswer(0.5, 0.5, null, null)))))
			.containsExactly("question-3: consultation.error.wrongKind");
	}

	@Test
	void place_isAPinInsideTheArea_orWords() {
		assertThat(problems(places(ONE_PLACE, new PlaceAnswer(0.5, 0.5, null, null)))).isEmpty();
		assertThat(problems(places(ONE_PLACE, new PlaceAnswer(null, null, "Bij de kerk", null)))).isEmpty();
		assertThat(problems(places(ONE_PLACE, new PlaceAnswer(0.5, 0.5, "Bij de kerk", "Donker")))).isEmpty();
		assertThat(problems(places(ONE_PLACE, new PlaceAnswer(1.5, 0.5, "Bij de kerk", null))))
			.containsExactly("question-10: consultation.error.outsideArea");
		assertThat(problems(places(ONE_PLACE, new PlaceAnswer(null, null, " ", "Alleen een opmerking"))))
			.containsExactly("question-10: consultation.error.placeEmpty");
		assertThat(problems(places(ONE_PLACE, new PlaceAnswer(0.5, null, null, null))))
			.containsExactly("question-10: consultation.error.placeInvalid");
		assertThat(problems(places(ONE_PLACE, new PlaceAnswer(Double.NaN, 0.5, null, null))))
			.containsExactly("question-10: consultation.error.placeInvalid");
	}

	@Test
	void places_upToTheMaximum_oneWhenNoneIsSet() {
		PlaceAnswer pin = new PlaceAnswer(0.5, 0.5, null, null);
		assertThat(problems(places(PLACE, pin, pin))).isEmpty();
		assertThat(problems(places(PLACE, pin, pin, pin)))
			.containsExactly("question-9: consultation.error.tooManyPlaces [2]");
		assertThat(problems(places(ONE_PLACE, pin, pin)))
			.containsExactly("question-10: consultation.error.tooManyPlaces [1]");
		// a place left completely empty in the form is no place
		assertThat(problems(places(ONE_PLACE, pin, new PlaceAnswer(null, null, "", " ")))).isEmpty();
	}

	@Test
	void placeWordsAndRemarks_stayWithinTheirLimits_oneMessagePerKindOfProblem() {
		assertThat(problems(places(PLACE, new PlaceAnswer(null, null, "w".repeat(201), "r".repeat(501)),
				new PlaceAnswer(2.0, 2.0, null, "r".repeat(501)), new PlaceAnswer(3.0, 3.0, null, null))))
			.containsExactlyInAnyOrder("question-9: consultation.error.tooManyPlaces [2]",
					"question-9: consultation.error.outsideArea",
					"question-9: consultation.error.placeWordsTooLong [200]",
					"question-9: consultation.error.remarkTooLong [500]");
		assertThat(problems(places(PLACE, new PlaceAnswer(null, null, "w".repeat(200), "r".repeat(500))))).isEmpty();
	}

	@Test
	void everyProblem_isFoundAtOnce() {
		assertThat(Problems.of(AnswerRules.check(ALL,
				List.of(options(MULTIPLE, 31L, 32L, 33L), number(SCALE, 11), text(LONG, "a".repeat(2001)),
						places(ONE_PLACE, new PlaceAnswer(5.0, 5.0, null, null))),
				AREA)
			.problems())).containsExactly("question-2: consultation.error.required",
					"question-3: consultation.error.tooManyChoices [2]", "question-4: consultation.error.scale [1, 10]",
					"question-7: consultation.error.tooLong [2000]", "question-10: consultation.error.outsideArea");
	}

}
