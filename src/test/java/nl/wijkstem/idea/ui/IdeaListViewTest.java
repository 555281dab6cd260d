package nl.wijkstem.idea.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdeaListViewTest extends ViewTest {

	@Test
	void visitor_seesTwentyPublishedIdeasAPage() {
		navigate(IdeaListView.class);

		assertThat(find(ListItem.class).withClassName("idea-card").all()).hasSize(IdeaListView.PAGE_SIZE);
		assertThat(find(Paragraph.class).withTextContaining("ideeën gevonden").single().getText())
			.matches("\\d+ ideeën gevonden");
	}

	@Test
	void nextPage_showsTheFollowingIdeas() {
		navigate(IdeaListView.class);
		List<String> first = cardLinks();

		test(find(Button.class).withText("Volgende").single()).click();

		assertThat(find(Span.class).withTextContaining("Pagina 2 van").exists()).isTrue();
		assertThat(cardLinks()).isNotEmpty().doesNotContainAnyElementsOf(first);
		assertThat(find(Button.class).withText("Vorige").single().isEnabled()).isTrue();
	}

	@Test
	void search_findsOtherWordForms_bestMatchFirst() {
		navigate(IdeaListView.class);

		test(find(TextField.class).withLabel("Zoeken").single()).setValue("lantaarnpalen krabbeplas");

		assertThat(cardTitles().getFirst()).isEqualTo("Meer licht op het pad langs de Krabbeplas");
	}

	@Test
	void filterByPlace_showsOnlyThatKindOfPlace() {
		navigate(IdeaListView.class);
		@SuppressWarnings("unchecked")
		Select<PlaceKind> place = find(Select.class).withLabel("Soort plek").single();

		test(place).selectItem("Speeltuin");

		List<String> kinds = find(Paragraph.class).withClassName("idea-card__meta")
			.all()
			.stream()
			.map(Paragraph::getText)
			.toList();
		assertThat(kinds).isNotEmpty().allSatisfy(kind -> assertThat(kind).startsWith("Speeltuin"));
		assertThat(cardTitles()).contains("Speeltuin Reigerlaan opknappen");
	}

	private List<String> cardLinks() {
		return find(ListItem.class).withClassName("idea-card")
			.all()
			.stream()
			.map(card -> find(RouterLink.class).from(card).first().getHref())
			.toList();
	}

	private List<String> cardTitles() {
		return find(ListItem.class).withClassName("idea-card")
			.all()
			.stream()
			.map(card -> find(RouterLink.class).from(card).first().getText())
			.toList();
	}

}
