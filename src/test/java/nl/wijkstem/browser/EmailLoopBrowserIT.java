package nl.wijkstem.browser;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.notification.mail.CapturingMailSender;
import nl.wijkstem.notification.mail.MailTestSupport;
import nl.wijkstem.notification.mail.MailWorker;
import nl.wijkstem.notification.mail.NoticePreferences;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop of the issue, through the screens: a resident follows an idea with one
 * click, a moderator gives the bureau's answer on it, the outbox worker mails the news to
 * the follower's confirmed address (GreenMail here; the demo keeps it instead), and the
 * administrator reads that mail under Beheer &gt; Verzonden e-mail.
 */
class EmailLoopBrowserIT extends BrowserTest {

	private static final String ANSWER = "We zetten de bank in het voorjaar neer, bij de ingang van het park.";

	@Autowired
	IdeaFixture fixture;

	@Autowired
	MailWorker worker;

	@Autowired
	GreenMail smtp;

	@Autowired
	CapturingMailSender capturing;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	DemoUsers demo;

	@Autowired
	AccountService accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	private Long fatima;

	@AfterEach
	void putBack() {
		clock.reset();
		if (fatima != null) {
			preferences.set(fatima, NoticeKind.FOLLOWED, NoticeKind.FOLLOWED.defaultCadence());
			new MailTestSupport(jdbc).noAddress(fatima);
		}
	}

	@Test
	void aFollowerGetsTheBureausAnswerByMail_andTheAdministratorCanReadIt() throws Exception {
		String title = "Een bank bij de ingang van het park " + IdeaFixture.unique();
		Long idea = fixture.sentInAndPublished("kees",
				new IdeaDraft(title,
						"Bij de ingang van het park is geen plek om even te zitten. Een bank zou fijn zijn.",
						PlaceKind.GREEN, null, "Reigerlaan", null, null));
		fatima = demo.as("fatima", () -> accounts.currentAccountId().orElseThrow());
		new MailTestSupport(jdbc).confirmedAddress(fatima, "fatima.loop@example.org", "nl");
		preferences.set(fatima, NoticeKind.FOLLOWED, Cadence.IMMEDIATELY);

		signInWithPassword("fatima");
		open("ideas/" + idea);
		Locator follow = page.locator(".follow-button__button");
		follow.click();
		assertThat(follow).hasAttribute("aria-pressed", "true");
		signOut();

		signInWithPassword("moderator");
		open("moderation/" + idea);
		Locator answer = page.locator(".more-actions")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Officieel antwoord"));
		answer.click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByLabel("Antwoord", new Locator.GetByLabelOptions().setExact(true)).fill(ANSWER);
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Antwoord plaatsen")).click();
		page.getByText("Het antwoord staat op de ideepagina.").waitFor();
		signOut();

		// outside quiet hours, whenever the test runs: tomorrow 10:00 in Amsterdam
		clock.moveTo(ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).withHour(10).toInstant());
		MimeMessage mail = null;
		for (int round = 0; mail == null && round < 20; round++) {
			worker.sendDue();
			mail = Arrays.stream(smtp.getReceivedMessages())
				.filter(received -> recipient(received).equals("fatima.loop@example.org"))
				.findFirst()
				.orElse(null);
			if (mail == null) {
				Thread.sleep(200);
			}
		}
		clock.reset();
		assertThat(mail).as("the follower's mail").isNotNull();
		assertThat(mail.getSubject()).startsWith("Nieuws over een idee dat je volgt");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains("/ideas/" + idea);
		assertThat(mail.getHeader("List-Unsubscribe")).isNotEmpty();
		capturing.send(new MimeMessage(mail));

		signInWithPassword("beheerder");
		open("admin/mail");
		Locator line = page.locator(".sent-mail-line", new Page.LocatorOptions().setHasText("fatima.loop@example.org"))
			.first();
		assertThat(line).containsText("Nieuws over een idee dat je volgt");
		line.getByRole(AriaRole.LINK).click();
		page.waitForURL(url -> url.matches(".*/admin/mail/[0-9]+"));
		waitForVaadin();
		assertThat(page.frameLocator("iframe.sent-mail-html").locator("body")).containsText(ANSWER);
		assertThat(page.locator(".sent-mail-text")).containsText(ANSWER);
		assertAccessibleAroundFrames(1);
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
