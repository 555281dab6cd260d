package nl.wijkstem.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor of the running application over plain HTTP, with its own cookies: anonymous,
 * or signed in through the demo password form (with its CSRF token) like a browser.
 */
final class HttpVisitor {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	private HttpVisitor(int port) {
		this.port = port;
	}

	static HttpVisitor anonymous(int port) {
		return new HttpVisitor(port);
	}

	static HttpVisitor signedIn(int port, String username) {
		HttpVisitor visitor = new HttpVisitor(port);
		Matcher csrf = CSRF_META.matcher(new String(visitor.get("login").body(), StandardCharsets.UTF_8));
		assertThat(csrf.find()).as("the login page has the CSRF meta tag").isTrue();
		HttpResponse<byte[]> signIn = visitor.send(HttpRequest.newBuilder(visitor.uri("login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + encode(username) + "&password=demo&_csrf=" + encode(csrf.group(1))))
			.build());
		assertThat(signIn.headers().firstValue("Location")).as("%s signed in", username)
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return visitor;
	}

	/** A path of the application ({@code photos/12}) or a whole address on it. */
	HttpResponse<byte[]> get(String pathOrAddress) {
		return send(HttpRequest.newBuilder(uri(pathOrAddress)).GET().build());
	}

	private URI uri(String pathOrAddress) {
		if (pathOrAddress.startsWith("http")) {
			return URI.create(pathOrAddress);
		}
		return URI.create("http://localhost:" + port + "/" + pathOrAddress.replaceFirst("^/", ""));
	}

	private HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
