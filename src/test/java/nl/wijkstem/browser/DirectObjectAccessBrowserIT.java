package nl.wijkstem.browser;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.PhotoService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Direct object access over HTTP against the running application: photo files by their
 * address as each kind of visitor, the download links of the exports (ideas CSV, audit
 * CSV, personal data) taken to another session, and the pages of another role opened by
 * their address. The same rules through the services: {@code DirectObjectAccessTest}.
 */
class DirectObjectAccessBrowserIT extends BrowserTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	PhotoService photos;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void photoAddress_servesTheFile_onlyToThoseWhoMaySeeItsIdea() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Long draft = photoOf(idea("Foto concept " + marker, false, null));
		Long submitted = photoOf(idea("Foto ingestuurd " + marker, true, null));
		Long changesAsked = photoOf(idea("Foto wijzigen " + marker, true, ModerationDecision.REQUEST_CHANGES));
		Long rejected = photoOf(idea("Foto afgewezen " + marker, true, ModerationDecision.REJECT));
		Long hidden = photoOf(hide(idea("Foto verborgen " + marker, true, ModerationDecision.PUBLISH)));
		Long published = photoOf(idea("Foto gepubliceerd " + marker, true, ModerationDecision.PUBLISH));
		HttpVisitor anonymous = HttpVisitor.anonymous(port);
		HttpVisitor kees = HttpVisitor.signedIn(port, "kees");
		HttpVisitor fatima = HttpVisitor.signedIn(port, "fatima");
		HttpVisitor moderator = HttpVisitor.signedIn(port, "moderator");

		for (Long photo : List.of(draft, submitted, changesAsked, rejected, hidden)) {
			assertNoPhoto(anonymous, photo);
			assertNoPhoto(kees, photo);
			assertPhoto(fatima, photo);
		}
		assertNoPhoto(moderator, draft);
		for (Long photo : List.of(submitted, changesAsked, rejected, hidden)) {
			assertPhoto(moderator, photo);
		}
		for (HttpVisitor everyone : List.of(anonymous, kees, fatima, moderator)) {
			assertPhoto(everyone, published);
		}
		assertThat(anonymous.get("photos/999999999999999999").statusCode()).isEqualTo(404);
	}

	@Test
	void ideasCsvLink_ofAModerator_servesNothingToAnotherSession() {
		assertLinkServesOnlyItsOwnSession("moderator", "moderation/goals", "a.download-link", "Titel", "kees");
	}

	@Test
	void auditCsvLink_ofAnAdministrator_servesNothingToAnotherSession() {
		assertLinkServesOnlyItsOwnSession("beheerder", "admin/audit", "main a[href*='VAADIN/dynamic']", "Accountnummer",
				"moderator");
	}

	@Test
	void personalDataLink_ofOneResident_servesNothingToAnotherSession() {
		assertLinkServesOnlyItsOwnSession("fatima", "my/data", "main a.call-to-action", "Fatima El Amrani", "kees");
	}

	@Test
	void pagesOfAnotherRoleOrPerson_openedByAddress_showNothingOfTheObject() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String draftTitle = "Adres concept " + marker;
		String submittedTitle = "Adres ingestuurd " + marker;
		Long draft = idea(draftTitle, false, null);
		Long submitted = idea(submittedTitle, true, null);
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");

		signInWithPassword("kees");
		for (String path : List.of("moderation/" + submitted, "moderation/" + draft,
				"admin/rounds/" + round + "/integrity", "moderation/ballot/" + round)) {
			open(path);
			assertThat(page.locator("h1").innerText()).as(path).isEqualTo("Geen toegang");
			assertThat(page.content()).as(path).doesNotContain(submittedTitle).doesNotContain(draftTitle);
		}
		for (Long idea : List.of(draft, submitted)) {
			open("ideas/" + idea);
			assertThat(page.locator("h1").innerText()).isEqualTo("Pagina niet gevonden");
			assertThat(page.content()).doesNotContain(submittedTitle).doesNotContain(draftTitle);
		}
		signOut();
		signInWithPassword("moderator");
		open("admin/rounds/" + round + "/integrity");
		assertThat(page.locator("h1").innerText()).isEqualTo("Geen toegang");
		open("moderation/" + draft);
		assertThat(page.content()).doesNotContain(draftTitle);
		open("moderation/" + submitted);
		assertThat(page.content()).as("the control: the moderator sees the sent-in idea").contains(submittedTitle);
	}

	/**
	 * The download behind the link on the page serves its content to the session that
	 * opened the page, and nothing to a visitor without a session nor to another
	 * account's session.
	 */
	private void assertLinkServesOnlyItsOwnSession(String username, String route, String link, String content,
			String otherUsername) {
		signInWithPassword(username);
		open(route);
		String address = downloadAddress(page.locator(link));

		assertDownload(address, content);
		assertNoDownload(HttpVisitor.anonymous(port), address, content);
		assertNoDownload(HttpVisitor.signedIn(port, otherUsername), address, content);
	}

	/** The link's absolute address, as the browser would request it. */
	private String downloadAddress(Locator link) {
		String address = (String) link.first().evaluate("a => a.href");
		assertThat(address).contains("/VAADIN/dynamic/");
		return address;
	}

	/** The control: the link works in the session that made it. */
	private void assertDownload(String address, String expected) {
		APIResponse own = page.request().get(address);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.text()).contains(expected);
	}

	private static void assertNoDownload(HttpVisitor other, String address, String unexpected) {
		HttpResponse<byte[]> response = other.get(address);
		assertThat(response.statusCode()).isNotEqualTo(200);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain(unexpected);
	}

	private static void assertPhoto(HttpVisitor visitor, Long photo) {
		HttpResponse<byte[]> response = visitor.get("photos/" + photo);
		assertThat(response.statusCode()).as("photo %d", photo).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
		assertThat(response.body()).isNotEmpty();
	}

	private static void assertNoPhoto(HttpVisitor visitor, Long photo) {
		HttpResponse<byte[]> response = visitor.get("photos/" + photo);
		assertThat(response.statusCode()).as("photo %d", photo).isEqualTo(404);
		assertThat(response.body()).isEmpty();
	}

	/** An idea of fatima's with one photo: a draft, or sent in and decided so (if). */
	private Long idea(String title, boolean sendIn, ModerationDecision decision) {
		IdeaDraft draft = new IdeaDraft(title, "Een voorstel van Fatima met genoeg woorden om het te begrijpen.",
				PlaceKind.STREET, null, "Reigerlaan", null, null);
		Long id = demo.as("fatima", () -> {
			Long saved = ideas.save(null, draft);
			photos.describe(photos.add(saved, "stoep.png", TestImages.png(20, 20)).id(), "Losse stoeptegels");
			if (sendIn) {
				ideas.submit(saved, draft);
			}
			return saved;
		});
		if (decision != null) {
			demo.run("moderator",
					() -> fixture.decide(id, decision, decision == ModerationDecision.PUBLISH ? "" : "Graag niet."));
		}
		return id;
	}

	private Long hide(Long id) {
		demo.run("moderator", () -> fixture.hide(id, "Er staat een telefoonnummer in."));
		return id;
	}

	private Long photoOf(Long idea) {
		return jdbc.queryForObject("select id from idea_photo where idea_id = ?", Long.class, idea);
	}

}
