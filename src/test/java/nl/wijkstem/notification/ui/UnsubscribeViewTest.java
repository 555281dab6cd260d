package nl.wijkstem.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.notification.mail.MailFixture;
import nl.wijkstem.notification.mail.NoticePreferences;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unsubscribe link in a mail's footer works without signing in: the page says what
 * will stop, and only its button stops it (opening the page, as a link scanner does,
 * changes nothing).
 */
class UnsubscribeViewTest extends ViewTest {

	@Autowired
	NoticePreferences preferences;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingAt(MailFixture.DAYTIME);

	Long kees;

	@BeforeEach
	void keesHasAnAddress() {
		kees = mail.residentWithAddress("kees", "kees@example.org");
	}

	@Test
	void theFooterLinkAsksFirst_andItsButtonUnsubscribes_withoutSigningIn() throws Exception {
		String path = mail.unsubscribePathOfANotice(kees, 4901L);
		assertThat(SecurityContextHolder.getContext().getAuthentication()).as("nobody signed in").isNull();

		navigate(path, UnsubscribeView.class);
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
