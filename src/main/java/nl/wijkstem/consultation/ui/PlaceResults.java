package nl.wijkstem.consultation.ui;

import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import nl.wijkstem.base.ui.FigureTables;
import nl.wijkstem.consultation.ConsultationResults;
import nl.wijkstem.programme.MapSettings;
import nl.wijkstem.programme.ui.AreaMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A place question's results: the area map with a rectangle and count per cell shown, and
 * the same cells in a table (named as on a printed map grid and by where in the area they
 * lie) with the remarks a moderator showed; then the places given in words. Cells with
 * fewer than {@link ConsultationResults#MIN_RESPONDENTS_PER_CELL} residents never reach
 * this component.
 */
@JavaScript("context://wijkstem/consultation/results-map.js")
class PlaceResults extends Composite<Div> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConsultationResults.QuestionResult question;

	private final ConsultationResults.Grid grid;

	private final MapSettings map;

	PlaceResults(ConsultationResults.QuestionResult question, ConsultationResults.Grid grid, MapSettings map) {
		this.question = question;
		this.grid = grid;
		this.map = map;
	}

	@Override
	protected Div initContent() {
		ConsultationResults.PlaceFigures places = question.places();
		Div content = new Div();
		content.addClassName("consultation-results__places");
		content.add(new Paragraph(getTranslation("consultation.results.map.pins", places.pins())));
		if (places.pins() > 0) {
			content.add(new Paragraph(getTranslation("consultation.results.map.grid", grid.cellMetres())));
			if (places.hiddenPins() > 0) {
				content.add(new Paragraph(getTranslation("consultation.results.map.hidden", places.hiddenPins(),
						ConsultationResults.MIN_RESPONDENTS_PER_CELL)));
			}
			if (places.cells().isEmpty()) {
				content.add(new Paragraph(getTranslation("consultation.results.map.noCells",
						ConsultationResults.MIN_RESPONDENTS_PER_CELL)));
			}
			else {
				content.add(map(places.cells()), table(places.cells()));
			}
		}
		if (places.wordsOnly() > 0) {
			content.add(new Paragraph(getTranslation("consultation.results.words.count", places.wordsOnly())));
			content.add(new Paragraph(getTranslation("consultation.results.words.shown", places.shownWords().size())));
			if (!places.shownWords().isEmpty()) {
				content.add(new ShownTexts(places.shownWords()
					.stream()
					.map(place -> place.remark() == null ? place.words()
							: getTranslation("consultation.results.words.withRemark", place.words(), place.remark()))
					.toList()));
			}
		}
		return content;
	}

	private AreaMap map(List<ConsultationResults.Cell> cells) {
		AreaMap area = new AreaMap(map, false, getTranslation("consultation.results.map.label", question.text()));
		area.addClassName("consultation-results__map");
		List<MapCell> drawn = cells.stream()
			.map(cell -> new MapCell(cell.south(), cell.west(), cell.north(), cell.east(), cell.pins()))
			.toList();
		area.getElement()
			.executeJs("window.wijkstemResultsMap.showCells(this, JSON.parse($0))", JSON.writeValueAsString(drawn));
		return area;
	}

	private Div table(List<ConsultationResults.Cell> cells) {
		Element head = FigureTables.headingRow(getTranslation("consultation.results.column.cell"),
				getTranslation("consultation.results.column.where"), getTranslation("consultation.results.column.pins"),
				getTranslation("consultation.results.column.people"),
				getTranslation("consultation.results.column.remarks"));
		Element body = new Element("tbody");
		NumberFormat whole = NumberFormat.getIntegerInstance(getLocale());
		for (ConsultationResults.Cell cell : cells) {
			Element row = new Element("tr");
			Element remarks = new Element("td");
			if (!cell.remarks().isEmpty()) {
				UnorderedList list = new UnorderedList();
				list.addClassName("consultation-results__remarks");
				cell.remarks().forEach(remark -> {
					ListItem item = new ListItem(remark);
					item.addClassName("user-text");
					list.add(item);
				});
				remarks.appendChild(list.getElement());
			}
			row.appendChild(FigureTables.rowHeading(cell.name()),
					FigureTables.cell(getTranslation("consultation.results.direction." + cell.direction())),
					FigureTables.number(whole.format(cell.pins())),
					FigureTables.number(whole.format(cell.respondents())), remarks);
			body.appendChild(row);
		}
		return FigureTables.scrolling(ConsultationResultsSection.TABLE_CLASS,
				getTranslation("consultation.results.map.table", question.text()), head, body);
	}

	/** What the map script needs of a cell. */
	record MapCell(double south, double west, double north, double east, int pins) {
	}

}
