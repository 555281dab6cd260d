package nl.wijkstem.browser;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.MouseButton;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class IdeaBrowserIT extends BrowserTest {

	private static final Pattern IDEA_PAGE = Pattern.compile(".*/ideas/(\\d+)$");

	@Autowired
	IdeaFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoUsers demo;

	@Test
	void resident_seesWhyAHintIsShown_andIsToldWhenNothingIsSimilar() {
		signInWithPassword("fatima");
		// an empty form: the form goes on with fatima's latest draft, and one another
		// test
		// left with a pin on the map shows the ideas near that pin as hints
		open("ideas/new?concept=nieuw");
		// a live region that appears with its first words is often not read out at all
		Locator told = page.locator(".similar-ideas__status");
		assertThat(told.getAttribute("aria-live")).isEqualTo("polite");
		assertThat(told.getAttribute("role")).isEqualTo("status");
		assertThat(told.textContent()).isEmpty();
		assertThat(told.getAttribute("hidden")).as("not hidden from screen readers").isNull();

		page.getByLabel("Je idee in één zin").fill("Lantaarnpalen langs de Krabbeplas");
		Locator hints = page.locator(".similar-ideas");
		hints.getByText("Meer licht op het pad langs de Krabbeplas").waitFor();
		assertThat(hints.locator(".similar-ideas__reason").first().innerText()).startsWith("Ook over: ");
		assertThat(told.textContent())
			.matches("Er (is 1 idee dat|zijn \\d+ ideeën die) op het jouwe (lijkt|lijken)\\.");
		assertAccessible();
		screenshots("similar-hints-nl");

		// words no demo idea or other test's idea uses
		page.getByLabel("Je idee in één zin").fill("Schaakclub met simultaanpartijen op dinsdagmiddag");
		hints.getByText("We vonden nog geen idee dat op het jouwe lijkt.").waitFor();
		assertThat(told.textContent()).isEqualTo("We vonden nog geen idee dat op het jouwe lijkt.");
		// Vaadin leaves a hidden list as it was; what people (and screen readers) get is
		// none
		assertThat(hints.getByRole(AriaRole.LINK).count()).isZero();
		assertAccessible();
		screenshots("similar-hints-none-nl");
	}

	@Test
	void resident_proposesOnAPhone_seesTheSimilarHint_andTheIdeaWaitsForReview() {
		page.setViewportSize(360, 800);
		signInWithPassword("fatima");
		open("ideas/new?concept=nieuw");

		page.getByLabel("Je idee in één zin").fill("Lantaarnpalen langs de Krabbeplas");
		page.locator(".similar-ideas").getByText("Meer licht op het pad langs de Krabbeplas").waitFor();
		assertAccessible();
		page.getByLabel("Vertel meer")
			.fill("Het pad langs de plas is 's avonds pikdonker. Met lantaarnpalen durven mensen er weer te lopen.");
		choose("Wat voor plek is het?", "Verlichting");
		page.getByLabel("Waar is het?").fill("Wandelpad aan de oostkant van de Krabbeplas");
		Locator map = page.locator(".area-map");
		map.click(new Locator.ClickOptions().setPosition(4, 4));
		page.locator(".pin-status").getByText("buiten de wijk").waitFor();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speld in het midden zetten")).click();
		page.locator(".pin-status").getByText("De speld staat op de kaart.").waitFor();
		assertThat(map.locator(".leaflet-marker-icon").count()).isEqualTo(1);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Idee insturen")).click();
		page.waitForURL(IDEA_PAGE);
		waitForVaadin();

		assertThat(page.locator("h1").innerText()).isEqualTo("Lantaarnpalen langs de Krabbeplas");
		page.locator(".area-map .leaflet-marker-icon").waitFor();
		assertThat(page.locator(".notice").innerText()).contains("wacht op controle");
		assertAccessible();
		Long id = Long.valueOf(IDEA_PAGE.matcher(page.url()).replaceFirst("$1"));

		open("my/ideas");
		assertThat(page.locator(".card")
			.filter(new Locator.FilterOptions().setHasText("Lantaarnpalen langs de Krabbeplas"))
			.innerText()).contains("Wacht op controle");

		publishAsModerator(id);
		signOut();
		open("ideas");
		page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoeken")).fill("lantaarnpaal");
		page.locator(".idea-card").first().getByText("Lantaarnpalen langs de Krabbeplas").waitFor();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon op de kaart")).click();
		page.locator(".area-map .leaflet-marker-icon").first().waitFor();
		assertAccessible();
	}

	@Test
	void theListKeepsSearchAndPageInItsAddress_andANewPageStartsAtTheResultsHeading() {
		open("ideas");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
		waitForVaadin();

		assertThat(page.evaluate("document.activeElement.localName + ':' + document.activeElement.textContent"))
			.asString()
			.matches("h2:\\d+ ideeën gevonden");
		page.waitForURL(Pattern.compile(".*/ideas\\?page=2$"));
		String firstOfPageTwo = page.locator(".idea-list .idea-card:visible h3 a").first().innerText();
		page.locator(".idea-list .idea-card:visible h3 a").first().click();
		page.waitForURL(Pattern.compile(".*/ideas/\\d+$"));
		waitForVaadin();
		page.goBack();
		waitForVaadin();
		assertThat(page.getByText(Pattern.compile("Pagina 2 van")).isVisible()).isTrue();
		assertThat(page.locator(".idea-list .idea-card:visible h3 a").first().innerText()).isEqualTo(firstOfPageTwo);

		Locator search = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoeken").setExact(true));
		search.fill("speeltuin");
		page.waitForURL(Pattern.compile(".*/ideas\\?q=speeltuin$"));
		page.reload();
		waitForVaadin();
		assertThat(search.inputValue()).isEqualTo("speeltuin");
		assertThat(page.locator(".idea-list .idea-card:visible h3 a").allInnerTexts())
			.contains("Speeltuin Reigerlaan opknappen");
		assertThat(page.locator(".idea-list .idea-card:visible .idea-card__matched").first().innerText())
			.startsWith("Gevonden op: ");
		assertAccessible();
		screenshots("ideas-search");
	}

	/**
	 * The list reuses its item elements: when a search shows fewer cards, the ones left
	 * over stay in the document, hidden (from sight and from screen readers alike), so
	 * locators take the visible cards.
	 */
	@Test
	void theCardsDrawnInTheBrowser_areAList_eachWithAHeadingAndALink_reachedInOrderByTab_inTheirLanguage() {
		open("ideas");
		Locator list = page.getByRole(AriaRole.LIST)
			.filter(new Locator.FilterOptions().setHas(page.locator(".idea-card")));
		Locator items = list.getByRole(AriaRole.LISTITEM);
		assertThat(items.count()).isEqualTo(20);
		@SuppressWarnings("unchecked")
		List<String> links = (List<String>) page.locator(".idea-list .idea-card:visible h3 a")
			.evaluateAll("links => links.map(a => a.getAttribute('href'))");
		assertThat(links).hasSize(20).allMatch(href -> href.matches("ideas/\\d+"));
		for (int i = 0; i < 20; i++) {
			assertThat(items.nth(i)
				.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3))
				.getByRole(AriaRole.LINK)
				.count()).isEqualTo(1);
		}

		page.locator(".idea-list-view__count").focus();
		for (String href : links) {
			page.keyboard().press("Tab");
			assertThat(page.evaluate("() => document.activeElement.getAttribute('href')")).isEqualTo(href);
		}

		// other tests publish ideas too: a seeded one is found by search, not by its page
		page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoeken"))
			.fill("Bankjes rond de Krabbeplas");
		page.waitForURL(Pattern.compile(".*/ideas\\?q=Bankjes.*"));
		waitForVaadin();
		// the seeded idea itself: other tests publish ideas whose titles begin alike
		Locator dutch = page.locator(".idea-list .idea-card:visible")
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Bankjes rond de Krabbeplas").setExact(true))));
		dutch.waitFor();
		assertThat(dutch.locator("h3").getAttribute("lang")).isNull();
		assertThat(dutch.locator(".user-text").getAttribute("lang")).isNull();

		page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoeken"))
			.fill("bins metro prullenbakken");
		page.waitForURL(Pattern.compile(".*/ideas\\?q=bins.*"));
		waitForVaadin();
		Locator english = page.locator(".idea-list .idea-card:visible")
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Bigger bins near the metro station").setExact(true))));
		english.waitFor();
		assertThat(english.locator("h3").getAttribute("lang")).isEqualTo("en");
		assertThat(english.locator(".user-text").getAttribute("lang")).isEqualTo("en");
		assertAccessible();

		// a middle click opens the idea in a new tab; a plain click lets the router
		// navigate
		Locator link = english.locator("h3 a");
		Page tab = context.waitForPage(() -> link.click(new Locator.ClickOptions().setButton(MouseButton.MIDDLE)));
		tab.waitForURL(Pattern.compile(".*/ideas/\\d+$"));
		tab.close();
		page.evaluate("() => window.stillTheSamePage = true");
		link.click();
		page.waitForURL(Pattern.compile(".*/ideas/\\d+$"));
		waitForVaadin();
		assertThat(page.locator("h1").innerText()).isEqualTo("Bigger bins near the metro station");
		assertThat(page.evaluate("() => window.stillTheSamePage === true")).isEqualTo(true);
	}

	@Test
	void onAPhone_theFiltersAreFolded_soTheFirstIdeaIsOnTheFirstScreens_andOpenOnADesktop() {
		page.setViewportSize(360, 740);
		open("ideas");

		Locator filters = page.locator("vaadin-details.idea-filters__more");
		assertThat(filters.getAttribute("opened")).isNull();
		double firstCard = (double) page.locator(".idea-list .idea-card:visible").first().boundingBox().y;
		assertThat(firstCard).isLessThan(740 * 1.2);
		assertAccessible();

		page.setViewportSize(1280, 900);
		open("ideas");
		assertThat(filters.getAttribute("opened")).isNotNull();
	}

	@Test
	void signingInToSupport_leadsBackToTheIdea() {
		Long id = jdbc.queryForObject("select id from idea where title = ?", Long.class, "Moestuin voor de buurt");
		open("ideas/" + id);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in om dit idee te steunen")).click();
		page.waitForURL(url -> url.contains("login"));
		submitTheLoginForm("kees");

		page.waitForURL(url -> url.endsWith("ideas/" + id));
		waitForVaadin();
		page.locator(".idea-support vaadin-button").waitFor();
	}

	@Test
	void resident_supportsAnIdeaOnce_andTakesTheSupportBack() {
		// by its address: ideas other tests publish may push it off the list's first page
		Long id = jdbc.queryForObject("select id from idea where title = ?", Long.class, "Moestuin voor de buurt");
		signInWithPassword("kees");
		page.setViewportSize(360, 740);
		open("ideas/" + id);
		String before = page.locator(".idea-support p").innerText();
		Locator support = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Steun dit idee"));
		assertThat(support.boundingBox().y + support.boundingBox().height).as("on a phone's first screen")
			.isLessThan(740);

		support.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Steun intrekken")).waitFor();

		assertThat(number(page.locator(".idea-support p").innerText())).isEqualTo(number(before) + 1);
		assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).as("where the keyboard is")
			.isEqualTo("Steun intrekken");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Steun intrekken")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Steun dit idee")).waitFor();
		assertThat(number(page.locator(".idea-support p").innerText())).isEqualTo(number(before));
		assertFocusIn(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Steun dit idee")));
	}

	@Test
	void supportOnACard_keepsTheKeyboardOnItsButton_bothWays() {
		String word = "vlonder" + IdeaFixture.unique();
		String title = "Een " + word + " aan de Krabbeplas";
		fixture.published(title, null);
		signInWithPassword("fatima");
		open("ideas?q=" + word);
		Locator card = page.locator(".idea-list .idea-card:visible")
			.filter(new Locator.FilterOptions().setHasText(title));
		Locator support = card.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Steun dit idee: " + title));

		support.click();
		Locator withdraw = card.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Steun intrekken: " + title));
		withdraw.waitFor();
		assertFocusIn(withdraw);

		withdraw.click();
		support.waitFor();
		assertFocusIn(support);
	}

	@Test
	void storedScriptPayloads_areShownAsText_andNeverRun() {
		List<String> dialogs = dismissedDialogs();
		String svgPayload = "<svg onload=alert(1)> speeltuin";
		String imgPayload = "\"><img src=x onerror=alert(2)>";
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "xss-tester", "JWT", List.of(CLIENT_ID),
				Map.of("name", imgPayload), 3600));
		open("login");
		page.getByText("Inloggen met Gemeente Vlaardingen (test)").click();
		page.waitForURL(url(""));
		waitForVaadin();
		assertThat(page.locator(".app-user__name").innerText()).isEqualTo(imgPayload);

		open("ideas/new?concept=nieuw");
		page.getByLabel("Je idee in één zin").fill(svgPayload);
		page.getByLabel("Vertel meer")
			.fill(imgPayload + "\n\nKlik hier: javascript:alert(3) of lees https://www.vlaardingen.nl/westwijk.");
		choose("Wat voor plek is het?", "Iets anders");
		page.getByLabel("Waar is het?").fill("<script>alert(4)</script>");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Idee insturen")).click();
		page.waitForURL(IDEA_PAGE);
		waitForVaadin();
		Long id = Long.valueOf(IDEA_PAGE.matcher(page.url()).replaceFirst("$1"));
		publishAsModerator(id);
		page.reload();
		waitForVaadin();

		assertThat(page.locator("h1").innerText()).isEqualTo(svgPayload);
		assertThat(page.locator(".user-text").innerText()).contains(imgPayload).contains("javascript:alert(3)");
		assertThat(page.locator(".user-text a").evaluateAll("links => links.map(a => a.href)"))
			.isEqualTo(List.of("https://www.vlaardingen.nl/westwijk"));
		open("ideas");
		page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoeken")).fill("speeltuin");
		page.locator(".idea-card").getByText(svgPayload).first().waitFor();

		assertThat(page.locator("main svg[onload], main img[src='x'], main script").count()).isZero();
		// the programme's logo is the header's one picture
		assertThat(page.locator("header img").evaluateAll("images => images.map(i => i.getAttribute('src'))"))
			.isEqualTo(List.of("programme-logo"));
		assertThat(dialogs).isEmpty();
	}

	@Test
	void residents_discussAnIdea_andReportAComment() {
		List<String> dialogs = dismissedDialogs();
		// an idea of its own: the comments, the reply and the report below are counted
		Long id = fixture.published("Bankjes rond de steiger " + IdeaFixture.unique(), null);
		String payload = "<img src=x onerror=alert(5)> Graag ook een bankje bij de steiger.";
		signInWithPassword("fatima");
		open("ideas/" + id);
		page.getByLabel("Jouw reactie").fill(payload);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plaats reactie")).click();
		Locator comment = page.locator(".comment").filter(new Locator.FilterOptions().setHasText("bij de steiger"));
		comment.waitFor();
		assertThat(comment.locator(".user-text").innerText()).isEqualTo(payload);

		signOut();
		signInWithPassword("kees");
		open("ideas/" + id);
		comment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reageer")).click();
		page.getByLabel("Jouw antwoord").fill("Goed plan, daar zit ik vaak te vissen.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plaats antwoord")).click();
		page.locator(".reply-list .comment").filter(new Locator.FilterOptions().setHasText("te vissen")).waitFor();

		comment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Melden")).click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByText("Reclame of spam").click();
		assertAccessible();
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Melden")).click();
		page.getByText("Bedankt. De moderatoren kijken ernaar.").waitFor();

		assertThat(jdbc.queryForObject("select count(*) from idea_report where idea_id = ? and comment_id is not null",
				Integer.class, id))
			.isEqualTo(1);
		assertThat(page.locator("main img[src='x']").count()).isZero();
		assertThat(dialogs).isEmpty();
	}

	@Test
	void photo_withScriptInItsNameAndAltText_isUploadedDescribedAndShownSafely() throws Exception {
		List<String> dialogs = dismissedDialogs();
		String fileName = "\"><img src=x onerror=alert(7)>.png";
		String altText = "<svg onload=alert(8)> kapotte glijbaan";
		signInWithPassword("kees");
		open("ideas/new?concept=nieuw");
		page.getByLabel("Je idee in één zin").fill("Glijbaan in de speeltuin is kapot");
		page.getByLabel("Vertel meer")
			.fill("De glijbaan heeft een scherpe rand. Kinderen kunnen zich daaraan snijden.");
		choose("Wat voor plek is het?", "Speeltuin");
		page.locator("vaadin-upload input[type=file]")
			.setInputFiles(new FilePayload(fileName, "image/png", TestImages.png(40, 30)));
		page.locator(".photo-message").getByText("is toegevoegd").waitFor();
		page.locator("vaadin-upload input[type=file]")
			.setInputFiles(new FilePayload("glijbaan-2.png", "image/png", TestImages.png(40, 30)));
		page.locator(".photo-file").nth(1).waitFor();
		assertThat(page.locator(".photo-file").allInnerTexts()).containsExactly("Bestand: " + fileName,
				"Bestand: glijbaan-2.png");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Idee insturen")).click();
		Locator toTheField = page.locator(".form-error__fields")
			.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Beschrijf bij elke foto wat erop staat."));
		toTheField.waitFor();
		assertFocusIn(page.locator(".form-error"));
		// not only at the top: each photo's own field says what is missing (WCAG 3.3.1)
		Locator fields = page.locator(".photo-item vaadin-text-field");
		assertThat(fields.count()).isEqualTo(2);
		for (int i = 0; i < 2; i++) {
			Locator field = fields.nth(i);
			assertThat(field.getAttribute("invalid")).isNotNull();
			assertThat(field.locator("input").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(field.locator("[slot=error-message]").innerText())
				.isEqualTo("Beschrijf bij elke foto wat erop staat.");
		}
		assertAccessible();
		screenshots("propose-photo-undescribed");
		toTheField.click();
		assertFocusIn(fields.first());
		page.getByLabel("Beschrijf wat er op de foto staat").first().fill(altText);
		page.getByLabel("Beschrijf wat er op de foto staat").nth(1).fill("Scherpe rand aan de zijkant van de glijbaan");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Idee insturen")).click();
		page.waitForURL(IDEA_PAGE);
		waitForVaadin();

		assertThat(page.locator(".photo-gallery img").count()).isEqualTo(2);
		Locator photo = page.locator(".photo-gallery img").first();
		assertThat(photo.getAttribute("alt")).isEqualTo(altText);
		photo.evaluate("img => img.decode()");
		assertThat(((Number) photo.evaluate("img => img.naturalWidth")).intValue()).isEqualTo(40);
		assertAccessible();
		assertThat(page.locator("main svg[onload], main img[src='x']").count()).isZero();
		assertThat(dialogs).isEmpty();
	}

	/**
	 * The messages of the dialogs the page opens from now on (a script's alert), each
	 * dismissed: a payload that runs shows up here.
	 */
	private List<String> dismissedDialogs() {
		List<String> dialogs = new CopyOnWriteArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		return dialogs;
	}

	private void choose(String label, String option) {
		page.getByLabel(label).click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
	}

	private void publishAsModerator(Long id) {
		demo.signIn("moderator");
		try {
			fixture.publish(id);
		}
		finally {
			SignIn.out();
		}
	}

	private static int number(String text) {
		if (!text.matches("(?s).*\\d.*")) {
			// "nog geen steun"
			return 0;
		}
		return Integer.parseInt(text.replaceAll("\\D", ""));
	}

}
