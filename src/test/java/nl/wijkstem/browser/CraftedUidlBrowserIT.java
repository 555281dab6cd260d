package nl.wijkstem.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crafted UIDL requests (ASVS V8, issue 20): a signed-in resident's browser sends Vaadin
 * messages the page itself would never send. The page's own Vaadin client sends a
 * harmless message and the test rewrites it on the way out, so the security key, the
 * client and sync ids stay right and only the events are the attacker's. The server must
 * act only on components of the resident's own UI that are attached, visible and enabled.
 */
class CraftedUidlBrowserIT extends BrowserTest {

	private static final String UIDL = "v-r=uidl";

	@Autowired
	IdeaService ideas;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	/** The events the next message of the page's client carries instead of its own. */
	private final AtomicReference<JsonArray> crafted = new AtomicReference<>();

	private final List<String> craftedResponses = new ArrayList<>();

	/**
	 * Takes the rewriting away before the page closes. A message the page sends while it
	 * closes would otherwise reach the handler, whose resume then fails on the closed
	 * page and makes the close itself fail (seen once in CI).
	 */
	@AfterEach
	void stopRewriting() {
		page.unrouteAll();
	}

	@Test
	void moderatorsPublishMessages_replayedInAResidentsUi_publishNothing() {
		Long recorded = submitted("Opgenomen besluit");
		Long target = submitted("Doelwit van een nagebootst besluit");

		// the moderator publishes one idea; the test keeps every message the page sends
		signInWithPassword("moderator");
		open("moderation/" + recorded);
		List<String> messages = new ArrayList<>();
		page.onRequest(request -> keepUidl(request, messages));
		Locator panel = page.locator(".action-panel");
		panel.getByText("Publiceren", new Locator.GetByTextOptions().setExact(true)).click();
		waitForVaadin();
		panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
		waitForVaadin();
		assertThat(status(recorded)).as("the recorded messages do publish, in the moderator's UI")
			.isEqualTo("PUBLISHED");
		JsonArray publish = new JsonArray();
		messages.forEach(body -> publish.addAll(JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("rpc")));
		assertThat(publish.toString()).contains("\"event\":\"click\"");
		signOut();

		// a resident tries the moderator's page of another idea, then replays the
		// messages
		signInWithPassword("kees");
		open("moderation/" + target);
		assertThat(page.locator("h1").innerText()).isEqualTo("Geen toegang");
		interceptUidl();
		int changesBefore = statusChanges(target);
		int recordedChanges = statusChanges(recorded);

		sendCrafted(publish);

		assertThat(craftedResponses).as("the crafted message reached the server and was answered").hasSize(1);
		assertThat(status(target)).isEqualTo("SUBMITTED");
		assertThat(statusChanges(target)).isEqualTo(changesBefore);
		assertThat(statusChanges(recorded)).as("nor was the recorded idea decided again").isEqualTo(recordedChanges);
		open("ideas");
		assertThat(page.locator("h1").innerText()).as("the application still answers").isNotBlank();
	}

	@Test
	void clickOnADisabledButton_isIgnored_whileTheSameClickOnItEnabledCounts() {
		String title = "Kunstgras voor het trapveldje aan de Zwanensingel "
				+ UUID.randomUUID().toString().substring(0, 6);
		Long idea = published(title);
		signInWithPassword("kees");
		open("ideas/new?concept=nieuw");
		interceptUidl();
		page.getByLabel("Je idee in één zin").fill("Kunstgras voor het trapveldje aan de Zwanensingel");
		Locator item = page.locator(".similar-ideas__item").filter(new Locator.FilterOptions().setHasText(title));
		item.waitFor();
		waitForVaadin();
		Locator button = item.locator("vaadin-button");
		assertThat(button.innerText()).isEqualTo("Steun dit idee");
		int node = nodeId(button);
		JsonArray click = JsonParser
			.parseString("[{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{}}]")
			.getAsJsonArray();

		// enabled: the crafted click is the resident's own click, and counts
		sendCrafted(click);
		item.getByText("Je steunt dit idee.").waitFor();
		assertThat(supports(idea)).as("the crafted click on the enabled button").isEqualTo(1);
		assertThat((Boolean) button.evaluate("b => b.disabled")).isTrue();

		// disabled: the same click again, after the support was taken back elsewhere
		demo.as("kees", () -> {
			ideas.withdrawSupport(idea);
			return null;
		});
		assertThat(supports(idea)).isZero();
		sendCrafted(click);

		assertThat(craftedResponses).hasSize(2);
		assertThat(supports(idea)).as("the crafted click on the disabled button").isZero();
		assertThat(nodeId(button)).as("the button is still there, disabled").isEqualTo(node);
	}

	/**
	 * Makes the page's client send a message, and swaps its events for the crafted ones.
	 */
	private void sendCrafted(JsonArray rpc) {
		crafted.set(rpc);
		page.evaluate("() => Object.values(window.Vaadin.Flow.clients).find(c => c.sendEventMessage)"
				+ ".sendEventMessage(1, 'wijkstem-crafted', {})");
		waitForVaadin();
		assertThat(crafted.get()).as("the crafted message went out").isNull();
	}

	private void interceptUidl() {
		page.route(address -> address.contains(UIDL), this::rewrite);
	}

	private void rewrite(Route route) {
		JsonArray rpc = crafted.getAndSet(null);
		if (rpc == null) {
			passOn(route);
			return;
		}
		JsonObject message = JsonParser.parseString(route.request().postData()).getAsJsonObject();
		message.add("rpc", rpc);
		APIResponse answer = route.fetch(new Route.FetchOptions().setPostData(message.toString()));
		craftedResponses.add(answer.status() + " " + answer.text());
		assertThat(answer.status()).isEqualTo(200);
		route.fulfill(new Route.FulfillOptions().setResponse(answer));
	}

	/** A message the test does not rewrite goes out as the page sent it. */
	private void passOn(Route route) {
		try {
			route.resume();
		}
		catch (PlaywrightException closing) {
			if (!page.isClosed()) {
				throw closing;
			}
		}
	}

	private static void keepUidl(Request request, List<String> messages) {
		if (request.url().contains(UIDL) && request.postData() != null) {
			JsonElement rpc = JsonParser.parseString(request.postData()).getAsJsonObject().get("rpc");
			if (rpc != null && !rpc.getAsJsonArray().isEmpty()) {
				messages.add(request.postData());
			}
		}
	}

	private int nodeId(Locator element) {
		return ((Number) element
			.evaluate("e => Object.values(window.Vaadin.Flow.clients).find(c => c.getNodeId).getNodeId(e)")).intValue();
	}

	private String status(Long idea) {
		return jdbc.queryForObject("select status from idea where id = ?", String.class, idea);
	}

	private int statusChanges(Long idea) {
		return jdbc.queryForObject("select count(*) from idea_status_change where idea_id = ?", Integer.class, idea);
	}

	/** Kees's supports of the idea: 1 or 0. */
	private int supports(Long idea) {
		return demo.as("kees", () -> publicIdeas.idea(idea, Languages.DUTCH).orElseThrow().supportedByMe() ? 1 : 0);
	}

	private Long submitted(String title) {
		return demo.as("fatima",
				() -> ideas.submit(null, draft(title + " " + UUID.randomUUID().toString().substring(0, 6))).id());
	}

	private Long published(String title) {
		return fixture.sentInAndPublished("fatima", draft(title));
	}

	private static IdeaDraft draft(String title) {
		return new IdeaDraft(title, "Een voorstel van Fatima met genoeg woorden om het goed te begrijpen.",
				PlaceKind.GREEN, null, "Zwanensingel", null, null);
	}

}
