package nl.wijkstem.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.SimilarIdea;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.ReportReason;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.moderation.ReasonTemplateChoice;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("moderator")
class ModerationItemViewTest extends ViewTest {

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	CommentService comments;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Test
	void showingAHiddenIdeaAgain_offersTextsForItsAuthor_notForReporters() {
		Long id = fixture.published("Een idee dat even verborgen was " + IdeaFixture.unique(), null);
		moderation.hide(id, fixture.version(id), "Er stond een telefoonnummer in je idee.");
		open(id);
		test(find(Button.class).withText("Weer laten zien").single()).click();

		ReasonTemplatePicker picker = find(ReasonTemplatePicker.class).from(find(VisibilityForm.class).single())
			.single();

		assertThat(offered(picker)).contains("Weer zichtbaar")
			.doesNotContain("Melding klopt niet", "Melding: een mening mag");
		assertThat(find(TextArea.class).from(find(VisibilityForm.class).single()).single().getHelperText())
			.isEqualTo("De schrijver krijgt dit bericht. Schrijf in eenvoudige taal (B1).");
	}

	@Test
	void dismissingAReport_offersTextsForTheReporters_andUpholdingOne_textsForTheAuthor() {
		Long id = fixture.published("Een idee dat iemand meldde " + IdeaFixture.unique(), null);
		demo.as("fatima", () -> comments.report(id, null, ReportReason.PERSONAL_DATA));
		open(id);
		ReportsSection reports = find(ReportsSection.class).single();
		RadioButtonGroup<Boolean> upheld = radio(reports, "Klopt de melding?");

		test(upheld).selectItem("Melding klopt niet: laten staan");
		ReasonTemplatePicker picker = find(ReasonTemplatePicker.class).from(reports).single();
		assertThat(offered(picker)).contains("Melding klopt niet", "Melding: een mening mag")
			.doesNotContain("Beledigend of discriminerend");
		assertThat(find(TextArea.class).from(reports).single().getHelperText())
			.startsWith("De bewoners die dit meldden");

		test(upheld).selectItem("Melding klopt: verbergen");
		assertThat(offered(picker)).contains("Persoonlijke gegevens in de tekst", "Beledigend of discriminerend")
			.doesNotContain("Melding klopt niet");
	}

	@Test
	void revisingTheText_offersTextsForTheReasonChosen_notPublishTexts() {
		Long id = fixture.submitted("Een idee waarvan de tekst beter kan " + IdeaFixture.unique());
		open(id);
		test(find(Button.class).withText("Tekst aanpassen").single()).click();
		RevisionForm form = find(RevisionForm.class).single();
		assertThat(find(ReasonTemplatePicker.class).from(form).exists()).isFalse();

		test(radio(form, "Waarom pas je de tekst aan?"))
			.selectItem("Om persoonlijke gegevens weg te halen. De oude tekst wordt overal gewist.");
		ReasonTemplatePicker picker = find(ReasonTemplatePicker.class).from(form).single();
		assertThat(offered(picker)).contains("Persoonlijke gegevens uit de tekst gehaald")
			.doesNotContain("Bedankt, je idee staat online", "Persoonlijke gegevens verwijderd");

		test(radio(form, "Waarom pas je de tekst aan?"))
			.selectItem("Om de tekst duidelijker te maken. De oude tekst blijft bewaard.");
		assertThat(offered(picker)).contains("Tekst duidelijker gemaakt")
			.doesNotContain("Persoonlijke gegevens uit de tekst gehaald");
	}

	@Test
	void publishAndFile_inOneStep_thenTheNextWaitingIdea() {
		Long id = fixture.submitted("Meer bomen en groen in de straat bij de school " + IdeaFixture.unique());
		ProgrammeOverview.Category goal = fixture.goals().get(1);
		open(id);
		ActionPanel panel = find(ActionPanel.class).single();
		assertThat(find(Select.class).from(panel).exists()).as("filing waits for the decision").isFalse();

		test(radio(panel, "Wat doe je met dit idee?")).selectItem("Publiceren");
		@SuppressWarnings("unchecked")
		Select<ProgrammeOverview.Category> goals = find(Select.class).from(panel)
			.withLabel("Doel van het programma")
			.single();
		test(goals).selectItem(goal.name());
		assertThat(message(panel).getValue()).startsWith("Bedankt voor je idee!");
		test(find(Button.class).from(panel).withText("Opslaan en volgende").single()).click();

		IdeaDetails saved = publicIdeas.idea(id, Languages.DUTCH).orElseThrow();
		assertThat(saved.status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(saved.goalId()).isEqualTo(goal.id());
		assertThat(getCurrentView()).isInstanceOf(ModerationItemView.class);
		assertThat(find(H1.class).single().getText()).isNotEqualTo(saved.title());
		assertThat(find(Paragraph.class).withClassName("status-badge").single().getText())
			.isEqualTo("Wacht op controle");
	}

	@Test
	void rejectingWithoutAMessage_isRefusedBesideIt_andNothingChanges() {
		Long id = fixture.submitted("Een idee dat niet in de wijk past " + IdeaFixture.unique());
		open(id);
		ActionPanel panel = find(ActionPanel.class).single();

		test(radio(panel, "Wat doe je met dit idee?")).selectItem("Afwijzen");
		test(find(Button.class).from(panel).withText("Opslaan").single()).click();

		assertThat(message(panel).isInvalid()).isTrue();
		assertThat(message(panel).getErrorMessage()).contains("10");
		assertThat(radio(panel, "Wat doe je met dit idee?").getValue()).isEqualTo(ModerationDecision.REJECT);
		assertThat(publicIdeas.idea(id, Languages.DUTCH).orElseThrow().status()).isEqualTo(IdeaStatus.SUBMITTED);
	}

	@Test
	void shortcuts_chooseTheDecision_andAreListedOnThePage() {
		Long id = fixture.submitted("Een idee om met het toetsenbord te publiceren " + IdeaFixture.unique());
		open(id);
		ActionPanel panel = find(ActionPanel.class).single();

		fireShortcut(Key.KEY_A, KeyModifier.ALT);
		assertThat(radio(panel, "Wat doe je met dit idee?").getValue()).isEqualTo(ModerationDecision.REJECT);
		fireShortcut(Key.KEY_P, KeyModifier.ALT);

		assertThat(radio(panel, "Wat doe je met dit idee?").getValue()).isEqualTo(ModerationDecision.PUBLISH);
		assertThat(find(Paragraph.class).withClassName("sr-only").single().getText()).isEqualTo("Gekozen: Publiceren");
		assertThat(find(DescriptionList.Term.class).from(find(ShortcutHelp.class).single()).all())
			.extracting(DescriptionList.Term::getText)
			.contains("Alt+P", "Alt+W", "Alt+A", "Alt+N");
		assertThat(find(Button.class).withText("Opslaan en volgende")
			.single()
			.getElement()
			.getAttribute("aria-keyshortcuts")).isEqualTo("Alt+N");
	}

	@Test
	void aPublicIdea_isFiledInThePanel_andRarerActionsOpenInDialogs() {
		Long id = fixture.published("Een gepubliceerd idee zonder doel " + IdeaFixture.unique(), null);
		open(id);
		ActionPanel panel = find(ActionPanel.class).single();
		assertThat(find(RadioButtonGroup.class).from(panel).exists()).isFalse();

		test(find(Button.class).from(panel).withText("Opslaan").single()).click();
		@SuppressWarnings("unchecked")
		Select<ProgrammeOverview.Category> goals = find(Select.class).from(panel)
			.withLabel("Doel van het programma")
			.single();
		assertThat(goals.isInvalid()).isTrue();

		assertThat(find(Button.class).from(find(MoreActions.class).single()).all()).extracting(Button::getText)
			.contains("Tekst aanpassen", "Verbergen", "Officieel antwoord", "Status en nieuws");
		assertThat(find(StatusUpdateForm.class).exists()).isFalse();
		test(find(Button.class).withText("Status en nieuws").single()).click();
		assertThat(find(StatusUpdateForm.class).exists()).isTrue();
	}

	@Test
	void similarIdeas_sayWhatTheyShare_andWhereTheyWereFiled_alsoWhenMarkingADuplicate() {
		String tag = "jeu-de-boulesbaan" + IdeaFixture.unique();
		ProgrammeOverview.Category goal = fixture.goals().get(1);
		Long filed = fixture.published("Een " + tag + " in het Westpark", goal.id());
		Long item = fixture.submitted("Graag een " + tag + " voor ouderen");
		open(item);

		ItemDetails details = find(ItemDetails.class).single();
		ListItem hint = find(ListItem.class).from(details)
			.withCondition(row -> find(RouterLink.class).from(row).atIndex(1).getHref().equals("moderation/" + filed))
			.single();
		assertThat(find(Span.class).withClassName("similar-ideas__reason").from(hint).single().getText())
			.startsWith(" · ook over: ");
		assertThat(find(Span.class).withClassName("similar-ideas__goal").from(hint).single().getText())
			.isEqualTo(" · onder doel: " + goal.name());

		test(find(Button.class).withText("Dubbel idee").single()).click();
		@SuppressWarnings("unchecked")
		RadioButtonGroup<SimilarIdea> original = find(RadioButtonGroup.class).withLabel("Hetzelfde als").single();
		SimilarIdea offered = original.getListDataView()
			.getItems()
			.filter(other -> other.id().equals(filed))
			.findFirst()
			.orElseThrow();
		assertThat(original.getItemLabelGenerator().apply(offered)).contains(" · ook over: ");
	}

	@Test
	void aDuplicate_linksToItsOriginal_andCanBeUndone() {
		String originalTitle = "Origineel " + IdeaFixture.unique();
		Long original = fixture.published(originalTitle, null);
		Long duplicate = fixture.published("Dubbel " + IdeaFixture.unique(), null);
		moderation.markDuplicate(duplicate, fixture.version(duplicate), original,
				"Dit idee bestaat al. Steun het andere idee.");

		open(duplicate);
		DuplicateOf section = find(DuplicateOf.class).single();
		RouterLink link = find(RouterLink.class).withClassName("duplicate-of__original").single();
		assertThat(link.getText()).isEqualTo(originalTitle);
		assertThat(link.getHref()).isEqualTo("moderation/" + original);
		assertThat(section.getElement().getTextRecursively()).contains("weer de status \"Gepubliceerd\"");

		test(find(TextArea.class).withLabel("Bericht aan de indiener").single())
			.setValue("Toch geen dubbel idee: het gaat over een andere straat.");
		test(find(Button.class).withText("Dubbel ongedaan maken").single()).click();

		assertThat(publicIdeas.idea(duplicate, Languages.DUTCH).orElseThrow().status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(find(DuplicateOf.class).exists()).isFalse();
	}

	private TextArea message(ActionPanel panel) {
		return find(TextArea.class).from(panel).withLabel("Bericht aan de indiener").single();
	}

	private void open(Long id) {
		navigate("moderation/" + id, ModerationItemView.class);
		assertThat(publicIdeas.idea(id, Languages.DUTCH)).isPresent();
	}

	@SuppressWarnings("unchecked")
	private <T> RadioButtonGroup<T> radio(Component in, String label) {
		return find(RadioButtonGroup.class).from(in).withLabel(label).single();
	}

	@SuppressWarnings("unchecked")
	private List<String> offered(ReasonTemplatePicker picker) {
		ComboBox<ReasonTemplateChoice> choice = find(ComboBox.class).from(picker).single();
		return choice.getListDataView().getItems().map(ReasonTemplateChoice::title).toList();
	}

}
