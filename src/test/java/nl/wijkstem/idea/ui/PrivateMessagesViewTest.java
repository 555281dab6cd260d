package nl.wijkstem.idea.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.RevisionReason;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a moderator writes to an author (asking for changes, the decision, the reason for
 * changing the text, hiding or showing again, marking as duplicate) is read by the author
 * and the bureau only: every public view, signed out or as another resident, shows none
 * of it, while the public update shows to all.
 */
class PrivateMessagesViewTest extends ViewTest {

	private static final List<String> PRIVATE = List.of("Wil je je telefoonnummer 06-11112222 weghalen?",
			"Bedankt Kees, je idee staat nu online. Groet, Sanne (privé 010-3334444)",
			"Het huisnummer van de buurman weggehaald uit de tekst.",
			"Verborgen omdat er een naam van een buurman in stond.", "Weer zichtbaar nu de naam weg is, Kees.",
			"Kees, dit idee bestaat al; steun dat andere idee, dan telt je stem mee.");

	private static final String PUBLIC_UPDATE = "We bekijken dit met de gemeente en de woningcorporatie.";

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	private Long idea;

	private Long duplicate;

	@BeforeEach
	void anIdeaWithEveryKindOfMessageToItsAuthor() {
		idea = submitted("Een zebrapad bij de Marnixschool");
		demo.signIn("moderator");
		decisions.decide(idea, version(idea), ModerationDecision.REQUEST_CHANGES, PRIVATE.get(0));
		demo.signIn("kees");
		ideas.submit(idea, draft("Een zebrapad bij de Marnixschool"));
		demo.signIn("moderator");
		decisions.decide(idea, version(idea), ModerationDecision.PUBLISH, PRIVATE.get(1));
		moderation.revise(idea, version(idea), "Een veilig zebrapad bij de Marnixschool", draftText(), "",
				RevisionReason.PERSONAL_DATA, PRIVATE.get(2));
		moderation.hide(idea, version(idea), PRIVATE.get(3));
		moderation.unhide(idea, version(idea), PRIVATE.get(4));
		moderation.updateStatus(idea, version(idea), IdeaStatus.UNDER_CONSIDERATION, PUBLIC_UPDATE);
		duplicate = submitted("Zebrapad bij de school in de Marnixstraat");
		demo.signIn("moderator");
		decisions.decide(duplicate, version(duplicate), ModerationDecision.PUBLISH, "");
		moderation.markDuplicate(duplicate, version(duplicate), idea, PRIVATE.get(5));

		SignIn.out();
	}

	@Test
	void everyPublicView_signedOut_showsNoMessageMeantForTheAuthor() {
		String shown = everyPublicView();

		assertThat(shown).contains(PUBLIC_UPDATE).contains("Een veilig zebrapad bij de Marnixschool");
		PRIVATE.forEach(message -> assertThat(shown).doesNotContain(message));
	}

	@Test
	void everyPublicView_asAnotherResident_showsNoMessageMeantForTheAuthor() {
		demo.signIn("fatima");
		String shown = everyPublicView();

		assertThat(shown).contains(PUBLIC_UPDATE);
		PRIVATE.forEach(message -> assertThat(shown).doesNotContain(message));
	}

	@Test
	void theAuthor_readsTheMessagesOnTheIdeaPage_markedAsPrivate() {
		demo.signIn("kees");
		String shown = page(IdeaView.class, Map.of("ideaId", idea.toString()))
				+ page(IdeaView.class, Map.of("ideaId", duplicate.toString()));

		assertThat(shown).contains(PRIVATE.get(1), PRIVATE.get(2), PRIVATE.get(5), PUBLIC_UPDATE)
			.contains("Dit bericht zien alleen de indiener en het programmabureau.");
	}

	/**
	 * The text of every view a person who is signed out may open, with both ideas' pages
	 * for the views that show one idea.
	 */
	private String everyPublicView() {
		StringBuilder shown = new StringBuilder();
		List<RouteData> routes = new ArrayList<>(RouteConfiguration.forApplicationScope().getAvailableRoutes());
		assertThat(routes).extracting(RouteData::getNavigationTarget).contains(IdeaView.class);
		for (RouteData route : routes) {
			if (!route.getNavigationTarget().isAnnotationPresent(com.vaadin.flow.server.auth.AnonymousAllowed.class)) {
				continue;
			}
			if (route.getNavigationTarget() == IdeaView.class) {
				shown.append(page(IdeaView.class, Map.of("ideaId", idea.toString())));
				shown.append(page(IdeaView.class, Map.of("ideaId", duplicate.toString())));
			}
			else if (!route.getTemplate().contains(":")) {
				UI.getCurrent().navigate(route.getTemplate());
				shown.append(shownText());
			}
		}
		return shown.toString();
	}

	private String page(Class<IdeaView> view, Map<String, String> parameters) {
		navigate(view, parameters);
		return shownText();
	}

	/** All text of the view and the layout around it. */
	private static String shownText() {
		return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast().getElement().getTextRecursively();
	}

	private Long submitted(String title) {
		demo.signIn("kees");
		return ideas.submit(null, draft(title)).id();
	}

	private static IdeaDraft draft(String title) {
		return new IdeaDraft(title, draftText(), PlaceKind.STREET, null, "Marnixstraat", null, null);
	}

	private static String draftText() {
		return "Kinderen steken hier elke ochtend over naar school. Een zebrapad maakt het veiliger.";
	}

	private int version(Long ideaId) {
		return jdbc.queryForObject("select version from idea where id = ?", Integer.class, ideaId);
	}

}
