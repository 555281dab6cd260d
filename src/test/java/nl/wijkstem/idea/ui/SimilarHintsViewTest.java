package nl.wijkstem.idea.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.SimilarIdea;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The similar-idea hints on the idea form: support offered only where it would count, and
 * a list that stays in place (and so keeps its buttons) while the matches do not change.
 */
class SimilarHintsViewTest extends ProposeFormTest {

	private static final String TYPED = "Een petanquebaan met bankjes voor de buurt";

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	private static Long open;

	private static Long supported;

	private static Long inProgress;

	private static Long own;

	@BeforeEach
	void ideasLikeTheOneTyped() {
		if (open != null) {
			return;
		}
		open = published("fatima", "Een petanquebaan met bankjes bij het Marnixplantsoen");
		supported = published("fatima", "Een petanquebaan met bankjes aan de Krabbeplas");
		inProgress = published("fatima", "Een petanquebaan met bankjes bij de Goudenregenlaan");
		own = published("kees", "Een petanquebaan met bankjes achter de flat");
		demo.run("kees", () -> ideas.support(supported));
		demo.run("moderator",
				() -> moderation.updateStatus(inProgress,
						publicIdeas.idea(inProgress, Languages.DUTCH).orElseThrow().version(), IdeaStatus.IN_PROGRESS,
						"De gemeente legt de baan in april aan."));
	}

	@Test
	@WithUserDetails("kees")
	void onlyHintsThatTakeSupport_offerTheButton_theOthersSayWhy() {
		navigate(ProposeIdeaView.class);

		test(titleField()).setValue(TYPED);

		Map<Long, ListItem> hints = hints();
		assertThat(hints).containsKeys(open, supported, inProgress, own);
		assertThat(buttons(hints.get(open))).containsExactly("Steun dit idee");
		assertThat(buttons(hints.get(supported))).isEmpty();
		assertThat(buttons(hints.get(inProgress))).isEmpty();
		assertThat(buttons(hints.get(own))).isEmpty();
		assertThat(state(hints.get(supported))).isEqualTo("Je steunt dit idee.");
		assertThat(state(hints.get(inProgress))).isEqualTo("Steunen kan niet meer bij dit idee.");
		assertThat(state(hints.get(own))).isEqualTo("Dit is jouw eigen idee.");
	}

	@Test
	@WithUserDetails("fatima")
	void theSameMatchesAgain_leaveTheHintsInPlace_andSupportingShowsTheNewCount() {
		navigate(ProposeIdeaView.class);
		test(titleField()).setValue(TYPED);
		ListItem hint = hints().get(own);
		Button support = find(Button.class).from(hint).withText("Steun dit idee").single();
		String countBefore = find(Span.class).withClassName("similar-ideas__meta").from(hint).single().getText();

		// leaving another field saves the draft and looks for similar ideas again
		test(placeField()).selectItem("Park of groen");

		assertThat(hints().get(own)).isSameAs(hint);
		assertThat(find(Button.class).from(hint).withText("Steun dit idee").single()).isSameAs(support);

		test(support).click();

		assertThat(support.getText()).isEqualTo("Je steunt dit idee.");
		assertThat(support.isEnabled()).isFalse();
		String countAfter = find(Span.class).withClassName("similar-ideas__meta").from(hint).single().getText();
		assertThat(number(countAfter)).isEqualTo(number(countBefore) + 1);
	}

	@Test
	@WithUserDetails("fatima")
	void theSameIdeasInAnotherOrder_leaveTheListAsItWas() {
		// near-equal scores swap places when the index takes in a change elsewhere
		SimilarIdeasPanel panel = new SimilarIdeasPanel(ideas);
		SimilarIdea first = new SimilarIdea(open, "Petanque bij het Marnixplantsoen", 2, false, List.of("petanque"),
				null);
		SimilarIdea second = new SimilarIdea(own, "Petanque achter de flat", 0, false, List.of("petanque"), null);
		panel.show(List.of(first, second), true);
		List<ListItem> before = find(ListItem.class).from(panel).all();

		panel.show(List.of(second, first), true);

		assertThat(find(ListItem.class).from(panel).all()).containsExactlyElementsOf(before);
	}

	private static int number(String text) {
		if (!text.matches(".*\\d.*")) {
			// "nog geen steun"
			return 0;
		}
		return Integer.parseInt(text.replaceAll("^\\D*(\\d+).*$", "$1"));
	}

	private Map<Long, ListItem> hints() {
		return find(ListItem.class).from(similarIdeas())
			.all()
			.stream()
			.collect(Collectors.toMap(
					item -> Long.valueOf(find(RouterLink.class).from(item).single().getHref().replaceAll("\\D", "")),
					Function.identity()));
	}

	private List<String> buttons(ListItem hint) {
		return find(Button.class).from(hint).all().stream().map(Button::getText).toList();
	}

	private String state(ListItem hint) {
		return find(Paragraph.class).withClassName("similar-ideas__state").from(hint).single().getText();
	}

	private Long published(String author, String title) {
		return fixture.sentInAndPublished(author,
				new IdeaDraft(title, "Dan kunnen buren van alle leeftijden samen buiten spelen en praten.",
						PlaceKind.SQUARE, null, "", null, null));
	}

}
