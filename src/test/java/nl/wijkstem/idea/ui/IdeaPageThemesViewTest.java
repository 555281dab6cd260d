package nl.wijkstem.idea.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.html.DescriptionList;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idea page's facts: the themes once (the programme bureau's filing when there is
 * one, else the resident's own choice), and the place in words also for an idea that was
 * only pinned on the map.
 */
@WithUserDetails("kees")
class IdeaPageThemesViewTest extends ViewTest {

	@Autowired
	IdeaFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void filedThemes_areTheOneThemeLine() {
		Long idea = fixture.published("Een idee met twee thema's " + IdeaFixture.unique(),
				fixture.goals().getFirst().id(), Set.of(fixture.theme("Leefbaarheid"), fixture.theme("Kind")));

		navigate(IdeaView.class, Map.of("ideaId", idea.toString()));

		assertThat(terms()).containsOnlyOnce("Thema’s").doesNotContain("Thema");
		assertThat(description("Thema’s")).isIn("Kind, Leefbaarheid", "Leefbaarheid, Kind");
	}

	@Test
	void ideaPinnedBeforeWordsWereNeeded_saysInTextWhereThePinIs() {
		Long idea = fixture.published("Een idee met alleen een speld " + IdeaFixture.unique(),
				fixture.goals().getFirst().id(), Set.of());
		jdbc.update("update idea set location_text = '', latitude = 51.9095, longitude = 4.3042 where id = ?", idea);

		navigate(IdeaView.class, Map.of("ideaId", idea.toString()));

		assertThat(description("Waar"))
			.isEqualTo("Alleen op de kaart aangegeven: 51,90950 noorderbreedte, 4,30420 oosterlengte");
	}

	private List<String> terms() {
		return find(DescriptionList.Term.class).from(find(DescriptionList.class).atIndex(1))
			.all()
			.stream()
			.map(term -> term.getElement().getTextRecursively())
			.toList();
	}

	private String description(String term) {
		List<String> terms = terms();
		return find(DescriptionList.Description.class).from(find(DescriptionList.class).atIndex(1))
			.all()
			.get(terms.indexOf(term))
			.getElement()
			.getTextRecursively();
	}

}
