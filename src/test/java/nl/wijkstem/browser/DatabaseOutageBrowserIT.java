package nl.wijkstem.browser;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.wijkstem.support.EmbeddedPostgresDatabase;
import nl.wijkstem.support.TcpRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database becomes unreachable while residents use Wijkstem (on PostgreSQL, through a
 * relay the test cuts): pages say in their language that Wijkstem is temporarily
 * unavailable, within seconds; what a resident typed stays in the form; readiness says
 * the application is not ready; and once the database is back everything works again
 * without a restart.
 */
@ActiveProfiles({ "test", "demo", "postgres" })
class DatabaseOutageBrowserIT extends BrowserTest {

	private static final Pattern IDEA_PAGE = Pattern.compile(".*/ideas/(\\d+)$");

	private static final TcpRelay RELAY = new TcpRelay(databaseOfItsOwn().getPort());

	@DynamicPropertySource
	static void databaseBehindTheRelay(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + RELAY.port() + "/outage");
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterEach
	void databaseBack() {
		RELAY.restore();
	}

	@Test
	void pagesSayWijkstemIsTemporarilyUnavailable_andWorkAgainWhenTheDatabaseIsBack() throws Exception {
		open("ideas");
		assertThat(readiness()).isEqualTo(200);

		RELAY.cut();
		long started = System.nanoTime();
		open("ideas/1");
		page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wijkstem werkt even niet")).waitFor();
		assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds until the message").isLessThan(15);
		assertThat(page.locator("main").innerText()).contains("Probeer het over een paar minuten opnieuw")
			.doesNotContain("Exception")
			.doesNotContain("navigate");
		assertThat(page.locator(".app-brand img").getAttribute("alt")).isEqualTo("Wij de Westwijk");
		assertAccessible();
		assertThat(readiness()).isEqualTo(503);
		assertThat(HttpVisitor.anonymous(port).get("ideas/1").statusCode()).as("the page's own status").isEqualTo(503);

		RELAY.restore();
		waitUntilReady();
		open("ideas");
		assertThat(page.locator("h1").innerText()).isNotEqualTo("Wijkstem werkt even niet");
		assertThat(page.locator(".idea-card").count()).isPositive();
		assertThat(readiness()).isEqualTo(200);
	}

	@Test
	void anIdeaSentDuringTheOutage_isRefusedWithAMessage_keepsWhatWasTyped_andIsSentOnceTheDatabaseIsBack()
			throws Exception {
		signInWithPassword("fatima");
		open("ideas/new?concept=nieuw");
		page.getByLabel("Je idee in één zin").fill("Bankjes bij het water");
		page.getByLabel("Vertel meer").fill("Langs de Krabbeplas kun je nergens zitten. Met een paar bankjes wel.");
		page.getByLabel("Wat voor plek is het?").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Iets anders")).click();
		page.getByLabel("Waar is het?").fill("Aan de oostkant van de Krabbeplas");

		RELAY.cut();
		Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Idee insturen"));
		send.click();
		Locator notice = page.locator("vaadin-notification-card").getByText("Wijkstem kan dit nu even niet bewaren");
		notice.waitFor();
		assertThat(page.locator("vaadin-notification-card").count()).as("one message, not one per attempt")
			.isEqualTo(1);
		assertThat(page.getByLabel("Je idee in één zin").inputValue()).isEqualTo("Bankjes bij het water");
		assertThat(page.getByLabel("Vertel meer").inputValue()).startsWith("Langs de Krabbeplas");

		RELAY.restore();
		waitUntilReady();
		send.click();
		page.waitForURL(IDEA_PAGE);
		waitForVaadin();
		assertThat(page.locator("h1").innerText()).isEqualTo("Bankjes bij het water");
	}

	@Test
	void aPhotoSentDuringTheOutage_isRefusedNextToTheUpload_andTheFormStays() throws Exception {
		signInWithPassword("fatima");
		open("ideas/new?concept=nieuw");
		page.getByLabel("Je idee in één zin").fill("Een vogelhuisje bij de school");
		page.getByLabel("Vertel meer").fill("Kinderen kunnen dan vogels kijken in de pauze.");
		page.getByLabel("Waar is het?").fill("Schoolplein");
		waitForVaadin();
		Path photo = Files.createTempFile("vogelhuis", ".png");
		ImageIO.write(new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

		RELAY.cut();
		page.locator("vaadin-upload input[type=file]").setInputFiles(photo);

		page.getByText("De foto " + photo.getFileName() + " kon nu niet worden bewaard").waitFor();
		assertThat(page.getByLabel("Je idee in één zin").inputValue()).isEqualTo("Een vogelhuisje bij de school");
		assertAccessible();
	}

	private void waitUntilReady() throws Exception {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (readiness() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(250);
		}
	}

	private int readiness() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("actuator/health/readiness"))).GET().build(),
					HttpResponse.BodyHandlers.discarding());
		return response.statusCode();
	}

	private static EmbeddedPostgres databaseOfItsOwn() {
		EmbeddedPostgres server = EmbeddedPostgresDatabase.server();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists outage");
			statement.execute("create database outage");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database", ex);
		}
		return server;
	}

}
