package nl.wijkstem.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.IdeaFixture;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following an idea is one click on its page and undoing it another: the button says and
 * tells (to a screen reader too) what changed, keeps the keyboard, and the page remembers
 * it. A visitor is offered to sign in and comes back to the idea.
 */
class FollowBrowserIT extends BrowserTest {

	@Autowired
	IdeaFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

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
		assertThat(follow).hasText("Volgen");
		assertThat(status).hasText("Je volgt dit nu. Je krijgt bericht als er nieuws is.");
		assertThat(page.locator(".follow-button__state")).hasText("Je volgt dit");
		assertFocusIn(follow);
		assertAccessible();

		page.reload();
		waitForVaadin();
		assertThat(followButton()).hasAttribute("aria-pressed", "true");
		assertThat(followButton()).hasText("Volgen");

		followButton().click();
		assertThat(followButton()).hasAttribute("aria-pressed", "false");
		assertThat(followButton()).hasText("Volgen");
		assertThat(page.locator(".follow-button__status")).hasText("Je volgt dit niet meer.");
		assertThat(page.locator(".follow-button__state")).isHidden();
		assertFocusIn(followButton());
		assertAccessible();
	}

	@Test
	void aVisitor_signsInToFollow_andComesBackToTheIdea() {
		Long idea = published("Een watertappunt bij het park " + IdeaFixture.unique());
		open("ideas/" + idea);
		assertThat(page.locator(".follow-button__button")).hasCount(0);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in om dit te volgen")).click();
		submitTheLoginForm("kees");

		page.waitForURL(url("ideas/" + idea));
		waitForVaadin();
		assertThat(followButton()).hasAttribute("aria-pressed", "false");
		assertThat(page.locator("h1")).containsText("Een watertappunt bij het park");
	}

	@Test
	void theOtherPagesWithFollowButtons_passAxe_forAResidentAndAVisitor() {
		open("programme");
		assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Log in om te volgen wat je interessant vindt")))
			.hasCount(1);
		assertThat(page.locator(".follow-button__button")).hasCount(0);
		assertAccessible();

		signInWithPassword("fatima");
		open("programme");
		Locator goal = page.locator(".programme-goal .follow-button__button").first();
		assertThat(goal).hasAttribute("aria-label", Pattern.compile("^Volgen: .+"));
		goal.click();
		assertThat(goal).hasAttribute("aria-pressed", "true");
		assertThat(goal).hasAttribute("aria-label", Pattern.compile("^Volgen: .+"));
		assertAccessible();
		goal.click();
		assertThat(goal).hasAttribute("aria-pressed", "false");

		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		open("vote/" + round);
		assertThat(followButton()).hasAttribute("aria-pressed", "false");
		assertAccessible();

		Long consultation = jdbc.queryForObject("select min(id) from consultation where published_at is not null",
				Long.class);
		if (consultation != null) {
			open("raadplegingen/" + consultation);
			assertThat(followButton()).hasAttribute("aria-pressed", "false");
			assertAccessible();
		}
	}

	private Locator followButton() {
		return page.locator(".follow-button__button");
	}

	private Long published(String title) {
		return fixture.sentInAndPublished("kees",
				new IdeaDraft(title, "Een plek waar kinderen en ouders even kunnen zitten, met genoeg woorden.",
						PlaceKind.GREEN, null, "Reigerlaan", null, null));
	}

}
