package nl.wijkstem.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.moderation.IdeaFixture;
import nl.wijkstem.support.ModeratorPublishing;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following an idea is one click on its page and undoing it another: the button says and
 * tells (to a screen reader too) what changed, keeps the keyboard, and the page remembers
 * it. A visitor is offered to sign in and comes back to the idea.
 */
class FollowBrowserIT extends BrowserTest {

	@Autowired
	ModeratorPublishing publishing;

	@Test
	void oneClickFollows_aReloadKeepsIt_andAnotherClickUnfollows() {
		Long idea = published("Een bankje bij de speeltuin " + IdeaFixture.unique());
		signInWithPassword("fatima");
		open("ideas/" + idea);

		Locator follow = followButton();
		assertThat(follow).hasText("Volgen");
		assertThat(follow).hasAttribute("aria-pressed", "false");
		Locator status = page.locator(".follow-button__status");
		assertThat(status).hasAttribute("aria-live", "polite");
		assertThat(status).isEmpty();

		follow.click();
		assertThat(follow).hasAttribute("aria-pressed", "true");
		assertThat(follow).hasText("Je volgt dit");
		assertThat(status).hasText("Je volgt dit nu. Je krijgt bericht als er nieuws is.");
		assertFocusIn(follow);
		assertAccessible();

		page.reload();
		waitForVaadin();
		assertThat(followButton()).hasAttribute("aria-pressed", "true");
		assertThat(followButton()).hasText("Je volgt dit");

		followButton().click();
		assertThat(followButton()).hasAttribute("aria-pressed", "false");
		assertThat(followButton()).hasText("Volgen");
		assertThat(page.locator(".follow-button__status")).hasText("Je volgt dit niet meer.");
		assertFocusIn(followButton());
		assertAccessible();
	}

	@Test
	void aVisitor_signsInToFollow_andComesBackToTheIdea() {
		Long idea = published("Een watertappunt bij het park " + IdeaFixture.unique());
		open("ideas/" + idea);
		assertThat(page.locator(".follow-button__button")).hasCount(0);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in om dit te volgen")).click();
		page.getByLabel("Gebruikersnaam").fill("kees");
		page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();

		page.waitForURL(url("ideas/" + idea));
		waitForVaadin();
		assertThat(followButton()).hasAttribute("aria-pressed", "false");
		assertThat(page.locator("h1")).containsText("Een watertappunt bij het park");
	}

	private Locator followButton() {
		return page.locator(".follow-button__button");
	}

	private Long published(String title) {
		return publishing.sentInAndPublished("kees",
				new IdeaDraft(title, "Een plek waar kinderen en ouders even kunnen zitten, met genoeg woorden.",
						PlaceKind.GREEN, null, "Reigerlaan", null, null));
	}

}
