package nl.wijkstem.consultation.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import nl.wijkstem.base.ui.FigureTables;
import nl.wijkstem.base.ui.BarChart;
import nl.wijkstem.base.ui.WrittenLanguage;
import nl.wijkstem.consultation.ConsultationPhase;
import nl.wijkstem.consultation.ConsultationResults;
import nl.wijkstem.consultation.QuestionKind;
import nl.wijkstem.programme.MapSettings;

/**
 * A consultation's results: the number of respondents, then per question a bar chart with
 * a table holding the same figures (counts and percentages), the texts a moderator
 * showed, and for place questions the map's grid of cells ({@link PlaceResults}). Takes
 * the counted results; it reads nothing itself.
 */
@StyleSheet("context://wijkstem/styles/consultation-results.css")
public class ConsultationResultsSection extends Composite<Section> {

	/** The class of every results table, for the module's styles. */
	static final String TABLE_CLASS = "consultation-results__table";

	private final ConsultationResults results;

	private final MapSettings map;

	/**
	 * @param map the area map, for place questions
	 */
	public ConsultationResultsSection(ConsultationResults results, MapSettings map) {
		this.results = results;
		this.map = map;
	}

	@Override
	protected Section initContent() {
		Section section = new Section();
		section.addClassName("consultation-results");
		section.add(new H2(getTranslation("consultation.results.title")));
		if (results.phase() != ConsultationPhase.RESULTS) {
			// staff see the results before they are out: say so, so nobody quotes them
			// early
			section.add(new Paragraph(getTranslation("consultation.results.preliminary")));
		}
		section.add(new Paragraph(getTranslation("consultation.results.respondents", results.respondents())));
		if (results.collected() > 0) {
			section.add(new Paragraph(getTranslation("consultation.results.collected", results.collected())));
		}
		boolean sections = results.questions().stream().anyMatch(question -> question.kind() == QuestionKind.SECTION);
		for (ConsultationResults.QuestionResult question : results.questions()) {
			if (question.kind() == QuestionKind.SECTION) {
				section.add(WrittenLanguage.mark(new H3(question.text()), question.language(), getLocale()));
			}
			else {
				section.add(question(question, sections));
			}
		}
		return section;
	}

	private Section question(ConsultationResults.QuestionResult question, boolean underSections) {
		Section part = new Section();
		part.addClassName("consultation-results__question");
		HtmlContainer heading = underSections ? new H4(question.text()) : new H3(question.text());
		part.add(WrittenLanguage.mark(heading, question.language(), getLocale()));
		part.add(new Paragraph(getTranslation("consultation.results.answered", question.answered())));
		if (question.answered() == 0) {
			// an empty chart and a table of zeros would only say it again, less clearly
			return part;
		}
		switch (question.kind()) {
			case SINGLE_CHOICE, PROPOSAL, MULTIPLE_CHOICE -> choices(part, question);
			case RANKING -> ranking(part, question);
			case SCALE -> scale(part, question);
			case SHORT_TEXT, LONG_TEXT -> texts(part, question);
			case PLACE -> part.add(new PlaceResults(question, results.grid(), map));
			case SECTION -> {
			}
		}
		return part;
	}

	private void choices(Section part, ConsultationResults.QuestionResult question) {
		if (question.kind() == QuestionKind.MULTIPLE_CHOICE) {
			part.add(new Paragraph(getTranslation("consultation.results.multipleNote")));
		}
		List<ConsultationResults.OptionCount> options = question.options();
		part.add(chart(BarChart.rows(getTranslation("consultation.results.chart.options"),
				getTranslation("consultation.results.chart.dataset"), bars(options))));
		Element head = FigureTables.headingRow(getTranslation("consultation.results.column.option"),
				getTranslation("consultation.results.column.count"),
				getTranslation("consultation.results.column.percent"));
		Element body = new Element("tbody");
		for (ConsultationResults.OptionCount option : options) {
			Element row = new Element("tr");
			row.appendChild(label(option), FigureTables.number(whole(option.count())),
					FigureTables.number(percent(option.percent())));
			body.appendChild(row);
		}
		part.add(FigureTables.scrolling(TABLE_CLASS,
				getTranslation("consultation.results.table.options", question.text()), head, body));
	}

	private void ranking(Section part, ConsultationResults.QuestionResult question) {
		part.add(new Paragraph(getTranslation("consultation.results.ranking.how")));
		List<ConsultationResults.OptionCount> options = question.options();
		part.add(chart(BarChart.rows(getTranslation("consultation.results.chart.ranking"),
				getTranslation("consultation.results.chart.datasetFirst"), bars(options))));
		Element head = FigureTables.headingRow(getTranslation("consultation.results.column.order"),
				getTranslation("consultation.results.column.choice"),
				getTranslation("consultation.results.column.average"),
				getTranslation("consultation.results.column.first"),
				getTranslation("consultation.results.column.firstPercent"));
		Element body = new Element("tbody");
		int order = 0;
		for (ConsultationResults.OptionCount option : options) {
			order++;
			Element row = new Element("tr");
			row.appendChild(FigureTables.cell(whole(order)), label(option),
					FigureTables.number(option.averagePosition() == null ? "" : decimal(option.averagePosition())),
					FigureTables.number(whole(option.count())), FigureTables.number(percent(option.percent())));
			body.appendChild(row);
		}
		part.add(FigureTables.scrolling(TABLE_CLASS,
				getTranslation("consultation.results.table.ranking", question.text()), head, body));
	}

	private void scale(Section part, ConsultationResults.QuestionResult question) {
		ConsultationResults.ScaleFigures scale = question.scale();
		if (scale.lowLabel() != null || scale.highLabel() != null) {
			part.add(new Paragraph(
					getTranslation("consultation.results.scale.ends", scale.lowLabel() == null ? "" : scale.lowLabel(),
							scale.max(), scale.highLabel() == null ? "" : scale.highLabel())));
		}
		if (question.answered() > 0) {
			part.add(new Paragraph(
					getTranslation("consultation.results.scale.mean", decimal(scale.mean()), scale.max())));
		}
		List<BarChart.Bar> bars = IntStream.rangeClosed(1, scale.max())
			.mapToObj(number -> new BarChart.Bar(whole(number), scale.counts().get(number - 1)))
			.toList();
		part.add(chart(BarChart.columns(getTranslation("consultation.results.chart.scale"),
				getTranslation("consultation.results.chart.dataset"), bars)));
		Element head = FigureTables.headingRow(getTranslation("consultation.results.column.number"),
				getTranslation("consultation.results.column.count"),
				getTranslation("consultation.results.column.percent"));
		Element body = new Element("tbody");
		for (int number = 1; number <= scale.max(); number++) {
			int count = scale.counts().get(number - 1);
			Element row = new Element("tr");
			row.appendChild(FigureTables.rowHeading(whole(number)), FigureTables.number(whole(count)),
					FigureTables.number(percent(question.answered() == 0 ? 0 : 100.0 * count / question.answered())));
			body.appendChild(row);
		}
		part.add(FigureTables.scrolling(TABLE_CLASS,
				getTranslation("consultation.results.table.scale", question.text()), head, body));
	}

	private void texts(Section part, ConsultationResults.QuestionResult question) {
		List<String> shown = question.texts().shown();
		part.add(new Paragraph(getTranslation("consultation.results.texts.shown", shown.size())));
		if (!shown.isEmpty()) {
			part.add(new ShownTexts(shown));
		}
	}

	private Element label(ConsultationResults.OptionCount option) {
		Element heading = FigureTables.rowHeading(option.label());
		if (option.language() != null && !option.language().equals(getLocale().getLanguage())) {
			heading.setAttribute("lang", option.language());
		}
		return heading;
	}

	private static List<BarChart.Bar> bars(List<ConsultationResults.OptionCount> options) {
		return options.stream().map(option -> new BarChart.Bar(option.label(), option.count())).toList();
	}

	private static BarChart chart(BarChart chart) {
		chart.addClassName("consultation-results__chart");
		return chart;
	}

	private String whole(int number) {
		return NumberFormat.getIntegerInstance(getLocale()).format(number);
	}

	private String decimal(double number) {
		NumberFormat format = NumberFormat.getNumberInstance(getLocale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(number);
	}

	private String percent(double percent) {
		NumberFormat format = NumberFormat.getPercentInstance(getLocale());
		format.setMaximumFractionDigits(0);
		return format.format(percent / 100);
	}

}
