package nl.wijkstem.notification.ui;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.idea.IdeaDecided;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.notification.mail.MailTestSupport;
import nl.wijkstem.notification.mail.MailWorker;
import nl.wijkstem.notification.mail.NoticePreferences;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unsubscribe link in a mail's footer works without signing in: the page says what
 * will stop, and only its button stops it (opening the page, as a link scanner does,
 * changes nothing).
 */
class UnsubscribeViewTest extends ViewTest {

	private static final Pattern LINK = Pattern.compile("<http://localhost:8080/(email/afmelden/[^>]+)>");

	@Autowired
	MailWorker worker;

	@Autowired
	GreenMail smtp;

	@Autowired
	DemoUsers demo;

	@Autowired
	AccountService accounts;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	Long kees;

	@BeforeEach
	void mailedNotice() throws Exception {
		clock.moveTo(Instant.parse("2026-12-07T09:00:00Z"));
		while (worker.sendDue() > 0) {
			// what other tests left goes out first
		}
		smtp.purgeEmailFromAllMailboxes();
		kees = demo.as("kees", () -> accounts.currentAccountId().orElseThrow());
		new MailTestSupport(jdbc).confirmedAddress(kees, "kees@example.org", "nl");
		preferences.set(kees, NoticeKind.MY_IDEAS, Cadence.IMMEDIATELY);
	}

	@AfterEach
	void reset() {
		preferences.set(kees, NoticeKind.MY_IDEAS, NoticeKind.MY_IDEAS.defaultCadence());
		new MailTestSupport(jdbc).noAddress(kees);
		clock.reset();
	}

	@Test
	void theFooterLinkAsksFirst_andItsButtonUnsubscribes_withoutSigningIn() throws Exception {
		transaction.executeWithoutResult(
				status -> events.publishEvent(new IdeaDecided(4901L, kees, "Bankje", ModerationDecision.PUBLISH, "")));
		assertThat(worker.sendDue()).isEqualTo(1);
		Matcher link = LINK.matcher(smtp.getReceivedMessages()[0].getHeader("List-Unsubscribe")[0]);
		assertThat(link.matches()).isTrue();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).as("nobody signed in").isNull();

		navigate(link.group(1), UnsubscribeView.class);
		assertThat(find(Paragraph.class)
			.withText("Wil je geen e-mail meer over \"Je ideeën en meldingen\"? "
					+ "Dan zie je deze berichten alleen nog in de app, bij Berichten.")
			.exists()).isTrue();
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).as("not by opening the page")
			.isEqualTo(Cadence.IMMEDIATELY);

		test(find(Button.class).withText("Afmelden").single()).click();
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).isEqualTo(Cadence.APP_ONLY);
		assertThat(find(Paragraph.class).withText("Je bent afgemeld. Je krijgt hierover geen e-mail meer.").exists())
			.isTrue();
		assertThat(find(Anchor.class).withText("Naar Mijn gegevens").single().getHref()).isEqualTo("my/data");
	}

	@Test
	void aChangedLinkSaysItDoesNotWork_andHasNoButton() {
		navigate("email/afmelden/MTIuTVlfSURFQVMuMw.AAAAAAAAAAAAAAAAAAAAAA", UnsubscribeView.class);
		assertThat(find(Paragraph.class).withCondition(p -> p.getText().startsWith("Deze link werkt niet (meer)."))
			.exists()).isTrue();
		assertThat(find(Button.class).withText("Afmelden").exists()).isFalse();
	}

}
