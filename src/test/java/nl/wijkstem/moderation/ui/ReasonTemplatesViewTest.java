package nl.wijkstem.moderation.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.moderation.ReasonTemplates;
import nl.wijkstem.support.ViewTest;
import nl.wijkstem.base.ui.Confirmation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("moderator")
class ReasonTemplatesViewTest extends ViewTest {

	@Autowired
	ReasonTemplates templates;

	@Test
	void moderator_seesTheTemplates_inTheirLanguage() {
		navigate(ReasonTemplatesView.class);

		assertThat(titles()).contains("Dubbel idee", "Te weinig informatie", "Melding voor de gemeente (BuitenBeter)");
	}

	@Test
	void newTemplate_withProblems_showsThemBesideTheFields_keepsTheText_thenSaves() {
		navigate(ReasonTemplatesView.class);
		String title = "Fietsenrek " + UUID.randomUUID().toString().substring(0, 6);
		test(find(Button.class).withText("Nieuwe standaardtekst").single()).click();
		test(field("Titel in het Nederlands")).setValue(title);
		test(area("Tekst in het Nederlands")).setValue("Te kort");

		test(find(Button.class).withText("Opslaan").single()).click();

		assertThat(area("Tekst in het Nederlands").getErrorMessage())
			.isEqualTo("Schrijf een tekst van minstens 10 tekens.");
		assertThat(field("Titel in het Engels").getErrorMessage()).isEqualTo("Vul een titel in.");
		assertThat(kinds().isInvalid()).isTrue();
		assertThat(field("Titel in het Nederlands").getValue()).isEqualTo(title);
		assertThat(field("Titel in het Nederlands").isInvalid()).isFalse();

		test(area("Tekst in het Nederlands")).setValue("Er komt een fietsenrek bij de flat.");
		test(field("Titel in het Engels")).setValue(title + " (en)");
		test(area("Tekst in het Engels")).setValue("A bicycle rack is coming near the flat.");
		test(kinds()).selectItem("Nieuwe status (voor iedereen)");
		test(find(Button.class).withText("Opslaan").single()).click();

		assertThat(titles()).contains(title);
		assertThat(find(TextField.class).withLabel("Titel in het Nederlands").exists()).isFalse();
	}

	@Test
	void moderator_editsAndDeletesATemplate() {
		navigate(ReasonTemplatesView.class);
		String title = "Lantaarnpaal " + UUID.randomUUID().toString().substring(0, 6);
		test(find(Button.class).withText("Nieuwe standaardtekst").single()).click();
		test(field("Titel in het Nederlands")).setValue(title);
		test(area("Tekst in het Nederlands")).setValue("De gemeente zet er een lantaarnpaal bij.");
		test(field("Titel in het Engels")).setValue(title);
		test(area("Tekst in het Engels")).setValue("The municipality adds a street light.");
		test(kinds()).selectItem("Nieuwe status (voor iedereen)");
		test(find(Button.class).withText("Opslaan").single()).click();

		test(find(Button.class).withAriaLabel("Bewerken: " + title).single()).click();
		assertThat(area("Tekst in het Nederlands").getValue()).isEqualTo("De gemeente zet er een lantaarnpaal bij.");
		test(field("Titel in het Nederlands")).setValue(title + " (gewijzigd)");
		test(find(Button.class).withText("Opslaan").single()).click();
		assertThat(titles()).contains(title + " (gewijzigd)").doesNotContain(title);

		test(find(Button.class).withAriaLabel("Verwijderen: " + title + " (gewijzigd)").single()).click();
		test(find(Button.class).from(find(Confirmation.class).single()).withText("Verwijderen").single()).click();

		assertThat(titles()).doesNotContain(title + " (gewijzigd)");
	}

	@Test
	void picker_writesTheChosenTemplateIntoTheMessage_whichStaysEditable() {
		navigate(ReasonTemplatesView.class);
		TextArea message = new TextArea("Bericht aan de indiener");
		ReasonTemplatePicker picker = new ReasonTemplatePicker(templates, message);
		UI.getCurrent().add(picker, message);
		assertThat(picker.isVisible()).isFalse();

		picker.showFor("DUPLICATE");
		@SuppressWarnings("unchecked")
		ComboBox<Object> choice = find(ComboBox.class).withLabel("Standaardtekst").single();
		test(choice).selectItem("Dubbel idee");

		assertThat(picker.isVisible()).isTrue();
		assertThat(message.getValue()).startsWith("Er staat al een idee op de website");
		test(message).setValue(message.getValue() + " Het gaat om het idee over de speeltuin.");
		assertThat(message.getValue()).endsWith("over de speeltuin.");

		picker.showFor("NO_SUCH_DECISION");
		assertThat(picker.isVisible()).isFalse();
	}

	private List<String> titles() {
		return find(H2.class)
			.withCondition(h2 -> h2.getParent()
				.map(parent -> parent.getElement().getClassList().contains("reason-template"))
				.orElse(false))
			.all()
			.stream()
			.map(H2::getText)
			.toList();
	}

	private TextField field(String label) {
		return find(TextField.class).withLabel(label).single();
	}

	private TextArea area(String label) {
		return find(TextArea.class).withLabel(label).single();
	}

	@SuppressWarnings("unchecked")
	private CheckboxGroup<Object> kinds() {
		return find(CheckboxGroup.class).withLabel("Past bij deze besluiten").single();
	}

}
