package nl.wijkstem.moderation.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.ReportReason;
import nl.wijkstem.moderation.IdeaFixture;
import nl.wijkstem.moderation.ReasonTemplateChoice;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("moderator")
class ModerationItemViewTest extends ViewTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	CommentService comments;

	@Autowired
	ProgrammeService programme;

	@Autowired
	UserDetailsService demoUsers;

	@Autowired
	ApplicationEventPublisher events;

	IdeaFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new IdeaFixture(ideas, programme, demoUsers, events);
	}

	@Test
	void showingAHiddenIdeaAgain_offersTextsForItsAuthor_notForReporters() {
		Long id = fixture.published("Een idee dat even verborgen was " + IdeaFixture.unique(), null);
		moderation.hide(id, fixture.version(id), "Er stond een telefoonnummer in je idee.");
		open(id);

		ReasonTemplatePicker picker = $(ReasonTemplatePicker.class).from($(VisibilityForm.class).single()).single();

		assertThat(offered(picker)).contains("Weer zichtbaar")
			.doesNotContain("Melding klopt niet", "Melding: een mening mag");
		assertThat($(TextArea.class).from($(VisibilityForm.class).single()).single().getHelperText())
			.isEqualTo("De schrijver krijgt dit bericht. Schrijf in eenvoudige taal (B1).");
	}

	@Test
	void dismissingAReport_offersTextsForTheReporters_andUpholdingOne_textsForTheAuthor() {
		Long id = fixture.published("Een idee dat iemand meldde " + IdeaFixture.unique(), null);
		as("fatima", () -> comments.report(id, null, ReportReason.PERSONAL_DATA));
		open(id);
		ReportsSection reports = $(ReportsSection.class).single();
		RadioButtonGroup<Boolean> upheld = radio(reports, "Klopt de melding?");

		test(upheld).selectItem("Melding klopt niet: laten staan");
		ReasonTemplatePicker picker = $(ReasonTemplatePicker.class).from(reports).single();
		assertThat(offered(picker)).contains("Melding klopt niet", "Melding: een mening mag")
			.doesNotContain("Beledigend of discriminerend");
		assertThat($(TextArea.class).from(reports).single().getHelperText()).startsWith("De bewoners die dit meldden");

		test(upheld).selectItem("Melding klopt: verbergen");
		assertThat(offered(picker)).contains("Persoonlijke gegevens in de tekst", "Beledigend of discriminerend")
			.doesNotContain("Melding klopt niet");
	}

	@Test
	void revisingTheText_offersTextsForTheReasonChosen_notPublishTexts() {
		Long id = fixture.submitted("Een idee waarvan de tekst beter kan " + IdeaFixture.unique());
		open(id);
		RevisionForm form = $(RevisionForm.class).single();
		assertThat($(ReasonTemplatePicker.class).from(form).exists()).isFalse();

		test(radio(form, "Waarom pas je de tekst aan?"))
			.selectItem("Om persoonlijke gegevens weg te halen. De oude tekst wordt overal gewist.");
		ReasonTemplatePicker picker = $(ReasonTemplatePicker.class).from(form).single();
		assertThat(offered(picker)).contains("Persoonlijke gegevens uit de tekst gehaald")
			.doesNotContain("Bedankt, je idee staat online", "Persoonlijke gegevens verwijderd");

		test(radio(form, "Waarom pas je de tekst aan?"))
			.selectItem("Om de tekst duidelijker te maken. De oude tekst blijft bewaard.");
		assertThat(offered(picker)).contains("Tekst duidelijker gemaakt")
			.doesNotContain("Persoonlijke gegevens uit de tekst gehaald");
	}

	private void open(Long id) {
		navigate("moderation/" + id, ModerationItemView.class);
		assertThat(ideas.idea(id, Languages.DUTCH)).isPresent();
	}

	@SuppressWarnings("unchecked")
	private RadioButtonGroup<Boolean> radio(Component in, String label) {
		return $(RadioButtonGroup.class).from(in).withLabel(label).single();
	}

	@SuppressWarnings("unchecked")
	private List<String> offered(ReasonTemplatePicker picker) {
		ComboBox<ReasonTemplateChoice> choice = $(ComboBox.class).from(picker).single();
		return choice.getListDataView().getItems().map(ReasonTemplateChoice::title).toList();
	}

	private <T> T as(String username, Supplier<T> work) {
		Authentication before = SecurityContextHolder.getContext().getAuthentication();
		SignIn.as(demoUsers, events, username);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(before);
		}
	}

}
