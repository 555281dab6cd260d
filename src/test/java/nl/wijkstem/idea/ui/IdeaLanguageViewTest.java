package nl.wijkstem.idea.ui;

import java.util.Map;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An idea written in another language than the page's carries its language, so a screen
 * reader pronounces it right; an idea in the page's language carries none.
 */
class IdeaLanguageViewTest extends ViewTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void englishIdea_onTheDutchPage_isMarkedEnglish_titleAndText() {
		navigate(IdeaView.class, Map.of("ideaId", idea("Bigger bins near the metro station").toString()));

		assertThat(find(H1.class).single().getElement().getAttribute("lang")).isEqualTo("en");
		assertThat(find(TextWithLinks.class).all().getFirst().getElement().getAttribute("lang")).isEqualTo("en");
	}

	@Test
	void dutchIdea_onTheDutchPage_isNotMarked() {
		navigate(IdeaView.class, Map.of("ideaId", idea("Bankjes rond de Krabbeplas").toString()));

		assertThat(find(H1.class).single().getElement().hasAttribute("lang")).isFalse();
		assertThat(find(TextWithLinks.class).all().getFirst().getElement().hasAttribute("lang")).isFalse();
	}

	@Test
	void ideaCards_markTheEnglishIdeas_only() {
		navigate(IdeaListView.class);

		test(find(TextField.class).withLabel("Zoeken").single()).setValue("bins metro prullenbakken");

		ListItem english = card("Bigger bins near the metro station");
		assertThat(find(H3.class).from(english).single().getElement().getAttribute("lang")).isEqualTo("en");
		assertThat(find(Paragraph.class).withClassName("user-text")
			.from(english)
			.single()
			.getElement()
			.getAttribute("lang")).isEqualTo("en");
		find(ListItem.class).withClassName("idea-card")
			.all()
			.stream()
			.filter(card -> !card.getElement().getText().contains("Bigger bins"))
			.filter(card -> find(H3.class).from(card)
				.single()
				.getElement()
				.getTextRecursively()
				.matches(".*\\b(de|het|een)\\b.*"))
			.forEach(dutch -> assertThat(find(H3.class).from(dutch).single().getElement().hasAttribute("lang"))
				.isFalse());
	}

	private ListItem card(String title) {
		return find(ListItem.class).withClassName("idea-card")
			.withCondition(card -> find(H3.class).from(card).single().getElement().getTextRecursively().equals(title))
			.single();
	}

	private Long idea(String title) {
		return jdbc.queryForObject("select id from idea where title = ?", Long.class, title);
	}

}
