package nl.wijkstem.browser;

import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.base.Languages;
import nl.wijkstem.notification.mail.CapturingMailSender;
import nl.wijkstem.notification.mail.EmailAddresses;
import nl.wijkstem.notification.mail.MailWorker;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail the demo kept, read in a real browser: a resident asks for a confirmation mail,
 * the outbox worker sends it (to the tests' GreenMail; {@code MailCaptureTest} shows the
 * worker handing it to the demo's capturing sender), the demo's sender keeps the mail as
 * received, and the administrator reads it under Beheer &gt; Verzonden e-mail: the list,
 * and the mail itself in a frame that may do nothing. Both pages pass axe in Dutch and
 * English and fit a 360 px phone.
 */
class SentMailBrowserIT extends BrowserTest {

	@Autowired
	EmailAddresses addresses;

	@Autowired
	MailWorker worker;

	@Autowired
	DemoUsers demo;

	@Autowired
	GreenMail smtp;

	@Autowired
	CapturingMailSender capturing;

	@Test
	void theAdministratorReadsTheMailTheDemoKept() throws Exception {
		demo.run("kees", () -> addresses.request("kees.browser@example.org", Languages.DUTCH));
		worker.sendDue();
		// the browser tests send to GreenMail; the demo's sender keeps the mail it got
		MimeMessage received = null;
		for (int attempt = 0; received == null && attempt < 50; attempt++) {
			received = Arrays.stream(smtp.getReceivedMessages())
				.filter(mail -> recipient(mail).equals("kees.browser@example.org"))
				.reduce((first, last) -> last)
				.orElse(null);
			Thread.sleep(100);
		}
		assertThat(received).as("the confirmation mail").isNotNull();
		capturing.send(new MimeMessage(received));

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

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
