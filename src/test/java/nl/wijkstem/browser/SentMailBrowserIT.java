package nl.wijkstem.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.base.Languages;
import nl.wijkstem.notification.mail.EmailAddresses;
import nl.wijkstem.notification.mail.MailWorker;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's whole way of a mail in a real browser: a resident asks for a confirmation
 * mail, the outbox worker hands it to the demo's capturing sender, and the administrator
 * reads it under Beheer &gt; Verzonden e-mail: the list, and the mail itself in a frame
 * that may do nothing. Both pages pass axe in Dutch and English and fit a 360 px phone.
 */
class SentMailBrowserIT extends BrowserTest {

	@Autowired
	EmailAddresses addresses;

	@Autowired
	MailWorker worker;

	@Autowired
	DemoUsers demo;

	@Test
	void theAdministratorReadsTheMailTheDemoKept() {
		demo.run("kees", () -> addresses.request("kees.browser@example.org", Languages.DUTCH));
		assertThat(worker.sendDue()).as("handed to the demo's capturing sender").isPositive();

		signInWithPassword("beheerder");
		open("admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verzonden e-mail")).click();
		page.waitForURL(url("admin/mail"));
		waitForVaadin();
		Locator line = page.locator(".sent-mail-line", new Page.LocatorOptions().setHasText("kees.browser@example.org"))
			.first();
		assertThat(line).containsText("Bevestig je e-mailadres voor");
		assertThat(page.locator(".sent-mail-outbox")).containsText("op verzending");
		assertAccessible();
		screenshots("sent-mail");
		button("English").click();
		assertThat(page.locator("h1")).hasText("Sent e-mail");
		assertAccessible();
		button("Nederlands").click();
		waitForVaadin();

		page.locator(".sent-mail-line", new Page.LocatorOptions().setHasText("kees.browser@example.org"))
			.first()
			.getByRole(AriaRole.LINK)
			.click();
		page.waitForURL(url -> url.matches(".*/admin/mail/[0-9]+"));
		waitForVaadin();
		Locator frame = page.locator("iframe.sent-mail-html");
		assertThat(frame).hasAttribute("sandbox", "");
		assertThat(frame).hasAttribute("title", "Inhoud van de e-mail");
		assertThat(page.frameLocator("iframe.sent-mail-html").locator("h1")).hasText("Bevestig je e-mailadres");
		assertThat(page.locator(".sent-mail-text")).containsText("/email/bevestigen/");
		assertThat(page.locator(".data-list")).containsText("kees.browser@example.org");
		assertAccessibleAroundFrames(1);
		screenshots("sent-mail-detail");
		button("English").click();
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("How the resident sees the e-mail")))
			.isVisible();
		assertAccessibleAroundFrames(1);
		button("Nederlands").click();
		waitForVaadin();
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
