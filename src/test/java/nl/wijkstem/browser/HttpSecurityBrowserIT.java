package nl.wijkstem.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.ConsoleMessage;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security baseline as a client sees it over HTTP (against 127.0.0.1), and once in a
 * real browser that the application still works under its Content-Security-Policy.
 * Extends BrowserTest to share its application context.
 */
class HttpSecurityBrowserIT extends BrowserTest {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@Autowired
	TestClock clock;

	@ParameterizedTest
	@ValueSource(strings = { "", "login", "ideas", "actuator/health", "wijkstem/styles/wijkstem.css", "no-such-page" })
	void everyResponse_carriesTheSecurityHeaders(String path) throws Exception {
		HttpResponse<String> response = get(newClient(), path);

		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
				"default-src 'self'");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy"))
			.hasValue("geolocation=(self), camera=(), microphone=()");
		// HSTS only in prod: a developer's localhost must not be pinned to HTTPS
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void sessionCookie_isHttpOnly_andSameSiteLax() throws Exception {
		HttpResponse<String> response = get(newClient(), "login");

		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void loginPost_withoutCsrfToken_isRefused() throws Exception {
		HttpClient client = newClient();
		get(client, "login");

		HttpResponse<String> response = post(client, "login", "username=kees&password=demo");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(get(client, "my-data").body()).doesNotContain("Kees de Vries");
	}

	@Test
	void loginPost_withCsrfToken_signsIn_andRedirectsRelatively() throws Exception {
		HttpResponse<String> response = signInAttempt("kees", "demo");

		assertThat(response.statusCode()).isEqualTo(302);
		// relative: the Host header a client sends never ends up in a Location
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).startsWith("/").doesNotContain("?error"));
	}

	@Test
	void unknownUserName_takesAsLongAsAKnownOneWithAWrongPassword() throws Exception {
		signInAttempt("moderator", "warm-up");
		// the fastest of three attempts each: a sum let one attempt slowed by another
		// process on a busy machine decide the ratio (unknown 204 ms, known 667 ms)
		long known = Long.MAX_VALUE;
		long unknown = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			known = Math.min(known, timed("moderator", "wrong-" + i));
			unknown = Math.min(unknown, timed("nobody-" + System.nanoTime(), "wrong-" + i));
		}
		assertThat(signInAttempt("moderator", "demo").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

		// before: a known name was checked in plain text, an unknown one with BCrypt
		// (15-20x)
		double ratio = (double) unknown / known;
		assertThat(ratio).as("unknown %d ms, known %d ms", unknown / 1_000_000, known / 1_000_000)
			.isBetween(1 / 3.0, 3.0);
	}

	@Test
	void fiveWrongPasswords_lockTheName_evenForTheRightPassword_untilTheLockEnds() throws Exception {
		try {
			for (int i = 0; i < 5; i++) {
				assertThat(signInAttempt("beheerder", "wrong-" + i).headers().firstValue("Location"))
					.hasValue("/login?error");
			}

			assertThat(signInAttempt("beheerder", "demo").headers().firstValue("Location")).hasValue("/login?error");

			clock.moveBy(Duration.ofMinutes(16));

			assertThat(signInAttempt("beheerder", "demo").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void unknownVaadinRequestType_answersBadRequest_notAnEmpty500() throws Exception {
		HttpResponse<String> response = get(newClient(), "?v-r=bogus");

		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void theApplicationWorksInABrowser_underItsContentSecurityPolicy() {
		List<String> violations = new ArrayList<>();
		page.onConsoleMessage(message -> recordViolation(message, violations));

		signInWithPassword("fatima");
		open("ideas");
		open("");

		assertThat(page.locator(".app-user__name").innerText()).isEqualTo("Fatima El Amrani");
		assertThat(violations).isEmpty();
	}

	private static void recordViolation(ConsoleMessage message, List<String> violations) {
		if (message.text().contains("Content Security Policy")) {
			violations.add(message.text());
		}
	}

	private long timed(String username, String password) throws Exception {
		HttpClient client = newClient();
		String token = csrfToken(client);
		long start = System.nanoTime();
		HttpResponse<String> response = post(client, "login", form(username, password, token));
		long elapsed = System.nanoTime() - start;
		assertThat(response.headers().firstValue("Location")).hasValue("/login?error");
		return elapsed;
	}

	private HttpResponse<String> signInAttempt(String username, String password) throws Exception {
		HttpClient client = newClient();
		String token = csrfToken(client);
		return post(client, "login", form(username, password, token));
	}

	private String csrfToken(HttpClient client) throws Exception {
		Matcher matcher = CSRF_META.matcher(get(client, "login").body());
		assertThat(matcher.find()).as("login page has the CSRF meta tag").isTrue();
		return matcher.group(1);
	}

	private static String form(String username, String password, String token) {
		return "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static HttpClient newClient() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + "/" + path);
	}

	private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient client, String path, String body)
			throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
