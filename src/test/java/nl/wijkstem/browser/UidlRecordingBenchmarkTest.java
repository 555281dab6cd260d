package nl.wijkstem.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Records what a real browser says to the server while a resident browses, searches,
 * reads an idea, supports and comments on it and votes: every Vaadin request with its
 * body and answer, written to {@code target/uidl-recording.txt}. The load harness
 * ({@code nl.wijkstem.capacity.UidlSession}) sends exactly these messages; run this after
 * a Vaadin upgrade to see whether the protocol it speaks has changed:
 * {@code ./mvnw -Pbenchmark test -Dtest=UidlRecordingBenchmarkTest}.
 */
@Tag("benchmark")
class UidlRecordingBenchmarkTest extends BrowserTest {

	@Autowired
	DemoUsers demo;

	@Test
	void record() throws IOException {
		demo.verifiedInPerson("fatima");
		List<String> log = Collections.synchronizedList(new ArrayList<>());
		page.onRequestFinished(request -> log.add(describe(request)));
		signInWithPassword("fatima");
		log.add("### click nav: ideas");
		page.locator("nav.app-nav a").getByText("Ideeën").first().click();
		page.waitForURL(url("ideas"));
		waitForVaadin();
		log.add("### type a search");
		page.locator(".idea-filters__search input").fill("speeltuin");
		page.waitForTimeout(1500);
		waitForVaadin();
		log.add("### clear the search");
		page.locator(".idea-filters__search input").fill("");
		page.waitForTimeout(1500);
		waitForVaadin();
		log.add("### open an idea");
		page.locator("li a[href^='ideas/']").first().click();
		waitForVaadin();
		log.add("### support");
		page.locator(".idea-support vaadin-button").first().click();
		waitForVaadin();
		log.add("### comment");
		page.locator(".comment-form textarea").fill("Goed idee, ik help mee.");
		page.locator(".comment-form vaadin-button").first().click();
		waitForVaadin();
		log.add("### click nav: vote");
		page.locator("a[href^='vote']").first().click();
		waitForVaadin();
		log.add("### choose an item");
		page.locator(".ballot__choice").first().click();
		waitForVaadin();
		log.add("### submit the ballot");
		Locator submit = page.locator(".ballot__submit");
		submit.click();
		waitForVaadin();
		page.getByRole(AriaRole.STATUS).first().waitFor();
		Files.write(Path.of("target/uidl-recording.txt"), log);
	}

	private static String describe(Request request) {
		StringBuilder line = new StringBuilder(request.method()).append(' ').append(request.url());
		if (!request.url().contains("v-r=")) {
			return line.toString();
		}
		line.append('\n').append("  headers ").append(request.headers());
		if (request.postData() != null) {
			line.append('\n').append("  >> ").append(request.postData());
		}
		Response response = request.response();
		if (response != null) {
			String body = response.text();
			line.append('\n')
				.append("  << ")
				.append(response.status())
				.append(' ')
				.append(body.length() > 6000 ? body.substring(0, 6000) + "..." : body);
		}
		return line.toString();
	}

}
