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
 * phone's and a desktop's width: one reply or edit form at a time however often "Reageer"
 * is clicked, with the focus in it; the focus on what was placed, changed or deleted,
 * never back at the page's start; a question before deleting that starts on the safe
 * answer; the author's notice, and the bell clearing once it is read.
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
		assertFocusIn(mine);

		// the comment's own buttons, not those of the replies under it
		Locator actions = mine.locator(":scope > .comment__actions");
		Locator reply = actions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reageer"));
		reply.click();
		reply.click();
		waitForVaadin();
		assertThat(mine.getByLabel("Jouw antwoord").count()).isOne();
		assertFocusIn(mine.getByLabel("Jouw antwoord"));
		assertAccessible();
		screenshots("comment-reply-form");
		Locator edit = actions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aanpassen"));
		edit.click();
		waitForVaadin();
		assertThat(page.locator(".comment-form--reply, .comment-form--edit").count()).as("open forms").isOne();
		assertFocusIn(mine.getByLabel("Pas je reactie aan"));
		mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren")).click();
		waitForVaadin();
		assertThat(mine.getByLabel("Pas je reactie aan").count()).isZero();
		assertFocusIn(edit);

		reply.click();
		mine.getByLabel("Jouw antwoord").fill("En ik neem koffie mee.");
		mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Plaats antwoord")).click();
		Locator answer = mine.locator(".reply-list li.comment")
			.filter(new Locator.FilterOptions().setHasText("En ik neem koffie mee."));
		answer.waitFor();
		assertFocusIn(answer);

		edit.click();
		mine.getByLabel("Pas je reactie aan").fill(words + ", op zaterdag");
		mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
		mine.getByText(words + ", op zaterdag").waitFor();
		assertFocusIn(mine);

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
		Locator delete = actions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijderen"));
		delete.click();
		page.getByText("Reactie verwijderen?").waitFor();
		// the dialog fades in without an animation the shared wait sees
		page.waitForTimeout(800);
		assertFocusIn(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nee, laten staan")));
		assertAccessible();
		screenshots("comment-delete-question");
		page.keyboard().press("Escape");
		assertFocusIn(delete);
		delete.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, verwijderen")).click();
		page.getByText(words)
			.waitFor(new Locator.WaitForOptions()
				.setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
		// the placeholder of the deleted comment, with the reply under it
		assertFocusIn(page.locator("li.comment")
			.filter(new Locator.FilterOptions().setHasText("Deze reactie is verwijderd door de schrijver."))
			.filter(new Locator.FilterOptions().setHasText("En ik neem koffie mee.")));
	}

}
