package nl.wijkstem.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation under an idea and the notices it causes, in a real browser at a
 * phone's and a desktop's width: one reply form however often "Reageer" is clicked, with
 * the focus in it; a question before deleting; the author's notice, and the bell clearing
 * once it is read.
 */
class CommentsAndNoticesBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void neighbourComments_authorIsNotified_repliesOnce_andDeletesAfterAQuestion() {
		Long idea = jdbc.queryForObject("""
				select i.id from idea i join account a on a.id = i.author_id
				where a.display_name = 'Kees de Vries' and i.status = 'PUBLISHED' and i.hidden = false
				order by i.id fetch first 1 rows only""", Long.class);
		String words = "Goed idee, ik help mee " + System.nanoTime();
		signInWithPassword("fatima");
		open("ideas/" + idea);
		page.getByLabel("Jouw reactie").fill(words);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plaats reactie")).click();
		Locator mine = page.locator("li.comment").filter(new Locator.FilterOptions().setHasText(words));
		mine.waitFor();

		Locator reply = mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reageer"));
		reply.click();
		reply.click();
		waitForVaadin();
		assertThat(mine.getByLabel("Jouw antwoord").count()).isOne();
		assertThat(page.evaluate("() => document.activeElement.closest('.comment-form') !== null")).isEqualTo(true);
		assertAccessible();
		screenshots("comment-reply-form");
		mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren")).click();
		waitForVaadin();
		assertThat(mine.getByLabel("Jouw antwoord").count()).isZero();

		signOut();
		signInWithPassword("kees");
		assertThat(page.locator(".notices-bell").innerText()).endsWith("nieuw)");
		page.locator(".notices-bell").click();
		page.waitForURL(url("notices"));
		waitForVaadin();
		assertThat(page.getByText("Nieuwe reacties op je idee").first().isVisible()).isTrue();
		assertThat(page.locator(".notices-bell").innerText()).isEqualTo("Berichten");
		assertAccessible();
		screenshots("notices-after-comment");

		signOut();
		signInWithPassword("fatima");
		open("ideas/" + idea);
		mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijderen")).click();
		page.getByText("Reactie verwijderen?").waitFor();
		// the dialog fades in without an animation the shared wait sees
		page.waitForTimeout(800);
		assertAccessible();
		screenshots("comment-delete-question");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, verwijderen")).click();
		page.getByText(words)
			.waitFor(new Locator.WaitForOptions()
				.setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
	}

}
