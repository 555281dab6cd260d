package nl.wijkstem;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.wijkstem.support.Chromium;
import nl.wijkstem.support.JarNode;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The jar that `package` builds, started as production starts it ({@code prod,postgres},
 * an OIDC provider, a real PostgreSQL) in a process of its own, and probed over HTTP on
 * the loopback address: what a visitor of the real site can see of its configuration.
 * Runs in the {@code integration-test} phase, after the jar is built.
 */
class ProductionJarIT {

	private static final String ISSUER_ID = "gemeente";

	private static final Pattern SCRIPT = Pattern.compile("src=\"(\\./)?(VAADIN/build/[^\"]+\\.js)\"");

	private static EmbeddedPostgres database;

	private static MockOAuth2Server provider;

	private static JarNode application;

	private static int port;

	/** What production is started with, for a start that leaves one setting out. */
	private static final Map<String, String> ENVIRONMENT = new HashMap<>();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@BeforeAll
	static void startTheJarAsProductionDoes() throws Exception {
		database = EmbeddedPostgres.builder().start();
		provider = new MockOAuth2Server();
		provider.start(InetAddress.getLoopbackAddress(), 0);
		String registration = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_GEMEENTE_";
		Map<String, String> environment = ENVIRONMENT;
		environment.put("SPRING_DATASOURCE_URL", database.getJdbcUrl("postgres", "postgres"));
		environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
		environment.put("SPRING_DATASOURCE_PASSWORD", "");
		environment.put("WIJKSTEM_SUBJECT_KEY", "production-jar-test-key-4f8a9c2e7b1d6035");
		environment.put("WIJKSTEM_PUBLIC_URL", "https://wijkstem.example.nl");
		environment.put("WIJKSTEM_RESIDENCY_LETTER_URL", "https://wijkstem.example.nl/verify");
		environment.put(registration + "CLIENT_ID", "wijkstem");
		environment.put(registration + "CLIENT_SECRET", "test-secret");
		environment.put(registration + "SCOPE", "openid,profile,email");
		environment.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_GEMEENTE_ISSUER_URI",
				provider.issuerUrl(ISSUER_ID).toString());
		// a mail server nobody listens on: the outbox keeps what it cannot send, and the
		// health stays UP
		environment.put("SPRING_MAIL_HOST", "127.0.0.1");
		environment.put("SPRING_MAIL_PORT", String.valueOf(JarNode.freePort()));
		environment.put("WIJKSTEM_MAIL_FROM", "Wijkstem Westwijk <noreply@wijkstem.example.nl>");
		application = JarNode.start("prod", "prod,postgres", environment);
		port = application.port();
	}

	@AfterAll
	static void stop() throws Exception {
		if (application != null) {
			application.close();
		}
		if (provider != null) {
			provider.shutdown();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void everyPage_carriesHsts_andTheSecurityHeaders() throws Exception {
		for (String path : List.of("", "ideas", "actuator/health", "no-such-page")) {
			HttpResponse<String> response = get(path);
			assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
				.hasValueSatisfying(value -> assertThat(value).startsWith("max-age=31536000"));
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
	}

	@Test
	void theSessionCookie_isSecure_httpOnly_andSameSiteLax() throws Exception {
		String cookie = get("").headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();

		assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
	}

	@ParameterizedTest
	@ValueSource(strings = { "actuator/env", "actuator/beans", "actuator/configprops", "actuator/heapdump",
			"actuator/mappings", "actuator/loggers", "actuator/info", "actuator/metrics", "h2-console" })
	void onlyHealth_isExposed(String path) throws Exception {
		HttpResponse<String> response = get(path);

		// an address the actuator does not serve falls through to Vaadin's pages
		String type = response.headers().firstValue("Content-Type").orElse("");
		assertThat(type).as(path).doesNotContain("json").doesNotContain("octet-stream");
		assertThat(response.body()).as(path)
			.doesNotContainIgnoringCase("h2 console")
			.doesNotContain("propertySources", "activeProfiles", "\"beans\"", "\"contexts\"", "\"names\"");
	}

	@Test
	void anOldDutchAddress_movesPermanently_toItsEnglishRoute() throws Exception {
		HttpResponse<String> response = get("beheer/stemrondes/3/controle");

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValue("/admin/rounds/3/integrity");
	}

	@Test
	void health_saysUp_withoutDetails() throws Exception {
		HttpResponse<String> response = get("actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"UP\"").doesNotContain("components", "postgres", "diskSpace");
	}

	@Test
	void withoutAMailServer_productionDoesNotStart_andSaysWhatToSet() {
		Map<String, String> withoutMail = new HashMap<>(ENVIRONMENT);
		withoutMail.remove("SPRING_MAIL_HOST");

		assertThatIllegalStateException().isThrownBy(() -> JarNode.start("prod-no-mail", "prod,postgres", withoutMail))
			.withMessageContaining("SPRING_MAIL_HOST")
			.withMessageContaining("WIJKSTEM_MAIL_ENABLED=false");
	}

	@Test
	void errors_showNoStackTrace_andNoVersions() throws Exception {
		HttpResponse<String> unknownRequestType = get("?v-r=bogus");
		String malformedPath = raw("GET /%zz HTTP/1.1", "127.0.0.1");
		assertThat(unknownRequestType.statusCode()).isEqualTo(400);
		assertThat(malformedPath).startsWith("HTTP/1.1 400");
		List<String> answers = List.of(unknownRequestType.body(), malformedPath,
				raw("GET /ideas/%ff%fe HTTP/1.1", "127.0.0.1"), get("no-such-page").body());

		for (String answer : answers) {
			assertThat(answer).doesNotContain("Exception", "\tat ", "Tomcat/", "Spring Boot", "Vaadin 25")
				.doesNotContainPattern("[0-9]+\\.[0-9]+\\.[0-9]+\\.(Final|RELEASE)");
		}
	}

	@Test
	void theBundle_hasNoSourceMaps() throws Exception {
		String page = get("").body();
		Matcher scripts = SCRIPT.matcher(page);
		assertThat(scripts.find()).as("the page loads the production bundle").isTrue();
		do {
			String script = scripts.group(2);
			HttpResponse<String> bundle = get(script);
			assertThat(bundle.statusCode()).as(script).isEqualTo(200);
			assertThat(bundle.body()).as(script).doesNotContain("sourceMappingURL");
			assertThat(get(script + ".map").statusCode()).as(script + ".map").isNotEqualTo(200);
		}
		while (scripts.find());
	}

	/**
	 * Text goes compressed (the bundle pre-compressed by Vaadin in Brotli, gzip by the
	 * server for a client without Brotli; stylesheets, pages and the JSON of Vaadin's
	 * requests by the server), and the bundle files, whose names carry a content hash,
	 * stay a year in the browser's cache. The page itself is never cached.
	 */
	@Test
	void textIsServedCompressed_theHashedBundleIsCachedForAYear_andThePageIsNot() throws Exception {
		HttpResponse<String> page = get("", "Accept-Encoding", "gzip");
		assertThat(page.headers().firstValue("Content-Encoding")).as("the page").hasValue("gzip");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).as("the page")
			.doesNotContain("immutable")
			.doesNotContain("max-age=31536000");
		String html = get("").body();
		Matcher script = SCRIPT.matcher(html);
		assertThat(script.find()).as("the page loads the production bundle").isTrue();
		for (String encoding : List.of("gzip", "br")) {
			HttpResponse<String> bundle = get(script.group(2), "Accept-Encoding", encoding);
			assertThat(bundle.statusCode()).isEqualTo(200);
			assertThat(bundle.headers().firstValue("Content-Encoding")).as(encoding).hasValue(encoding);
			assertThat(bundle.headers().firstValue("Cache-Control")).as(encoding)
				.hasValue("max-age=31536000, immutable");
		}
		Matcher lumo = Pattern.compile("href=\"\\./(lumo/lumo\\.css\\?v-c=[^\"]+)\"").matcher(html);
		assertThat(lumo.find()).as("the page links Lumo's stylesheet").isTrue();
		assertThat(get(lumo.group(1), "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding"))
			.as("Lumo's stylesheet")
			.hasValue("gzip");
		HttpResponse<String> init = get("?v-r=init&location=", "Accept-Encoding", "gzip");
		assertThat(init.headers().firstValue("Content-Type").orElse("")).contains("json");
		assertThat(init.headers().firstValue("Content-Encoding")).as("Vaadin's JSON").hasValue("gzip");
	}

	/**
	 * The page names the scripts its entry script imports, so a browser fetches them side
	 * by side instead of one after another; each of them is there.
	 */
	@Test
	void thePage_preloadsTheBundlesScripts() throws Exception {
		Matcher preload = Pattern.compile("<link rel=\"modulepreload\" href=\"\\./(VAADIN/build/[^\"]+\\.js)\"")
			.matcher(get("").body());
		List<String> preloaded = new ArrayList<>();
		while (preload.find()) {
			preloaded.add(preload.group(1));
		}

		assertThat(preloaded).anyMatch(path -> path.startsWith("VAADIN/build/FlowClient-"))
			.anyMatch(path -> path.startsWith("VAADIN/build/generated-flow-imports-"));
		for (String path : preloaded) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

	/**
	 * Leaflet and chart.js (250 KB together) come only with a map or a chart: the home
	 * page and the list of ideas, the pages most residents open first, load neither.
	 */
	@Test
	void theHomePage_andTheListOfIdeas_loadNeitherLeafletNorChartJs() {
		try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
			Page page = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
			page.setDefaultTimeout(30_000);
			List<String> requests = new ArrayList<>();
			page.onRequest(request -> requests.add(request.url()));
			for (String path : List.of("", "ideas")) {
				page.navigate("http://localhost:" + port + "/" + path);
				page.locator("h1").first().waitFor();
				page.waitForLoadState(LoadState.NETWORKIDLE);
			}

			assertThat(requests).as("what the pages loaded")
				.anyMatch(url -> url.contains("/VAADIN/build/"))
				.noneMatch(url -> url.contains("leaflet"))
				.noneMatch(url -> url.contains("chart"));
		}
	}

	/** The paths AreaMap and ResultsView load, which name no version. */
	@ParameterizedTest
	@ValueSource(strings = { "webjars/leaflet/dist/leaflet.js", "webjars/leaflet/dist/leaflet.css",
			"webjars/leaflet/dist/images/marker-icon.png", "webjars/chart.js/dist/chart.umd.js" })
	void theWebJars_areServed_withoutAVersionInTheirPath(String path) throws Exception {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.body()).as(path).isNotBlank();
		// an hour, then a check: not fetched again on every page with a map
		assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=3600");
	}

	@Test
	void theJar_holdsNoDevelopmentTools_andNoSourceMaps() throws IOException {
		try (JarFile jar = new JarFile(JarNode.jar().toFile())) {
			List<String> names = jar.stream().map(entry -> entry.getName()).toList();
			assertThat(names).noneMatch(name -> name.startsWith("BOOT-INF/lib/vaadin-dev"))
				.noneMatch(name -> name.startsWith("BOOT-INF/lib/spring-boot-devtools"))
				.noneMatch(name -> name.startsWith("BOOT-INF/lib/copilot"))
				.noneMatch(name -> name.endsWith(".js.map"));
		}
	}

	/**
	 * A request naming a host other than the installation's (or a loopback name) is
	 * refused before the application reads it, so a forged Host header reaches neither a
	 * redirect nor the first page (where Vaadin writes the request's address). The
	 * installation's own host is served.
	 */
	@Test
	void aForgedHostHeader_isRefused_andNeverReflected() throws Exception {
		for (String path : new String[] { "/oauth2/authorization/" + ISSUER_ID, "/VAADIN", "/", "/ideas" }) {
			String forged = raw("GET " + path + " HTTP/1.1", "evil.example");
			assertThat(forged).as(path).startsWith("HTTP/1.1 400").doesNotContain("evil.example");
		}
		assertThat(raw("GET / HTTP/1.1", "wijkstem.example.nl")).startsWith("HTTP/1.1 200");
		String signIn = raw("GET /oauth2/authorization/" + ISSUER_ID + " HTTP/1.1", "localhost");
		assertThat(header(signIn, "Location")).startsWith(provider.issuerUrl(ISSUER_ID).toString());
	}

	/**
	 * The production bundle under the Content-Security-Policy in a real browser: the
	 * public pages render and respond to a click, and the browser reports no violation.
	 * On {@code localhost}, which browsers treat as secure, so the Secure cookie is kept.
	 */
	@Test
	void theProductionBundle_worksInABrowser_underItsContentSecurityPolicy() {
		try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
			Page page = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
			page.setDefaultTimeout(30_000);
			List<String> problems = new ArrayList<>();
			page.onConsoleMessage(message -> {
				if (message.text().contains("Content Security Policy")) {
					problems.add(message.text());
				}
			});
			page.onResponse(response -> {
				if (response.status() >= 400) {
					problems.add(response.status() + " " + response.url());
				}
			});
			page.navigate("http://localhost:" + port + "/");
			page.locator("h1").first().waitFor();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ideeën").setExact(true)).first().click();
			page.waitForURL("**/ideas");
			page.locator("h1").first().waitFor();

			assertThat(page.locator("h1").first().innerText()).isNotBlank();
			assertThat(problems).isEmpty();
		}
	}

	private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		if (headers.length == 0) {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		// the body may come compressed: only the headers are read then
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
	}

	/**
	 * A request as written by hand: Java's client will not send malformed paths or
	 * another Host.
	 */
	private static String raw(String requestLine, String host) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private static String header(String response, String name) {
		return response.lines()
			.takeWhile(line -> !line.isEmpty())
			.filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map(line -> line.substring(name.length() + 1).strip())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in " + response.lines().findFirst().orElse("")));
	}

}
