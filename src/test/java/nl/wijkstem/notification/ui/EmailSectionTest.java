package nl.wijkstem.notification.ui;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import nl.wijkstem.base.Languages;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ui.MyDataView;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.notification.mail.EmailAddresses;
import nl.wijkstem.notification.mail.MailTestSupport;
import nl.wijkstem.notification.mail.NoticePreferences;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail part of Mijn gegevens: an address that is not one stays in the field with a
 * message at it; a good one waits for its link; a bounce says what happened and why; each
 * choice of how a kind of notice arrives is saved as it is made and said so.
 */
@WithUserDetails("kees")
class EmailSectionTest extends ViewTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AccountService accounts;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmailAddresses addresses;

	Long kees;

	@BeforeEach
	void recordSignIn() {
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
		kees = accounts.currentAccountId().orElseThrow();
		new MailTestSupport(jdbc).noAddress(kees);
		// other tests in the same database change kees's choices too
		for (NoticeKind kind : NoticeKind.values()) {
			preferences.set(kees, kind, kind.defaultCadence());
		}
	}

	@AfterEach
	void defaults() {
		new MailTestSupport(jdbc).noAddress(kees);
		preferences.choose(NoticeKind.SUPPORTED, NoticeKind.SUPPORTED.defaultCadence());
	}

	@Test
	void aWrongAddressStaysWithAMessage_aGoodOneWaitsForItsLink() {
		navigate(MyDataView.class);
		assertThat(find(H2.class).withText("E-mail").exists()).isTrue();
		assertThat(paragraph("Je hebt nog geen e-mailadres opgegeven")).isTrue();
		EmailField field = find(EmailField.class).single();
		assertThat(field.getLabel()).isEqualTo("Je e-mailadres");

		field.setValue("kees at home");
		test(find(Button.class).withText("Stuur bevestigingsmail").single()).click();
		assertThat(field.isInvalid()).isTrue();
		assertThat(field.getErrorMessage()).isEqualTo("Dit is geen e-mailadres. Schrijf het zo: naam@voorbeeld.nl");
		assertThat(field.getValue()).as("what was typed stays").isEqualTo("kees at home");

		String address = "kees.form." + System.nanoTime() + "@example.org";
		field.setValue(address);
		test(find(Button.class).withText("Stuur bevestigingsmail").single()).click();
		assertThat(field.isInvalid()).isFalse();
		assertThat(field.getValue()).isEmpty();
		assertThat(paragraph("Wacht op bevestiging: " + address + ". Kijk in je mailbox")).isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theLanguageOfTheMailsIsChosenApartFromThePage() {
		new MailTestSupport(jdbc).confirmedAddress(kees, "kees.taal@example.org", "nl");
		navigate(MyDataView.class);
		RadioButtonGroup<Locale> language = find(RadioButtonGroup.class)
			.withCondition(group -> "Taal van je e-mails".equals(((RadioButtonGroup<Locale>) group).getLabel()))
			.single();
		assertThat(language.getValue()).isEqualTo(Languages.DUTCH);

		test(language).selectItem("English");

		assertThat(addresses.myAddress())
			.hasValueSatisfying(mine -> assertThat(mine.language()).isEqualTo(Locale.ENGLISH));
		assertThat(paragraph("Opgeslagen: English.")).isTrue();
	}

	@Test
	void aBouncedAddressSaysSoAndWhy() {
		new MailTestSupport(jdbc).confirmedAddress(kees, "kees.weg@example.org", "nl");
		jdbc.sql("update email_address set failed_at = :at, failure = :reply where account_id = :account")
			.param("at", Timestamp.from(Instant.parse("2026-12-01T10:00:00Z")))
			.param("reply", "550 5.1.1 <kees.weg@example.org>: User unknown")
			.param("account", kees)
			.update();

		navigate(MyDataView.class);

		assertThat(find(H3.class).withText("Je e-mailadres werkt niet").exists()).isTrue();
		assertThat(paragraph("Mail aan kees.weg@example.org kwam niet aan.")).isTrue();
		assertThat(paragraph("De mailserver zegt dat dit adres niet bestaat, of niet meer.")).isTrue();
		assertThat(paragraph("Antwoord van de mailserver: 550 5.1.1")).isTrue();
		assertThat(find(EmailField.class).single().getLabel()).isEqualTo("Ander e-mailadres");

		inLanguage(Locale.ENGLISH);
		assertThat(find(H3.class).withText("Your e-mail address does not work").exists()).isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aChoiceIsSavedAsItIsMade() {
		new MailTestSupport(jdbc).confirmedAddress(kees, "kees.keuze@example.org", "nl");
		navigate(MyDataView.class);
		assertThat(paragraph("We sturen je e-mail op kees.keuze@example.org.")).isTrue();
		RadioButtonGroup<Cadence> supported = find(RadioButtonGroup.class)
			.withCondition(group -> "Ideeën die je steunt".equals(((RadioButtonGroup<Cadence>) group).getLabel()))
			.single();
		assertThat(supported.getValue()).isEqualTo(Cadence.WEEKLY);
		assertThat(find(RadioButtonGroup.class).all()).as("one per kind, and the language")
			.hasSize(NoticeKind.values().length + 1);

		test(supported).selectItem("Dagelijks: alles in een mail per dag");

		assertThat(preferences.mine()).containsEntry(NoticeKind.SUPPORTED, Cadence.DAILY);
		assertThat(paragraph("Opgeslagen: Dagelijks: alles in een mail per dag.")).isTrue();
	}

	private boolean paragraph(String start) {
		return find(Paragraph.class).withCondition(p -> p.getText().startsWith(start)).exists();
	}

}
