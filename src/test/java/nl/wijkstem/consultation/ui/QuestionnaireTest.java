package nl.wijkstem.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.QuestionItem;
import nl.wijkstem.consultation.QuestionItem.OptionItem;
import nl.wijkstem.consultation.QuestionKind;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire on its own, with questions made up here: what each field sends, the
 * question that follows an answer, the ranking's order, and problems at their questions.
 */
class QuestionnaireTest extends ViewTest {

	@Autowired
	ProgrammeService programme;

	private static final List<QuestionItem> QUESTIONS = List.of(
			question(1L, 1, QuestionKind.SECTION, "Over jou", false, null, List.of()),
			question(2L, 2, QuestionKind.SINGLE_CHOICE, "Hoe ga je door de wijk?", true, null,
					List.of(option(21L, "Lopend"), option(22L, "Fiets"))),
			new QuestionItem(3L, 3, QuestionKind.SHORT_TEXT, "Welke route loop je?", "", "nl", false, null, null, null,
					null, null, null, 2L, 21L, List.of()),
			question(4L, 4, QuestionKind.MULTIPLE_CHOICE, "Wat helpt?", false, 2,
					List.of(option(41L, "Licht"), option(42L, "Camera's"), option(43L, "Buurtwacht"))),
			new QuestionItem(5L, 5, QuestionKind.SCALE, "Hoe veilig voel je je?", "", "nl", false, null, 5,
					"niet veilig", "heel veilig", 99L, "Een straat bij avond", null, null, List.of()),
			question(6L, 6, QuestionKind.RANKING, "Welke avond?", false, null,
					List.of(option(61L, "Borrel"), option(62L, "Sport"), option(63L, "Film"))),
			question(7L, 7, QuestionKind.LONG_TEXT, "Nog iets?", false, null, List.of()),
			question(8L, 8, QuestionKind.PROPOSAL, "Elke vrijdag een buurtwacht.", false, null,
					List.of(option(81L, "Ja"), option(82L, "Nee"), option(83L, "Geen mening"))),
			question(9L, 9, QuestionKind.PLACE, "Waar voel je je niet veilig?", false, 2, List.of()));

	private Questionnaire questionnaire;

	private static QuestionItem question(Long id, int position, QuestionKind kind, String text, boolean required,
			Integer maxChoices, List<OptionItem> options) {
		return new QuestionItem(id, position, kind, text, "", "nl", required, maxChoices, null, null, null, null, null,
				null, null, options);
	}

	private static OptionItem option(Long id, String label) {
		return new OptionItem(id, label, "nl");
	}

	@BeforeEach
	void showQuestionnaire() {
		navigate(HomeView.class);
		show(List.of());
	}

	private void show(List<AnswerInput> answersBefore) {
		questionnaire = new Questionnaire(QUESTIONS, answersBefore, programme.mapSettings(),
				programme::containsLocation);
		UI.getCurrent().add(questionnaire);
	}

	@SuppressWarnings("unchecked")
	private RadioButtonGroup<OptionItem> radios(String label) {
		return find(RadioButtonGroup.class).withLabel(label).single();
	}

	@Test
	void requiredQuestion_saysSoInWords_andTheScaleEnds_areInTheButtonNames() {
		assertThat(find(RadioButtonGroup.class).withLabel("Hoe ga je door de wijk? (verplicht)").exists()).isTrue();
		@SuppressWarnings("unchecked")
		RadioButtonGroup<Integer> scale = find(RadioButtonGroup.class).withLabel("Hoe veilig voel je je?").single();
		assertThat(scale.getItemLabelGenerator().apply(1)).isEqualTo("1 (niet veilig)");
		assertThat(scale.getItemLabelGenerator().apply(3)).isEqualTo("3");
		assertThat(scale.getItemLabelGenerator().apply(5)).isEqualTo("5 (heel veilig)");
		Image image = find(Image.class).withClassName("question__image").single();
		assertThat(image.getSrc()).isEqualTo("/raadplegingen/afbeelding/99");
		assertThat(image.getAlt()).contains("Een straat bij avond");
	}

	@Test
	void conditionalQuestion_appearsWithItsOption_andIsEmptiedWhenHidden() {
		assertThat(find(TextField.class).withLabel("Welke route loop je?").exists()).isFalse();

		test(radios("Hoe ga je door de wijk? (verplicht)")).selectItem("Lopend");
		TextField route = find(TextField.class).withLabel("Welke route loop je?").single();
		test(route).setValue("Langs het station");
		assertThat(questionnaire.answers()).extracting(AnswerInput::questionId).containsExactly(2L, 3L);

		test(radios("Hoe ga je door de wijk? (verplicht)")).selectItem("Fiets");
		assertThat(find(TextField.class).withLabel("Welke route loop je?").exists()).isFalse();
		assertThat(route.getValue()).isEmpty();
		assertThat(questionnaire.answers()).extracting(AnswerInput::questionId).containsExactly(2L);
	}

	@Test
	void ranking_byItsButtons_sendsTheNewOrder_andTellsWhereTheOptionIsNow() {
		assertThat(questionnaire.answers()).isEmpty();

		test(find(Button.class).withAttribute("aria-label", "Omhoog: Film").single()).click();

		assertThat(questionnaire.answers()).singleElement()
			.satisfies(answer -> assertThat(answer.optionIds()).containsExactly(61L, 63L, 62L));
		assertThat(find(Span.class).withText("Film staat nu op plek 2 van 3.").exists()).isTrue();
		assertThat(find(Span.class).withClassName("ranking__label").all()).extracting(Span::getText)
			.containsExactly("Borrel", "Film", "Sport");
		assertThat(find(Checkbox.class).withLabel("Deze volgorde is mijn antwoord").single().getValue()).isTrue();
	}

	@Test
	void placeInWords_withRemark_isSent_andCanBeRemoved() {
		test(find(TextField.class).withLabel("Of beschrijf de plek in woorden").single())
			.setValue("Achter de sporthal");
		test(find(Button.class).withText("Plek toevoegen").single()).click();
		test(find(TextField.class).withLabel("Wat wil je over plek 1 zeggen? (niet verplicht)").single())
			.setValue("Geen licht");

		assertThat(questionnaire.answers()).singleElement()
			.satisfies(answer -> assertThat(answer.places())
				.containsExactly(new AnswerInput.PlaceAnswer(null, null, "Achter de sporthal", "Geen licht")));

		test(find(Button.class).withText("Plek 1 weghalen").single()).click();
		assertThat(questionnaire.answers()).isEmpty();
	}

	@Test
	void multipleChoice_saysTheMaximum_andSendsInTheOptionsOrder() {
		@SuppressWarnings("unchecked")
		CheckboxGroup<OptionItem> helps = find(CheckboxGroup.class).withLabel("Wat helpt?").single();
		assertThat(helps.getHelperText()).isEqualTo("Kies er hoogstens 2.");
		test(helps).selectItem("Buurtwacht");
		test(helps).selectItem("Licht");
		assertThat(questionnaire.answers()).singleElement()
			.satisfies(answer -> assertThat(answer.optionIds()).containsExactly(41L, 43L));
	}

	@Test
	void answersGivenBefore_areFilledIn_includingTheConditionalOne() {
		UI.getCurrent().remove(questionnaire);
		List<AnswerInput> before = List.of(new AnswerInput(2L, List.of(21L), null, null, null),
				new AnswerInput(3L, null, null, "Langs het station", null),
				new AnswerInput(6L, List.of(63L, 62L, 61L), null, null, null),
				new AnswerInput(7L, null, null, "Meer licht graag", null));
		show(before);

		assertThat(questionnaire.answers()).containsExactlyElementsOf(before);
		assertThat(find(TextArea.class).single().getValue()).isEqualTo("Meer licht graag");
	}

	@Test
	void problems_standAtTheirQuestions_andTheRestIsSaidApart() {
		String general = questionnaire
			.showProblems(new Rejection(List.of(new Rejection.Problem("question-2", "consultation.error.required"),
					new Rejection.Problem(null, "consultation.error.empty"))));

		RadioButtonGroup<OptionItem> travel = radios("Hoe ga je door de wijk? (verplicht)");
		assertThat(travel.isInvalid()).isTrue();
		assertThat(travel.getErrorMessage()).isNotBlank();
		assertThat(general).isNotBlank();
	}

}
