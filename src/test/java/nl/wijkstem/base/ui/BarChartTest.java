package nl.wijkstem.base.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import nl.wijkstem.base.ui.BarChart.Bar;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the chart hands to its script: the bars' figures as JSON, and which bars stand out
 * only in a chart that marks them.
 */
class BarChartTest extends ViewTest {

	@Test
	void aChartThatMarks_stripesEveryBar_whenNoneIsMarked() {
		UI.getCurrent()
			.add(BarChart.marking("Stemmen per idee", "Stemmen",
					List.of(new Bar("Bankjes", 3, false), new Bar("Bomen", 1, false))));

		assertThat(drawn()).contains("[false,false]").doesNotContain("null");
	}

	@Test
	void aChartThatMarks_marksOnlyItsMarkedBars() {
		UI.getCurrent()
			.add(BarChart.marking("Stemmen per idee", "Stemmen",
					List.of(new Bar("Bankjes (gekozen)", 3, true), new Bar("Bomen", 1, false))));

		assertThat(drawn()).contains("[true,false]");
	}

	@Test
	void aPlainChart_marksNothing_andItsLabelsAreJsonEvenWithQuotes() {
		UI.getCurrent()
			.add(BarChart.rows("Antwoorden", "Bewoners",
					List.of(new Bar("Een \"fontein\" </script>", 2), new Bar("Bomen", 1))));

		assertThat(drawn()).contains("null")
			.contains("[\"Een \\\"fontein\\\" </script>\",\"Bomen\"]")
			.contains("[2,1]");
	}

	/** The one drawing the chart asked for, with its parameters. */
	private static String drawn() {
		UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
		List<String> draws = UI.getCurrent()
			.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.map(PendingJavaScriptInvocation::getInvocation)
			.filter(invocation -> invocation.getExpression().contains("wijkstemBarChart.draw"))
			.map(invocation -> invocation.getParameters().toString())
			.toList();
		assertThat(draws).hasSize(1);
		return draws.get(0);
	}

}
