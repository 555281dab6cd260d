package nl.wijkstem;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.wijkstem.support.Chromium;
import nl.wijkstem.support.JarNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged application on one PostgreSQL, behind Debian's HAProxy with
 * sticky sessions, as docs/operations.md describes: an idea sent in through one node is
 * found by search on the other within seconds, its photo is served by both, and when one
 * node is killed the residents on the other carry on, while those on the killed node are
 * told and, after signing in again on the survivor, find what they had sent in. Run by
 * {@code scripts/two-nodes-test.sh} (it needs the haproxy binary), not by the plain test
 * run.
 */
@EnabledIfSystemProperty(named = "wijkstem.two-nodes", matches = "true")
class TwoNodesIT {

	private static final Pattern IDEA_PAGE = Pattern.compile(".*/ideas/(\\d+)$");

	private static final Pattern PHOTO = Pattern.compile("/photos/(\\d+)");

	private static EmbeddedPostgres database;

	private static JarNode nodeA;

	private static JarNode nodeB;

	private static Process haproxy;

	private static int balancerPort;

	private static Playwright playwright;

	private static Browser browser;

	@BeforeAll
	static void twoNodesBehindHaproxy() throws Exception {
		database = EmbeddedPostgres.builder().start();
		Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", database.getJdbcUrl("postgres", "postgres"),
				"SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "");
		nodeA = JarNode.start("node-a", "postgres,demo", environment);
		// ideas go online at once, checked afterwards (post-moderation)
		try (Connection connection = database.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("update idea_settings set post_moderation = true");
		}
		nodeB = JarNode.start("node-b", "postgres,demo", environment);
		balancerPort = JarNode.freePort();
		Path config = Files.createTempFile("haproxy", ".cfg");
		Files.writeString(config, """
				global
				    log stdout format raw local0 warning
				defaults
				    mode http
				    timeout connect 2s
				    timeout client 60s
				    timeout server 60s
				    option redispatch
				    retries 2
				frontend wijkstem
				    bind 127.0.0.1:%d
				    default_backend nodes
				backend nodes
				    balance roundrobin
				    cookie NODE insert indirect nocache httponly
				    option httpchk GET /actuator/health/readiness
				    default-server inter 500ms fall 2 rise 2
				    server a 127.0.0.1:%d check cookie a
				    server b 127.0.0.1:%d check cookie b
				""".formatted(balancerPort, nodeA.port(), nodeB.port()));
		haproxy = new ProcessBuilder(System.getProperty("haproxy", "/usr/sbin/haproxy"), "-db", "-f", config.toString())
			.redirectErrorStream(true)
			.redirectOutput(Files.createTempFile("haproxy", ".log").toFile())
			.start();
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stopAll() throws Exception {
		if (browser != null) {
			browser.close();
			playwright.close();
		}
		if (haproxy != null) {
			haproxy.destroy();
			haproxy.waitFor(10, TimeUnit.SECONDS);
		}
		for (JarNode node : new JarNode[] { nodeA, nodeB }) {
			if (node != null) {
				node.close();
			}
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void twoNodes_behaveAsOne_andASurvivorCarriesOn() throws Exception {
		Page onA = pinnedTo("a");
		signIn(onA, "fatima");
		Page onB = pinnedTo("b");
		signIn(onB, "kees");

		String word = "Kwakkelbank" + (System.nanoTime() % 100000);
		onA.navigate(balancer("ideas/new"));
		Chromium.waitForVaadin(onA);
		onA.getByLabel("Je idee in één zin").fill(word + " bij de vijver");
		onA.getByLabel("Vertel meer").fill("Bij de vijver in het park kun je nergens zitten. Een bank zou fijn zijn.");
		onA.getByLabel("Wat voor plek is het?").click();
		onA.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Iets anders")).click();
		onA.getByLabel("Waar is het?").fill("Westwijkpark, bij de vijver");
		onA.locator("vaadin-upload input[type=file]").setInputFiles(aPhoto());
		onA.getByText("is toegevoegd").waitFor();
		onA.getByLabel("Beschrijf wat er op de foto staat").fill("Een lege plek aan het water");
		onA.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Idee insturen")).click();
		onA.waitForURL(IDEA_PAGE);
		Chromium.waitForVaadin(onA);
		long acknowledged = System.nanoTime();
		assertThat(onA.locator("h1").innerText()).startsWith(word);

		// found by search on the other node within 5 seconds
		Page anonymousOnB = pinnedTo("b");
		anonymousOnB.navigate(balancer("ideas"));
		Chromium.waitForVaadin(anonymousOnB);
		Locator found = anonymousOnB.locator(".idea-card").getByText(word);
		while (found.count() == 0 && System.nanoTime() - acknowledged < Duration.ofSeconds(5).toNanos()) {
			anonymousOnB.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoeken")).fill(word);
			anonymousOnB.keyboard().press("Enter");
			Chromium.waitForVaadin(anonymousOnB);
		}
		assertThat(found.count()).as("the idea sent in on node A, searched on node B within 5 s").isPositive();

		// its photo is served by both nodes
		Matcher photo = PHOTO.matcher(onA.locator("img[src*='photos/']").first().getAttribute("src"));
		assertThat(photo.find()).isTrue();
		byte[] fromA = nodeA.get("photos/" + photo.group(1)).body();
		assertThat(nodeA.get("photos/" + photo.group(1)).statusCode()).isEqualTo(200);
		assertThat(nodeB.get("photos/" + photo.group(1)).statusCode()).isEqualTo(200);
		assertThat(nodeB.get("photos/" + photo.group(1)).body()).isEqualTo(fromA);

		nodeA.kill();

		// residents on the survivor carry on, still signed in
		onB.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ideeën").setExact(true)).click();
		onB.waitForURL(balancer("ideas"));
		Chromium.waitForVaadin(onB);
		assertThat(onB.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).count()).isOne();

		// those on the killed node are told, sign in again and find what they sent in
		onA.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn ideeën").setExact(true)).click();
		Locator notice = onA.locator(".v-system-error");
		notice.getByText("Wijkstem is opnieuw gestart").waitFor();
		notice.click();
		// the idea page is public: it opens again, signed out
		onA.locator(".app-user__sign-in").waitFor();
		signIn(onA, "fatima");
		onA.navigate(balancer("my/ideas"));
		Chromium.waitForVaadin(onA);
		assertThat(onA.locator("main").innerText()).contains(word);
	}

	private Page pinnedTo(String node) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
		context.addCookies(List.of(new Cookie("NODE", node).setUrl(balancer(""))));
		Page page = context.newPage();
		page.setDefaultTimeout(20_000);
		return page;
	}

	private void signIn(Page page, String username) {
		page.navigate(balancer("login"));
		Chromium.waitForVaadin(page);
		signInHere(page, username);
		page.waitForURL(balancer(""));
		Chromium.waitForVaadin(page);
	}

	private static void signInHere(Page page, String username) {
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
	}

	private static String balancer(String path) {
		return "http://localhost:" + balancerPort + "/" + path;
	}

	private static Path aPhoto() throws Exception {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(60, 140, 90));
		graphics.fillRect(0, 0, 640, 480);
		graphics.setColor(new Color(40, 90, 160));
		graphics.fillOval(120, 200, 400, 200);
		graphics.dispose();
		Path file = Files.createTempFile("vijver", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
