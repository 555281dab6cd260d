package nl.wijkstem.account.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.account.VotingDeadlines;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Languages;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class AddressesViewTest extends ViewTest {

	private final String street = ResidencyTestSupport.newStreet();

	private final String postcode = ResidencyTestSupport.newPostcode();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ResidencyService residency;

	@Autowired
	AddressService addresses;

	/** The administrator signed in for real, so their account exists. */
	@BeforeEach
	void recordSignIn() {
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
	}

	@Test
	@WithUserDetails("beheerder")
	void brokenFile_importsNothing_andEveryWrongLineIsListed() {
		navigate(AddressesView.class);

		upload(ResidencyTestSupport.csv(street + ";1;;" + postcode, street + ";twee;;" + postcode,
				street + ";3;;3132"));

		assertThat(find(Paragraph.class).withClassName("addresses-import-message").single().getText())
			.isEqualTo("adressen.csv is niet geïmporteerd. Er is niets veranderd. Verbeter deze 2 fouten en "
					+ "probeer het opnieuw:");
		List<String> problems = find(ListItem.class)
			.from(find(UnorderedList.class).withClassName("addresses-import-problems").single())
			.all()
			.stream()
			.map(item -> item.getElement().getText())
			.toList();
		assertThat(problems).containsExactly("Regel 3: Het huisnummer \"twee\" is geen getal van 1 tot en met 99999.",
				"Regel 4: De postcode \"3132\" is geen Nederlandse postcode zoals 3132 AB.");
	}

	@Test
	@WithUserDetails("beheerder")
	void fileOverFiveMegabytes_isRefused_whileItStreams_andImportsNothing() {
		navigate(AddressesView.class);
		long before = addresses.overview(Locale.ROOT).addresses();
		byte[] line = (street + ";1;;" + postcode + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		for (int at = 0; at < large.length; at++) {
			large[at] = line[at % line.length];
		}

		upload(large);

		assertThat(find(Paragraph.class).withClassName("addresses-import-message").single().getText())
			.isEqualTo("Dit bestand kan niet: kies een CSV-bestand van hoogstens 5 MB.");
		assertThat(addresses.overview(Locale.ROOT).addresses()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("beheerder")
	void administrator_importsAddresses_downloadsTheLetters_andACodeFromThemWorks() {
		navigate(AddressesView.class);

		upload(ResidencyTestSupport.csv(street + ";1;;" + postcode, street + ";2;b;" + postcode));
		assertThat(find(Paragraph.class).withClassName("addresses-import-message").single().getText())
			.isEqualTo("adressen.csv is geïmporteerd: 2 nieuwe adressen, geen adres was er al.");

		test(find(Button.class).withText("Codes en brieven maken").single()).click();
		String done = find(Paragraph.class).withTextContaining("brieven gemaakt").single().getText();
		Matcher letters = Pattern.compile("Er zijn (\\d+) brieven gemaakt").matcher(done.replace(".", ""));
		assertThat(letters.find()).as(done).isTrue();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		test(find(Anchor.class).withTextContaining("Download de brieven").single()).download(pdf);
		String code = ResidencyTestSupport.codeFor(pdf.toByteArray(), Integer.parseInt(letters.group(1)),
				street + " 2 B");

		navigate(ResidencyView.class);
		test(find(TextField.class).withLabel("Code uit je brief").single()).setValue(code);
		test(find(Button.class).withText("Code controleren").single()).click();

		assertThat(find(Paragraph.class).withClassName("residency-status__verified").exists()).isTrue();
		assertThat(find(Paragraph.class).withTextContaining(street + " 2 B").exists()).isTrue();
	}

	@Test
	@WithUserDetails("beheerder")
	void administrator_tiesTheCodesToTheClosingOfAVotingRound() throws Exception {
		navigate(AddressesView.class);
		upload(ResidencyTestSupport.csv(street + ";5;;" + postcode));
		assertThat(find(Select.class).withLabel("Stemronde").exists()).isFalse();

		test(find(RadioButtonGroup.class).withLabel("Geldig tot").single()).selectItem("het sluiten van een stemronde");

		@SuppressWarnings("unchecked")
		Select<VotingDeadlines.Deadline> round = find(Select.class).withLabel("Stemronde").single();
		assertThat(find(DatePicker.class).exists()).isFalse();
		VotingDeadlines.Deadline demoRound = round.getListDataView()
			.getItems()
			.filter(deadline -> deadline.title().equals("Buurtbudget Westwijk 2027"))
			.findFirst()
			.orElseThrow();
		round.setValue(demoRound);
		test(find(Button.class).withText("Codes en brieven maken").single()).click();

		String moment = DisplayFormats.dateTime(demoRound.closesAt(), Languages.DUTCH);
		assertThat(find(Paragraph.class).withTextContaining("brieven gemaakt").single().getText())
			.endsWith("De codes werken tot de stemming sluit, nu op " + moment + ".");
		assertThat(find(ListItem.class)
			.withTextContaining("geldig tot de stemming van Buurtbudget Westwijk 2027 sluit (" + moment + ")")
			.exists()).isTrue();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		test(find(Anchor.class).withTextContaining("Download de brieven").single()).download(pdf);
		assertThat(ResidencyTestSupport.codesByStreetLine(pdf.toByteArray())).containsKey(street + " 5");
	}

	@Test
	@WithUserDetails("beheerder")
	void noRoundChosen_isExplainedNextToTheChooser() {
		navigate(AddressesView.class);
		test(find(RadioButtonGroup.class).withLabel("Geldig tot").single()).selectItem("het sluiten van een stemronde");
		@SuppressWarnings("unchecked")
		Select<VotingDeadlines.Deadline> round = find(Select.class).withLabel("Stemronde").single();
		round.clear();

		test(find(Button.class).withText("Codes en brieven maken").single()).click();

		assertThat(round.isInvalid()).isTrue();
		assertThat(round.getErrorMessage()).isEqualTo("Kies een stemronde.");
		assertThat(find(Anchor.class).withTextContaining("Download de brieven").exists()).isFalse();
	}

	@Test
	@WithUserDetails("beheerder")
	void lineCutShort_isReportedAsTooFewFields() {
		navigate(AddressesView.class);

		upload(ResidencyTestSupport.csv(street + ";1;" + postcode));

		assertThat(
				find(ListItem.class).from(find(UnorderedList.class).withClassName("addresses-import-problems").single())
					.single()
					.getElement()
					.getText())
			.isEqualTo("Regel 2: Deze regel heeft te weinig velden: 3 in plaats van 4. Staat er ergens een "
					+ "; of , te weinig?");
	}

	@Test
	@WithUserDetails("beheerder")
	void administrator_findsAnImportedAddress_correctsIt_keepingWhatWasTypedOnAMistake() {
		navigate(AddressesView.class);
		upload(ResidencyTestSupport.csv(street + ";21;;" + postcode));
		searchAddress(street);
		assertThat(find(Paragraph.class).withClassName("addresses-list-status").single().getText())
			.isEqualTo("Adres 1 tot en met 1 van 1");
		ListItem card = addressCard();
		assertThat(card.getElement().getTextRecursively()).contains(street + " 21, " + postcode,
				"Geen bewoners via dit adres bevestigd en geen code die nog werkt.");

		test(find(Button.class).from(card).withText("Verbeteren").single()).click();
		TextField number = find(TextField.class).withLabel("Huisnummer").single();
		test(number).setValue("eenentwintig");
		test(find(Button.class).withText("Opslaan").single()).click();
		assertThat(number.isInvalid()).isTrue();
		assertThat(number.getErrorMessage())
			.isEqualTo("Het huisnummer \"eenentwintig\" is geen getal van 1 tot en met 99999.");
		assertThat(number.getValue()).isEqualTo("eenentwintig");
		test(number).setValue("23");
		test(find(TextField.class).withLabel("Toevoeging").single()).setValue("a");
		test(find(Button.class).withText("Opslaan").single()).click();

		assertThat(find(TextField.class).withLabel("Huisnummer").exists()).isFalse();
		assertThat(addressCard().getElement().getTextRecursively()).contains(street + " 23 A, " + postcode,
				"Verbeterd op ");
	}

	@Test
	@WithUserDetails("beheerder")
	void administrator_removesAnAddressWithAVerifiedResident_onlyAfterChoosingWhatHappensToThem() {
		navigate(AddressesView.class);
		upload(ResidencyTestSupport.csv(street + ";31;;" + postcode));
		test(find(Button.class).withText("Codes en brieven maken").single()).click();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		test(find(Anchor.class).withTextContaining("Download de brieven").single()).download(pdf);
		String code = ResidencyTestSupport.codesByStreetLine(pdf.toByteArray()).get(street + " 31");
		ResidencyTestSupport.as(() -> ResidencyTestSupport.signInAsNewResident(events, "Bewoner " + street, Map.of()),
				() -> residency.redeem(code));
		searchAddress(street + " 31");
		ListItem card = addressCard();
		assertThat(card.getElement().getTextRecursively()).contains("1 bewoner is via dit adres bevestigd.",
				"Er is een brief met een code die nog werkt (reeks ");

		test(find(Button.class).from(card).withText("Verwijderen").single()).click();
		Dialog dialog = find(Dialog.class).single();
		assertThat(dialog.getElement().getTextRecursively()).contains(
				"1 bewoner is via dit adres bevestigd. Kies wat er met hun bevestiging gebeurt.",
				"Na het verwijderen werkt die code niet meer.");
		test(find(Button.class).withText("Verwijderen").from(dialog).single()).click();
		@SuppressWarnings("unchecked")
		RadioButtonGroup<Object> choice = find(RadioButtonGroup.class)
			.withLabel("Wat gebeurt er met de bevestigde bewoners?")
			.single();
		assertThat(choice.isInvalid()).isTrue();
		assertThat(choice.getErrorMessage()).isEqualTo("Kies wat er met de bevestigde bewoners gebeurt.");
		test(choice)
			.selectItem("Ze blijven bevestigd en mogen blijven stemmen. Bij hun bevestiging staat dan geen adres meer. "
					+ "Kies dit als alleen de lijst fout was.");
		test(find(Button.class).withText("Verwijderen").from(dialog).single()).click();

		assertThat(find(Paragraph.class).withClassName("addresses-list-status").single().getText())
			.isEqualTo("Geen adressen gevonden.");
	}

	private void searchAddress(String text) {
		test(find(TextField.class).withLabel("Zoek een adres").single()).setValue(text);
		test(find(Button.class).withText("Zoeken").single()).click();
	}

	private ListItem addressCard() {
		return find(ListItem.class).withClassName("address").single();
	}

	private void upload(byte[] csv) {
		test(find(Upload.class).single()).upload("adressen.csv", "text/csv", csv);
	}

}
