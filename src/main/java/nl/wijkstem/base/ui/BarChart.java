package nl.wijkstem.base.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures as a bar chart (Chart.js, frontend/wijkstem/charts/bar-chart.js), in a box
 * sized for its bars: Chart.js fills its parent, which would otherwise grow with it. The
 * chart is one image to a screen reader, named by its description; a {@link FigureTables
 * table} beside it holds the same figures for everyone who cannot see it.
 */
@JavaScript("context://webjars/chart.js/dist/chart.umd.js")
@JavaScript("context://wijkstem/charts/bar-chart.js")
public final class BarChart extends Div {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * @param marked whether the bar stands out (a chosen idea): solid, where the others
	 * are striped; its label must say so in words too
	 */
	public record Bar(String label, int value, boolean marked) {

		public Bar(String label, int value) {
			this(label, value, false);
		}

	}

	private BarChart(String description, String valueLabel, List<Bar> bars, boolean horizontal, boolean marking) {
		addClassName("figure-chart");
		if (horizontal) {
			// each bar gets room, however many there are
			getStyle().set("height", (3 + bars.size() * 2.5) + "rem");
		}
		else {
			addClassName("figure-chart--columns");
		}
		Element canvas = new Element("canvas");
		canvas.setAttribute("role", "img");
		canvas.setAttribute("aria-label", description);
		getElement().appendChild(canvas);
		canvas.executeJs("window.wijkstemBarChart.draw(this, JSON.parse($0), JSON.parse($1), JSON.parse($2), $3, $4)",
				JSON.writeValueAsString(bars.stream().map(Bar::label).toList()),
				JSON.writeValueAsString(bars.stream().map(Bar::value).toList()),
				marking ? JSON.writeValueAsString(bars.stream().map(Bar::marked).toList()) : "null", valueLabel,
				horizontal);
	}

	/** Bars from left to right, as high as their figures. */
	public static BarChart columns(String description, String valueLabel, List<Bar> bars) {
		return new BarChart(description, valueLabel, bars, false, false);
	}

	/** Bars from top to bottom, as long as their figures. */
	public static BarChart rows(String description, String valueLabel, List<Bar> bars) {
		return new BarChart(description, valueLabel, bars, true, false);
	}

	/**
	 * Bars from top to bottom where the marked ones stand out and the others are striped,
	 * also when none is marked (a round in which no idea was chosen).
	 */
	public static BarChart marking(String description, String valueLabel, List<Bar> bars) {
		return new BarChart(description, valueLabel, bars, true, true);
	}

}
