package nl.wijkstem.notification.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.base.Languages;
import nl.wijkstem.notification.mail.EmailAddresses;
import nl.wijkstem.notification.mail.MailFixture;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link in the confirmation mail leads to a page whose button confirms the address;
 * opening the page alone (as a mail scanner does) confirms nothing.
 */
@WithUserDetails("kees")
class ConfirmEmailViewTest extends ViewTest {

	private static final Pattern LINK = Pattern.compile("/(email/bevestigen/[A-Za-z0-9_-]{43})");

	@Autowired
	EmailAddresses addresses;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingNow();

	@AfterEach
	void noAddressLeft() {
		// a confirmed address left behind turns every later test's notices into mail,
		// and their outbox rows eat the per-minute budget of the mail tests after them
		jdbc.sql("delete from email_address where address = :address or pending_address = :address")
			.param("address", "kees.link@example.org")
			.update();
	}

	@Test
	void openingTheLinkConfirmsNothingTheButtonDoes() throws Exception {
		addresses.request("kees.link@example.org", Languages.DUTCH);
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail.sendsOne()));
		assertThat(link.find()).isTrue();

		navigate(link.group(1), ConfirmEmailView.class);
		assertThat(addresses.myAddress().orElseThrow().address()).as("not by opening the page")
			.isNotEqualTo("kees.link@example.org");

		test(find(Button.class).withText("Bevestigen").single()).click();
		assertThat(addresses.myAddress().orElseThrow().address()).isEqualTo("kees.link@example.org");
		assertThat(find(Paragraph.class)
			.withText("Je e-mailadres kees.link@example.org is bevestigd. "
					+ "Onder Mijn gegevens kies je welke berichten je per e-mail krijgt.")
			.exists()).isTrue();

		// away and back: the same route with the same token would keep the view
		navigate(NoticesView.class);
		navigate(link.group(1), ConfirmEmailView.class);
		test(find(Button.class).withText("Bevestigen").single()).click();
		assertThat(
				find(Paragraph.class).withCondition(p -> p.getText().startsWith("Deze link werkt niet meer")).exists())
			.as("once")
			.isTrue();
	}

}
