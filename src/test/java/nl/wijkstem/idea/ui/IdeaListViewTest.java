package nl.wijkstem.idea.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import nl.wijkstem.idea.IdeaSort;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class IdeaListViewTest extends ViewTest {

	@Test
	void visitor_seesTwentyPublishedIdeasAPage() {
		navigate(IdeaListView.class);

		assertThat(cards().size()).isEqualTo(IdeaListView.PAGE_SIZE);
		assertThat(find(H2.class).withTextContaining("ideeën gevonden").single().getText())
			.matches("\\d+ ideeën gevonden");
	}

	@Autowired
	DemoUsers demo;

	@Test
	void aVisitor_seesNoSupportButtons_aResidentSupportsFromTheCard_andTakesItBack() {
		navigate(IdeaListView.class);
		assertThat(cardProperties("support")).isNotEmpty().allMatch(String::isEmpty);
		assertThat(cardProperties("own")).allMatch(String::isEmpty);

		demo.signIn("kees");
		navigate(IdeaListView.class);
		test(find(TextField.class).withLabel("Zoeken").single()).setValue("lantaarnpalen krabbeplas");
		String toggle = property(0, "support");
		String title = property(0, "title");
		boolean supportedBefore = toggle.equals("Steun intrekken");
		int before = supporters(0);
		assertThat(property(0, "supportLabel")).isEqualTo(toggle + ": " + title);

		cards().invokeLitRendererFunction(0, "toggleSupport");

		assertThat(supporters(0)).isEqualTo(supportedBefore ? before - 1 : before + 1);
		assertThat(property(0, "support")).isEqualTo(supportedBefore ? "Steun dit idee" : "Steun intrekken");
		assertThat(property(0, "supportLabel")).isEqualTo(property(0, "support") + ": " + title);
		cards().invokeLitRendererFunction(0, "toggleSupport");
		assertThat(supporters(0)).isEqualTo(before);
	}

	private int supporters(int card) {
		String counts = property(card, "counts");
		return counts.contains("nog geen steun") ? 0
				: Integer.parseInt(counts.replaceAll("^\\D*(\\d+) bewoner.*$", "$1"));
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
	void search_saysOnEachCardWhichWordsItWasFoundFor_andNothingWithoutASearch() {
		navigate(IdeaListView.class);
		assertThat(cardProperties("matched")).isNotEmpty().allMatch(String::isEmpty);

		test(find(TextField.class).withLabel("Zoeken").single()).setValue("lantaarnpalen krabbeplas");

		assertThat(property(0, "matched")).startsWith("Gevonden op: ").containsIgnoringCase("krabbeplas");
	}

	@Test
	void filterByPlace_showsOnlyThatKindOfPlace() {
		navigate(IdeaListView.class);
		@SuppressWarnings("unchecked")
		Select<PlaceKind> place = find(Select.class).withLabel("Soort plek").single();

		test(place).selectItem("Speeltuin");

		List<String> kinds = cardProperties("meta");
		assertThat(kinds).isNotEmpty().allSatisfy(kind -> assertThat(kind).startsWith("Speeltuin"));
		assertThat(cardTitles()).contains("Speeltuin Reigerlaan opknappen");
	}

	@Test
	void anAddressWithSearchFiltersAndPage_showsThatList() {
		navigate(IdeaListView.class);
		test(find(Button.class).withText("Volgende").single()).click();
		List<String> secondPage = cardLinks();

		open(Map.of("page", "2"));
		assertThat(cardLinks()).isEqualTo(secondPage);
		assertThat(find(Span.class).withTextContaining("Pagina 2 van").exists()).isTrue();

		open(Map.of("q", "speeltuin", "place", "PLAYGROUND"));
		assertThat(find(TextField.class).withLabel("Zoeken").single().getValue()).isEqualTo("speeltuin");
		@SuppressWarnings("unchecked")
		Select<PlaceKind> place = find(Select.class).withLabel("Soort plek").single();
		assertThat(place.getValue()).isEqualTo(PlaceKind.PLAYGROUND);
		@SuppressWarnings("unchecked")
		Select<IdeaSort> sort = find(Select.class).withLabel("Sorteren").single();
		assertThat(sort.getValue()).isEqualTo(IdeaSort.RELEVANCE);
		assertThat(cardTitles()).contains("Speeltuin Reigerlaan opknappen");
	}

	@Test
	void filtersChosenInTheAddress_showTheFilterPanelOpen() {
		navigate(IdeaListView.class);
		assertThat(find(Details.class).single().isOpened()).isFalse();

		open(Map.of("place", "PLAYGROUND"));

		assertThat(find(Details.class).single().isOpened()).isTrue();
	}

	@Test
	void anAddressWithNonsense_showsTheFirstPageOfAllIdeas() {
		open(Map.of("page", "9999", "status", "DRAFT", "place", "MOON", "goal", "abc", "sort", "<b>"));

		assertThat(cards().size()).isEqualTo(IdeaListView.PAGE_SIZE);
		assertThat(find(Span.class).withTextContaining("Pagina 1 van").exists()).isTrue();
		@SuppressWarnings("unchecked")
		Select<IdeaStatus> status = find(Select.class).withLabel("Status").single();
		assertThat(status.getValue()).isNull();
	}

	/** Opens the list at an address with these query parameters. */
	private void open(Map<String, String> parameters) {
		UI.getCurrent().navigate(IdeaListView.class, QueryParameters.simple(parameters));
	}

	private List<String> cardLinks() {
		return cardProperties("href");
	}

	private List<String> cardTitles() {
		return cardProperties("title");
	}

	/** The cards, which the browser draws from a template with these properties. */
	@SuppressWarnings("unchecked")
	private VirtualListTester<VirtualList<IdeaCardList.Row>, IdeaCardList.Row> cards() {
		return test(find(VirtualList.class).withClassName("idea-list").single());
	}

	private String property(int card, String name) {
		return cards().getLitRendererPropertyValue(card, name, String.class);
	}

	private List<String> cardProperties(String name) {
		VirtualListTester<VirtualList<IdeaCardList.Row>, IdeaCardList.Row> cards = cards();
		return IntStream.range(0, cards.size())
			.mapToObj(card -> cards.getLitRendererPropertyValue(card, name, String.class))
			.toList();
	}

}
