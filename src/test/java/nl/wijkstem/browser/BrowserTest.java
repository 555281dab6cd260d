package nl.wijkstem.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.wijkstem.support.Chromium;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.SynchronousReactions;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Real-browser tests: the running application in Debian's Chromium, signed in with the
 * demo password form or through a real OpenID Connect provider started in the test. All
 * browser tests share this configuration, and so one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Import({ TestClock.Configuration.class, SynchronousReactions.class, DemoUsers.class, IdeaFixture.class,
		TestSmtp.class })
abstract class BrowserTest {

	static final String ISSUER_ID = "gemeente";

	static final String CLIENT_ID = "wijkstem";

	static final MockOAuth2Server OIDC = new MockOAuth2Server();

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** axe-core as Deque's Playwright binding ships it. */
	private static final String AXE_SCRIPT = AxeBuilder.getAxeScript();

	/** A desktop's and a phone's width. */
	private static final int[] SCREENSHOT_WIDTHS = { 1280, 360 };

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path TEAM_SCREENSHOTS = Path.of("/work/tmp/shots");

	private static Playwright playwright;

	private static Browser browser;

	static {
		OIDC.start(InetAddress.getLoopbackAddress(), 0);
	}

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@DynamicPropertySource
	static void oidcProvider(DynamicPropertyRegistry registry) {
		String registration = "spring.security.oauth2.client.registration." + ISSUER_ID;
		registry.add(registration + ".client-id", () -> CLIENT_ID);
		registry.add(registration + ".client-secret", () -> "test-secret");
		registry.add(registration + ".client-name", () -> "Gemeente Vlaardingen (test)");
		registry.add(registration + ".scope", () -> "openid,profile,email");
		registry.add("spring.security.oauth2.client.provider." + ISSUER_ID + ".issuer-uri",
				() -> OIDC.issuerUrl(ISSUER_ID).toString());
	}

	@BeforeAll
	static void launchBrowser() {
		if (browser != null) {
			return;
		}
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			browser.close();
			playwright.close();
			OIDC.shutdown();
		}));
	}

	@AfterAll
	static void keepBrowserForTheNextClass() {
		// launched once per test run; closed by the shutdown hook
	}

	@BeforeEach
	void openPage() {
		context = newContext();
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	/** The checkbox with exactly this accessible name. */
	Locator checkbox(String name) {
		return byExactName(AriaRole.CHECKBOX, name);
	}

	/** The button with exactly this accessible name. */
	Locator button(String name) {
		return byExactName(AriaRole.BUTTON, name);
	}

	/** The link with exactly this accessible name. */
	Locator link(String name) {
		return byExactName(AriaRole.LINK, name);
	}

	/** The radio button with exactly this accessible name. */
	Locator radio(String name) {
		return byExactName(AriaRole.RADIO, name);
	}

	private Locator byExactName(AriaRole role, String name) {
		return page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** A browser context of its own (cookies, storage, cache), as a new visitor has. */
	static BrowserContext newContext() {
		return browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
	}

	/**
	 * Continues in a new page (tab) of another browser context, with its cookies and so
	 * its server session, at the current page's window size.
	 */
	void continueIn(BrowserContext other) {
		Page next = other.newPage();
		next.setDefaultTimeout(15_000);
		next.setViewportSize(page.viewportSize().width, page.viewportSize().height);
		page = next;
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	void open(String path) {
		page.navigate(url(path));
		waitForVaadin();
	}

	void waitForVaadin() {
		Chromium.waitForVaadin(page);
	}

	/**
	 * As a restart of the server does: the browser's session cookie no longer matches a
	 * session.
	 */
	void forgetTheServerSession() {
		List<Cookie> forgotten = context.cookies()
			.stream()
			.map(cookie -> new Cookie(cookie.name, "JSESSIONID".equals(cookie.name) ? "unknown" : cookie.value)
				.setDomain(cookie.domain)
				.setPath(cookie.path))
			.toList();
		context.clearCookies();
		context.addCookies(forgotten);
	}

	void signInWithPassword(String username) {
		open("login");
		submitTheLoginForm(username);
		page.waitForURL(url(""));
		waitForVaadin();
	}

	/**
	 * Signs the demo account in on the login page the browser is on; where it goes next
	 * is the caller's to wait for.
	 */
	void submitTheLoginForm(String username) {
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
	}

	/**
	 * Signs in through the municipality's provider (the mock OIDC server) as the person
	 * with this subject, name and further claims; a new subject is a new account.
	 */
	void signInWithTheMunicipality(String subject, String name, Map<String, Object> claims) {
		Map<String, Object> all = new HashMap<>(claims);
		all.put("name", name);
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), all, 3600));
		open("login");
		page.getByText("Inloggen met Gemeente Vlaardingen (test)").click();
		page.waitForURL(url(""));
		waitForVaadin();
	}

	void signOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
		page.waitForSelector(".app-user__sign-in");
		waitForVaadin();
	}

	/** The navigation's item texts, with counts such as "(3)" written as "(n)". */
	List<String> navigationItems() {
		return page.locator("nav.app-nav a")
			.allInnerTexts()
			.stream()
			.map(text -> text.replaceAll("\\(\\d+\\)", "(n)"))
			.toList();
	}

	/**
	 * Waits until the keyboard focus is on the element the locator finds or inside it (a
	 * Vaadin field hands it to its input), as after an action that drew part of the page
	 * anew; says where the focus is otherwise (WCAG 2.4.3: never back at the page's
	 * start).
	 */
	void assertFocusIn(Locator target) {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (true) {
			try {
				// the locator is looked up afresh each time: the page may draw it anew
				if (Boolean.TRUE.equals(target.evaluate(
						"element => element === document.activeElement || element.contains(document.activeElement)",
						null, new Locator.EvaluateOptions().setTimeout(1_000)))) {
					return;
				}
			}
			catch (PlaywrightException notThereYet) {
				// not drawn yet, or drawn anew meanwhile: look again
			}
			if (System.nanoTime() > deadline) {
				fail("the focus should be in " + target + ", but is on " + focused());
			}
			page.waitForTimeout(100);
		}
	}

	/** The focused element in a few words, for a failing test to say where it is. */
	String focused() {
		return String.valueOf(page.evaluate(
				"""
						() => {
							const e = document.activeElement;
							if (!e || e === document.body) return 'the page itself (<body>)';
							return '<' + e.localName + (e.id ? '#' + e.id : '') + (e.className ? ' class="' + e.className + '"' : '')
								+ '> "' + (e.getAttribute('aria-label') || e.textContent || '').trim().substring(0, 80) + '"';
						}"""));
	}

	/**
	 * Full-page screenshots at a desktop's and a phone's width, for a person to look at
	 * (target/screenshots), with no sideways scrolling at either.
	 */
	void screenshots(String name) {
		for (int width : SCREENSHOT_WIDTHS) {
			page.setViewportSize(width, 900);
			waitForVaadin();
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as(name + " at " + width + " px").isLessThanOrEqualTo(0);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
		}
		page.setViewportSize(1280, 720);
		waitForVaadin();
	}

	/**
	 * As {@link #screenshots}, with copies where the team looks at them, when that folder
	 * is on this machine.
	 */
	void screenshotsForTheTeam(String name) {
		screenshots(name);
		if (!Files.isDirectory(TEAM_SCREENSHOTS)) {
			return;
		}
		for (int width : SCREENSHOT_WIDTHS) {
			String file = name + "-" + width + ".png";
			try {
				Files.copy(SCREENSHOTS.resolve(file), TEAM_SCREENSHOTS.resolve(file),
						StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Runs axe-core with the WCAG 2.1 A and AA rules in the page itself, as Deque's
	 * AxeBuilder does in legacy mode (one run over the whole page, which has no frames),
	 * but cheaper per check: the script is read once per test run and injected once per
	 * document, and only the violations leave the page. AxeBuilder reads and injects the
	 * 550 kB script on every call and has axe serialise every passed and incomplete node
	 * too (a few hundred kilobytes per page), which took twice as long as the rules.
	 */
	void assertAccessible() {
		assertAccessibleApartFrom(List.of());
	}

	/**
	 * The same check leaving out parts that are not ours and that we cannot repair, each
	 * named as a known barrier in the accessibility statement.
	 */
	void assertAccessibleApartFrom(List<String> knownBarrierSelectors) {
		assertAccessible(knownBarrierSelectors, 0);
	}

	/**
	 * The same check on a page that shows a document of another kind in sandboxed frames
	 * (a mail as its resident sees it): the page and the frame elements (their titles)
	 * are checked, the documents inside them are not; they are checked on their own.
	 */
	void assertAccessibleAroundFrames(int frames) {
		assertAccessible(List.of(), frames);
	}

	private void assertAccessible(List<String> knownBarrierSelectors, int frames) {
		// a closed select's list of choices loses its name while it still fades out
		page.waitForFunction("() => [...document.querySelectorAll('vaadin-select:not([opened])')]"
				+ ".every(select => [...select.querySelectorAll('vaadin-select-list-box')]"
				+ ".every(list => !list.checkVisibility()))");
		// a notification still fading in has a blended colour that axe would misjudge
		page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
				+ " || a.effect?.getComputedTiming().iterations === Infinity)");
		assertThat(page.frames()).as("frames on " + page.url()).hasSize(1 + frames);
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
			page.evaluate("() => {" + AXE_SCRIPT + "}");
		}
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) page.evaluate("""
				([tags, excluded]) => axe.run({ include: [document], exclude: excluded.map(selector => [selector]) },
						{ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false })
					.then(results => results.violations.map(rule => rule.id + ': ' + rule.help + ' '
						+ rule.nodes.map(node => JSON.stringify(node.target)).join(', ')))
				""", List.of(WCAG_21_AA, knownBarrierSelectors));
		assertThat(String.join("\n", violations)).as("axe violations on " + page.url()).isEmpty();
	}

}
