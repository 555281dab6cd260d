package nl.wijkstem.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.idea.IdeaDecided;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.notification.mail.MailFixture;
import nl.wijkstem.notification.mail.MailSamples;
import nl.wijkstem.notification.mail.MailWorker;
import nl.wijkstem.notification.mail.NoticePreferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail in a real browser and over real HTTP: the HTML of every kind of mail passes axe in
 * both languages and fits a phone without images; a mail program's one-click unsubscribe
 * (RFC 8058) posts to the address in the mail's header and stops that kind of mail; the
 * same address opened in a browser is the page that asks first.
 */
class MailBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext application;

	@Autowired
	MailWorker worker;

	@Autowired
	NoticePreferences preferences;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/** Midday in Amsterdam: outside quiet hours, close to the real time. */
	@RegisterExtension
	final MailFixture mail = MailFixture.startingAt(LocalDate.now(ZoneId.of("Europe/Amsterdam"))
		.atTime(12, 0)
		.atZone(ZoneId.of("Europe/Amsterdam"))
		.toInstant());

	Long kees;

	@BeforeEach
	void keesHasAnAddress() {
		kees = mail.residentWithAddress("kees", "kees@example.org");
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "CONFIRMATION, nl", "CONFIRMATION, en", "NOTICE, nl", "NOTICE, en", "DIGEST, nl", "DIGEST, en" })
	void everyKindOfMailIsAccessible(MailSamples.Kind kind, String language) {
		page.setContent(MailSamples.html(application, kind, language));

		assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
		assertThat(page.locator("h1").count()).isEqualTo(1);
		assertThat(page.locator("img, picture, svg, object, iframe").count()).as("no images at all").isZero();
		assertAccessible();
		for (int width : new int[] { 600, 360 }) {
			page.setViewportSize(width, 900);
			assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
				.intValue()).as("no sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "mail-" + kind + "-" + language + "-" + width + ".png")));
		}
	}

	@Test
	void theHeadersOneClickPostUnsubscribes_andTheSameAddressInABrowserAsksFirst() throws Exception {
		String path = mail.unsubscribePathOfANotice(kees, 4951L);

		int signature = path.lastIndexOf('.') + 1;
		String forged = path.substring(0, signature) + (path.charAt(signature) == 'A' ? 'B' : 'A')
				+ path.substring(signature + 1);
		HttpResponse<String> refused = post(forged, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded");
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).as("nothing for a prober to read").isEmpty();
		assertThat(post(path, "", "application/x-www-form-urlencoded").statusCode()).as("no One-Click in the body")
			.isEqualTo(400);
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).isEqualTo(Cadence.IMMEDIATELY);
		for (String other : List.of(path + "/more", "email/bevestigen/x", "email/afmelden")) {
			assertThat(post(other, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded").statusCode())
				.as("CSRF is off for the one-click address only, not for %s", other)
				.isEqualTo(403);
		}

		HttpResponse<String> page = get(path);
		assertThat(page.statusCode()).as("GET of the same address is the page").isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).as("a GET stops nothing")
			.isEqualTo(Cadence.IMMEDIATELY);

		HttpResponse<String> done = post(path, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded");
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).isEmpty();
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).isEqualTo(Cadence.APP_ONLY);

		mail.publish(new IdeaDecided(4952L, kees, "Zebrapad", ModerationDecision.PUBLISH, ""));
		assertThat(worker.sendDue()).as("the next notice of that kind is not mailed").isZero();
	}

	@Test
	void aMailProgramMayPostAsMultipartFormDataToo() throws Exception {
		String path = mail.unsubscribePathOfANotice(kees, 4953L);
		String boundary = "wijkstem-test-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\n"
				+ "One-Click\r\n--" + boundary + "--\r\n";

		assertThat(post(path, body, "multipart/form-data; boundary=" + boundary).statusCode()).isEqualTo(200);
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).isEqualTo(Cadence.APP_ONLY);
	}

	@Test
	void theFooterLinkWorksSignedOut_inBothLanguages() throws Exception {
		String path = mail.unsubscribePathOfANotice(kees, 4954L);

		open(path);
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
		assertThat(page
			.getByText("Wil je geen e-mail meer over \"Je ideeën en meldingen\"?",
					new Page.GetByTextOptions().setExact(false))
			.isVisible()).isTrue();
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		waitForVaadin();
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertAccessible();
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).as("not by opening the page")
			.isEqualTo(Cadence.IMMEDIATELY);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unsubscribe")).click();
		waitForVaadin();
		page.locator("[role=status]", new Page.LocatorOptions().setHasText("You are unsubscribed.")).waitFor();
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).isEqualTo(Cadence.APP_ONLY);
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("To My data")).click();
		page.waitForURL("**/login**");
	}

	private HttpResponse<String> post(String path, String body, String contentType)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
