package nl.wijkstem.idea.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
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

		VirtualListTester<VirtualList<IdeaCardList.Row>, IdeaCardList.Row> cards = cards();
		List<String> titles = IntStream.range(0, cards.size())
			.mapToObj(card -> cards.getLitRendererPropertyValue(card, "title", String.class))
			.toList();
		int english = titles.indexOf("Bigger bins near the metro station");
		assertThat(english).isNotNegative();
		// the card's template marks its heading and excerpt with this language
		assertThat(cards.getLitRendererPropertyValue(english, "lang", String.class)).isEqualTo("en");
		IntStream.range(0, cards.size())
			.filter(card -> card != english && titles.get(card).matches(".*\\b(de|het|een)\\b.*"))
			.forEach(dutch -> assertThat(cards.getLitRendererPropertyValue(dutch, "lang", String.class)).isEmpty());
	}

	@SuppressWarnings("unchecked")
	private VirtualListTester<VirtualList<IdeaCardList.Row>, IdeaCardList.Row> cards() {
		return test(find(VirtualList.class).withClassName("idea-list").single());
	}

	private Long idea(String title) {
		return jdbc.queryForObject("select id from idea where title = ?", Long.class, title);
	}

}
