package nl.wijkstem.idea.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.vaadin.flow.component.html.Span;
import nl.wijkstem.idea.IdeaStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBadgeTest {

	@Test
	void everyStatus_hasItsOwnModifier_andTheStylesheetGivesEachAColourAndASymbol() throws IOException {
		String css = Files.readString(Path.of("frontend/wijkstem/styles/wijkstem.css"));

		Arrays.stream(IdeaStatus.values()).forEach(status -> {
			Span badge = StatusBadge.mark(new Span(), status);
			String modifier = badge.getClassNames()
				.stream()
				.filter(name -> name.startsWith("status-badge--"))
				.findFirst()
				.orElseThrow();
			assertThat(badge.getClassNames()).contains("status-badge");
			assertThat(css).as(modifier + " has a colour").containsPattern("\\." + modifier + "[,\\s{]");
			assertThat(css).as(modifier + " has a symbol hidden from screen readers")
				.containsPattern("\\." + modifier + "::before[^{]*\\{\\s*content: \"[^\"]+\" / \"\";");
		});
	}

	@Test
	void cantAndChosen_lookDifferent() {
		assertThat(StatusBadge.mark(new Span(), IdeaStatus.NOT_FEASIBLE).getClassNames())
			.doesNotContainAnyElementsOf(StatusBadge.mark(new Span(), IdeaStatus.CHOSEN)
				.getClassNames()
				.stream()
				.filter(name -> name.startsWith("status-badge--"))
				.toList());
	}

}
