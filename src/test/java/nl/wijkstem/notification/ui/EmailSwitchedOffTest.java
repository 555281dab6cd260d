package nl.wijkstem.notification.ui;

import java.util.List;

import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.notification.mail.EmailAddresses;
import nl.wijkstem.notification.mail.MailSettings;
import nl.wijkstem.notification.mail.NoticePreferences;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With e-mail switched off ({@code WIJKSTEM_MAIL_ENABLED=false}) Mijn gegevens offers no
 * address form: an address given there would wait for a confirmation mail that never
 * goes.
 */
@ApplicationTest
class EmailSwitchedOffTest {

	@Autowired
	EmailAddresses addresses;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	MailSettings settings;

	@Autowired
	DemoUsers demo;

	@Test
	void mijnGegevens_hasNoEmailPart_whenEmailIsOff() {
		MailSettings off = new MailSettings(settings.from(), settings.perMinute(), List.of(), false);

		assertThat(demo.as("kees", () -> new EmailSection(addresses, preferences, currentUser, off).create()))
			.isEmpty();
	}

}
