package nl.wijkstem.consultation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;
import nl.wijkstem.base.Languages;
import nl.wijkstem.consultation.ConsultationPhase;
import nl.wijkstem.consultation.ConsultationResults;
import nl.wijkstem.consultation.ConsultationResults.Cell;
import nl.wijkstem.consultation.ConsultationResults.OptionCount;
import nl.wijkstem.consultation.ConsultationResults.QuestionResult;
import nl.wijkstem.consultation.QuestionKind;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results section built from counted results, without a database: what residents and
 * screen readers get (tables with captions and headings, charts with a name, the map's
 * cells in words).
 */
class ConsultationResultsSectionTest extends ViewTest {

	static final ConsultationResults.Grid GRID = new ConsultationResults.Grid(100, 51.9214, 4.3005, 0.0009, 0.00146, 19,
			19);

	@Autowired
	ProgrammeService programme;

	static ConsultationResults results() {
		List<QuestionResult> questions = List.of(
				new QuestionResult(10L, 1, QuestionKind.SECTION, "Over je straat", "nl", 0, null, null, null, null),
				new QuestionResult(11L, 2, QuestionKind.SINGLE_CHOICE, "Waar een bankje?", "nl", 3,
						List.of(new OptionCount(1L, "In het park", "nl", 2, 66.67, null),
								new OptionCount(2L, "Op het plein", "nl", 1, 33.33, null)),
						null, null, null),
				new QuestionResult(12L, 3, QuestionKind.RANKING, "Wat eerst?", "nl", 3,
						List.of(new OptionCount(3L, "Buurtbioscoop", "nl", 2, 66.67, 1.67),
								new OptionCount(4L, "Samen koken", "nl", 1, 33.33, 2.0)),
						null, null, null),
				new QuestionResult(13L, 4, QuestionKind.SCALE, "Hoe veilig?", "nl", 4, null,
						new ConsultationResults.ScaleFigures(5, "onveilig", "veilig", List.of(0, 1, 0, 2, 1), 3.75),
						null, null),
				new QuestionResult(14L, 5, QuestionKind.LONG_TEXT, "Wat mist er?", "nl", 4, null, null,
						new ConsultationResults.TextFigures(4, List.of("Een speeltuin")), null),
				new QuestionResult(15L, 6, QuestionKind.PLACE, "Waar voel je je onveilig?", "nl", 12, null, null, null,
						new ConsultationResults.PlaceFigures(11, 6,
								List.of(new Cell(9, 9, "J10", "CENTRE", 51.9124, 4.3136, 51.9133, 4.3151, 5, 5,
										List.of("Donker pad"))),
								2,
								List.of(new ConsultationResults.WordsPlace("Tunnel onder het spoor", "Geen licht")))));
		return new ConsultationResults(7L, "Veilig over straat", "nl", ConsultationPhase.RESULTS, true, 14, 2,
				questions, GRID);
	}

	@Test
	void section_showsEveryQuestion_withAChartAndATableHoldingTheSameFigures() {
		ConsultationResultsSection section = shown();

		String text = section.getElement().getTextRecursively();
		assertThat(text).contains("14 bewoners deden mee.", "Daarvan gaven 2 bewoners hun antwoord op papier",
				"3 bewoners beantwoordden deze vraag.", "Het gemiddelde cijfer is 3,8 (van 1 tot 5).",
				"1 betekent: onveilig. 5 betekent: veilig.");
		assertThat(texts(section, "h3")).containsExactly("Over je straat");
		assertThat(texts(section, "h4")).containsExactly("Waar een bankje?", "Wat eerst?", "Hoe veilig?",
				"Wat mist er?", "Waar voel je je onveilig?");

		List<Element> tables = all(section.getElement(), "table");
		assertThat(tables).extracting(table -> all(table, "caption").getFirst().getText())
			.containsExactly("Antwoorden op: Waar een bankje?", "Volgorde bij: Wat eerst?", "Cijfers bij: Hoe veilig?",
					"Plekken per vak bij: Waar voel je je onveilig?");
		assertThat(all(section.getElement(), "th"))
			.allSatisfy(heading -> assertThat(heading.getAttribute("scope")).isIn("col", "row"));
		assertThat(rows(tables.get(0))).containsExactly(List.of("In het park", "2", "67%"),
				List.of("Op het plein", "1", "33%"));
		assertThat(rows(tables.get(1))).containsExactly(List.of("1", "Buurtbioscoop", "1,7", "2", "67%"),
				List.of("2", "Samen koken", "2,0", "1", "33%"));
		assertThat(rows(tables.get(2)).get(3)).containsExactly("4", "2", "50%");

		List<Element> charts = all(section.getElement(), "canvas");
		assertThat(charts).hasSize(3)
			.allSatisfy(canvas -> assertThat(canvas.getAttribute("role")).isEqualTo("img"))
			.allSatisfy(canvas -> assertThat(canvas.getAttribute("aria-label"))
				.endsWith("De tabel hieronder geeft dezelfde cijfers."));
		assertThat(javaScript()).anyMatch(js -> js.contains("wijkstemBarChart.draw")
				&& js.contains("[\"In het park\",\"Op het plein\"]") && js.contains("[2,1]"));
	}

	@Test
	void section_showsOnlyShownTexts_andTheMapCellsInWords() {
		ConsultationResultsSection section = shown();

		assertThat(all(section.getElement(), "li").stream().map(Element::getTextRecursively))
			.containsExactly("Een speeltuin", "Donker pad", "Tunnel onder het spoor: Geen licht");
		assertThat(section.getElement().getTextRecursively()).contains("Er zijn 11 plekken aangewezen op de kaart.",
				"vakken van 100 bij 100 meter",
				"6 plekken liggen in vakken waar minder dan 5 bewoners een plek aanwezen.",
				"2 plekken zijn in woorden beschreven");
		assertThat(rows(all(section.getElement(), "table").getLast()))
			.containsExactly(List.of("J10", "in het midden", "5", "5", "Donker pad"));
		assertThat(javaScript()).anyMatch(js -> js.contains("wijkstemResultsMap.showCells")
				&& js.contains("\"south\":51.9124") && js.contains("\"pins\":5"));
	}

	@Test
	void manyTexts_areShownAPartAtATime() {
		UI.getCurrent().setLocale(Languages.DUTCH);
		List<String> many = java.util.stream.IntStream.rangeClosed(1, 60).mapToObj(i -> "Antwoord " + i).toList();
		ShownTexts texts = new ShownTexts(many);
		UI.getCurrent().add(texts);
		Button more = find(Button.class, texts).single();

		assertThat(all(texts.getElement(), "li")).hasSize(25);
		assertThat(more.getText()).isEqualTo("Toon nog 25 antwoorden (er zijn er nog 35)");
		test(more).click();
		test(more).click();

		assertThat(all(texts.getElement(), "li")).hasSize(60)
			.last()
			.satisfies(item -> assertThat(item.getText()).isEqualTo("Antwoord 60"));
		assertThat(more.isVisible()).isFalse();
	}

	@Test
	void resultsBeforeTheirMoment_areMarkedAsProvisional() {
		ConsultationResults published = results();
		ConsultationResultsSection section = shown(
				new ConsultationResults(published.consultationId(), published.title(), published.language(),
						ConsultationPhase.OPEN, true, 14, 2, published.questions(), GRID),
				Languages.DUTCH);

		assertThat(section.getElement().getTextRecursively()).contains("Dit is een tussenstand");
		assertThat(shown().getElement().getTextRecursively()).doesNotContain("tussenstand");
	}

	@Test
	void section_speaksEnglish() {
		ConsultationResultsSection section = shown(results(), Languages.ENGLISH);

		assertThat(section.getElement().getTextRecursively()).contains("14 residents took part.", "The average is 3.8",
				"in the centre");
	}

	@Test
	void aQuestionNobodyAnswered_saysSo_withoutAnEmptyChartOrTable() {
		List<QuestionResult> questions = List
			.of(new QuestionResult(11L, 1, QuestionKind.SINGLE_CHOICE, "Waar een bankje?", "nl", 0,
					List.of(new OptionCount(1L, "In het park", "nl", 0, 0.0, null)), null, null, null));
		ConsultationResultsSection section = shown(new ConsultationResults(7L, "Veilig over straat", "nl",
				ConsultationPhase.RESULTS, true, 3, 0, questions, GRID), Languages.DUTCH);

		assertThat(section.getElement().getTextRecursively()).contains("Niemand beantwoordde deze vraag.");
		assertThat(all(section.getElement(), "table")).isEmpty();
		assertThat(all(section.getElement(), "canvas")).isEmpty();
	}

	private ConsultationResultsSection shown() {
		return shown(results(), Languages.DUTCH);
	}

	private ConsultationResultsSection shown(ConsultationResults results, Locale locale) {
		UI.getCurrent().setLocale(locale);
		ConsultationResultsSection section = new ConsultationResultsSection(results, programme.mapSettings());
		UI.getCurrent().add(section);
		return section;
	}

	/** The scripts the page would run, as the next response to the browser sends them. */
	private static List<String> javaScript() {
		UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
		return UI.getCurrent()
			.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.map(PendingJavaScriptInvocation::getInvocation)
			.map(invocation -> invocation.getExpression() + " " + invocation.getParameters())
			.toList();
	}

	private static List<String> texts(ConsultationResultsSection section, String tag) {
		return all(section.getElement(), tag).stream().map(Element::getText).toList();
	}

	private static List<List<String>> rows(Element table) {
		return all(table, "tbody").getFirst()
			.getChildren()
			.map(row -> row.getChildren().map(Element::getTextRecursively).collect(Collectors.toList()))
			.toList();
	}

	static List<Element> all(Element root, String tag) {
		List<Element> found = new ArrayList<>();
		collect(root, tag, found);
		return found;
	}

	private static void collect(Element element, String tag, List<Element> found) {
		if (element.isTextNode()) {
			return;
		}
		if (tag.equals(element.getTag())) {
			found.add(element);
		}
		element.getChildren().forEach(child -> collect(child, tag, found));
	}

}
