package nl.wijkstem.account.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.support.ViewTest;
import nl.wijkstem.base.ui.Confirmation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentsViewTest extends ViewTest {

	@Autowired
	ApplicationEventPublisher events;

	@Test
	@WithUserDetails("moderator")
	void moderator_findsAResident_verifiesInPerson_andRevokesWithAReason() {
		String name = "Loket " + ResidencyTestSupport.newStreet();
		ResidencyTestSupport.as(() -> ResidencyTestSupport.signInAsNewResident(events, name, Map.of()), () -> null);
		navigate(ResidentsView.class);

		search(name.substring(name.length() - 8));
		assertThat(card().getElement().getTextRecursively()).contains(name);
		assertThat(find(Paragraph.class).from(card()).withText(name + " is nog niet bevestigd als bewoner.").exists())
			.isTrue();
		test(find(Button.class).withText("Bevestigen als bewoner").single()).click();
		test(find(Button.class).from(find(Confirmation.class).single()).withText("Ja, bevestigen").single()).click();

		assertThat(find(Paragraph.class).from(card())
			.withText(name + " is bevestigd als bewoner van de Westwijk en mag stemmen.")
			.exists()).isTrue();
		assertThat(find(Paragraph.class).from(card())
			.withTextContaining("Bevestigd bij het programmabureau, op ")
			.exists()).isTrue();
		assertThat(card().getElement().getTextRecursively()).doesNotContain("Je bent", "je brief", "Je mag");
		test(find(Button.class).withText("Bevestiging intrekken").single()).click();
		TextArea reason = find(TextArea.class).withLabel("Reden").single();
		test(reason).setValue("Kort");
		test(find(Button.class).withText("Intrekken").single()).click();
		assertThat(reason.isInvalid()).isTrue();
		test(reason).setValue("Verhuisd naar Schiedam");
		test(find(Button.class).withText("Intrekken").single()).click();

		assertThat(find(Paragraph.class).from(card())
			.withTextContaining("Reden: Verhuisd naar Schiedam")
			.single()
			.getText()).startsWith("De bevestiging als bewoner is op ");
		assertThat(find(Button.class).withText("Bevestigen als bewoner").exists()).isTrue();
	}

	@Test
	@WithUserDetails("moderator")
	void moderatorFindingTheirOwnAccount_isNotOfferedToVerifyIt() {
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
		navigate(ResidentsView.class);

		search("Sanne Jansen");

		ListItem own = card();
		assertThat(own.getElement().getTextRecursively()).contains("Sanne Jansen (programmabureau)");
		assertThat(find(Button.class).from(own).withText("Bevestigen als bewoner").exists()).isFalse();
		assertThat(find(Paragraph.class).from(own)
			.withText("Dit is je eigen account. Je kunt jezelf niet bevestigen. Vraag een collega.")
			.exists()).isTrue();
	}

	@Test
	@WithUserDetails("moderator")
	void tooShortSearch_asksForMore() {
		navigate(ResidentsView.class);

		search("K");

		assertThat(find(Paragraph.class).withText("Vul minstens 2 tekens in.").exists()).isTrue();
	}

	private void search(String text) {
		test(find(TextField.class).withLabel("Naam of e-mailadres").single()).setValue(text);
		test(find(Button.class).withText("Zoeken").single()).click();
	}

	private ListItem card() {
		return find(ListItem.class).withClassName("resident").single();
	}

}
