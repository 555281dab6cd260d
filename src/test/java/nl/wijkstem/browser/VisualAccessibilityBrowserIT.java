package nl.wijkstem.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.TestRounds;
import nl.wijkstem.voting.RoundService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an auditor checks by eye and axe cannot: fields and check boxes whose edges can be
 * seen (WCAG 1.4.11), focus rings that stand out, labels that wrap on a narrow screen and
 * with wider text spacing (1.4.10, 1.4.12), a focused element never hidden under the
 * ballot's sticky remaining budget (2.4.7, 2.4.11), and a page without motion for who
 * asked for none. Measured in the page with {@link VisualCheck}.
 */
class VisualAccessibilityBrowserIT extends BrowserTest {

	/**
	 * WCAG 1.4.11: user interface components and graphics against what is next to them.
	 */
	private static final double NON_TEXT_CONTRAST = 3.0;

	@Autowired
	IdeaFixture fixture;

	@Autowired
	RoundService rounds;

	@Autowired
	DemoUsers demo;

	@Autowired
	TestClock clock;

	@ParameterizedTest(name = "{0}, signed in as {1}")
	@CsvSource({ "ideas/new?concept=nieuw, kees", "vote, kees", "admin/round, beheerder", "login, ''" })
	void everyFieldAndCheckBox_hasAnEdgeOfThreeToOne(String path, String username) {
		Long round = path.equals("vote") ? budgetRoundOpenForVoting() : null;
		if (!username.isEmpty()) {
			signInWithPassword(username);
		}
		open(round != null ? "vote/" + round : path);

		List<String> edges = VisualCheck.fieldEdges(page);
		assertThat(edges).as("fields on " + path).isNotEmpty();
		assertThat(edges).as("edges below 3:1 on " + path)
			.filteredOn(edge -> Double.parseDouble(edge.replaceAll(".*: ", "")) < NON_TEXT_CONTRAST)
			.isEmpty();
	}

	@Test
	void aFocusedField_andTheFocusedMap_haveARingOfThreeToOne() {
		signInWithPassword("kees");
		open("ideas/new?concept=nieuw");
		page.getByLabel("Je idee in één zin").focus();
		// from the keyboard, as the ring shows for keyboard focus only
		page.keyboard().press("Tab");
		page.keyboard().press("Shift+Tab");
		assertThat(VisualCheck.focusRingContrast(page)).as("the focused title field's ring")
			.isGreaterThanOrEqualTo(NON_TEXT_CONTRAST);

		tabTo(".area-map");
		assertThat(VisualCheck.focusRingContrast(page)).as("the focused map's ring")
			.isGreaterThanOrEqualTo(NON_TEXT_CONTRAST);

		// an invalid field keeps an edge, in red
		page.evaluate("() => document.querySelectorAll('vaadin-text-field, vaadin-select')"
				+ ".forEach(field => field.invalid = true)");
		assertThat(VisualCheck.fieldEdges(page)).as("edges of invalid fields")
			.filteredOn(edge -> Double.parseDouble(edge.replaceAll(".*: ", "")) < NON_TEXT_CONTRAST)
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}, signed in as {1}")
	@CsvSource({ "ideas/new?concept=nieuw, kees", "admin/round, beheerder" })
	void labels_wrap_onA320pxScreen_andWithWiderTextSpacing(String path, String username) {
		signInWithPassword(username);
		open(path);
		List<String> problems = new ArrayList<>();

		page.setViewportSize(320, 800);
		waitForVaadin();
		VisualCheck.cutLabels(page).forEach(cut -> problems.add("320 px: " + cut));
		page.setViewportSize(360, 800);
		page.addStyleTag(new Page.AddStyleTagOptions().setContent(VisualCheck.TEXT_SPACING));
		waitForVaadin();
		VisualCheck.cutLabels(page).forEach(cut -> problems.add("360 px with text spacing: " + cut));

		assertThat(problems).as("labels cut off on " + path).isEmpty();
	}

	@Test
	void theAccessibilityStatement_fitsA320pxScreen() {
		page.setViewportSize(320, 800);
		open("accessibility");

		assertThat(LayoutCheck.problems(page)).isEmpty();
	}

	/**
	 * A phone held upright, a 1280 × 1024 screen zoomed to 400 % and a 1280 × 720 one
	 * zoomed to 200 %: the remaining budget sticks to the bottom of the first only.
	 */
	@ParameterizedTest(name = "{0} × {1} px")
	@CsvSource({ "360, 740", "320, 256", "640, 360" })
	void theBallotsRemainingBudget_coversNoFocusedElement(int width, int height) {
		Long round = budgetRoundOpenForVoting();
		signInWithPassword("kees");
		page.setViewportSize(width, height);
		open("vote/" + round);
		page.locator(".ballot__tally").waitFor();

		List<String> stops = new ArrayList<>();
		for (int tab = 0; tab < 100; tab++) {
			page.keyboard().press("Tab");
			String stop = VisualCheck.focusedElement(page);
			if (stop.equals("body")) {
				break;
			}
			stops.add(stop);
		}
		assertThat(stops).as("focus stops on the ballot").hasSizeGreaterThan(20);
		assertThat(stops).as("focus stops covered at %d × %d px", width, height)
			.filteredOn(stop -> !stop.startsWith("ok "))
			.isEmpty();
	}

	@Test
	void reducedMotion_stillsTheMapAndTheComponents() {
		signInWithPassword("kees");
		page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
		open("ideas/new?concept=nieuw");
		page.locator(".area-map.leaflet-container").waitFor();

		assertThat(mapAnimations()).containsOnly(Map.entry("zoomAnimation", false), Map.entry("fadeAnimation", false),
				Map.entry("markerZoomAnimation", false), Map.entry("inertia", false));
		// Lumo's own transitions live inside the components
		Object labelTransition = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector("
				+ "'vaadin-text-field').shadowRoot.querySelector('[part=label]')).transitionDuration)");
		assertThat(((Number) labelTransition).doubleValue()).isLessThan(0.001);

		page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.NO_PREFERENCE));
		open("ideas/new?concept=nieuw");
		page.locator(".area-map.leaflet-container").waitFor();
		assertThat(mapAnimations()).as("without the wish")
			.containsOnly(Map.entry("zoomAnimation", true), Map.entry("fadeAnimation", true),
					Map.entry("markerZoomAnimation", true), Map.entry("inertia", true));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Boolean> mapAnimations() {
		return (Map<String, Boolean>) page.evaluate("""
				() => {
				  const options = document.querySelector('.area-map').wijkstemMap.map.options;
				  return { zoomAnimation: options.zoomAnimation, fadeAnimation: options.fadeAnimation,
				      markerZoomAnimation: options.markerZoomAnimation, inertia: options.inertia };
				}""");
	}

	private void tabTo(String selector) {
		for (int tab = 0; tab < 60; tab++) {
			if (Boolean.TRUE.equals(page.evaluate("s => document.activeElement?.matches(s)", selector))) {
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("the keyboard never reached " + selector);
	}

	/** A budget round with eight ideas, open for votes, and kees a verified resident. */
	private Long budgetRoundOpenForVoting() {
		String unique = IdeaFixture.unique();
		Long goal = fixture.goals().get(2).id();
		List<Long> ideas = new ArrayList<>();
		for (String title : new String[] { "Bankjes bij de speeltuin", "Meer licht in het park bij de vijver",
				"Bloembakken", "Een buurtmoestuin achter de school", "Fietsenrek bij het winkelcentrum",
				"Zwerfvuilactie met de kinderen", "Boom op het plein", "Een trapveldje voor de oudere jeugd" }) {
			ideas.add(fixture.published(title + " " + unique, goal));
		}
		demo.signIn("beheerder");
		Long round = rounds.create(
				TestRounds.budget(clock.instant(), "Zichtbaar budget " + unique, "Visible budget " + unique, 100_000L));
		for (Long idea : ideas) {
			rounds.addIdea(round, idea, 20_000L);
		}
		SignIn.out();
		clock.moveBy(Duration.ofHours(2));
		demo.verifiedInPerson("kees");
		return round;
	}

}
