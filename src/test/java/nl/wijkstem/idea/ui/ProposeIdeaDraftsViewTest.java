package nl.wijkstem.idea.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.base.ui.Confirmation;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts on the idea form: one at a time, continued on the next visit, saved visibly, and
 * deletable.
 */
class ProposeIdeaDraftsViewTest extends ProposeFormTest {

	@Test
	@WithUserDetails("kees")
	void visitingTheFormTwice_withoutTyping_makesNoDraft() {
		navigate(ProposeIdeaView.class);
		navigate(MyIdeasView.class);
		navigate(ProposeIdeaView.class);

		assertThat(ideas.drafts()).isEmpty();
	}

	@Test
	@WithUserDetails("kees")
	void typingOnEveryVisit_keepsOneDraft_andSaysItIsSaved() {
		navigate(ProposeIdeaView.class);
		test(titleField()).setValue("Meer bankjes langs de Krabbeplas");
		assertThat(find(Paragraph.class).withClassName("save-status").single().getText())
			.matches("Concept opgeslagen om \\d{1,2}:\\d{2}\\.");
		navigate(MyIdeasView.class);

		navigate(ProposeIdeaView.class);
		test(descriptionField()).setValue("Er is nu nergens een plek om even uit te rusten.");

		assertThat(ideas.drafts()).hasSize(1);
		assertThat(ideas.ownDraft(ideas.drafts().getFirst().id())).get()
			.extracting(IdeaDraft::title, IdeaDraft::description)
			.containsExactly("Meer bankjes langs de Krabbeplas", "Er is nu nergens een plek om even uit te rusten.");
	}

	@Test
	@WithUserDetails("kees")
	void theFormContinuesTheLatestDraft_andSaysSo_orStartsAgainOnRequest() {
		ideas.save(null, new IdeaDraft("Een moestuin bij de flat", "", null, null, "", null, null));

		navigate(ProposeIdeaView.class);

		assertThat(titleField().getValue()).isEqualTo("Een moestuin bij de flat");
		Div notice = find(Div.class).withClassName("draft-continue").single();
		assertThat(notice.isVisible()).isTrue();
		assertThat(find(Paragraph.class).from(notice).single().getText())
			.startsWith("Je gaat verder met je concept van ");

		test(find(Button.class).withText("Begin opnieuw").single()).click();

		assertThat(getCurrentView()).isInstanceOf(ProposeIdeaView.class);
		assertThat(titleField().getValue()).isEmpty();
		assertThat(find(Div.class).withClassName("draft-continue").exists()).isFalse();
		assertThat(ideas.drafts()).hasSize(1);
	}

	@Test
	@WithUserDetails("kees")
	void aDraftWithoutAKindOfPlace_reopensWithoutOne_andCannotBeSentInSo() {
		navigate(ProposeIdeaView.class);
		test(titleField()).setValue("Een moestuin bij de flat aan de Reigerlaan");

		navigate(MyIdeasView.class);
		navigate(ProposeIdeaView.class);

		assertThat(titleField().getValue()).isEqualTo("Een moestuin bij de flat aan de Reigerlaan");
		assertThat(placeField().getValue()).as("not \"Iets anders\", which nobody chose").isNull();
		assertThat(ideas.drafts()).hasSize(1);
	}

	@Test
	@WithUserDetails("kees")
	void deletingTheDraftOnTheForm_asksFirst_andThenItIsGone() {
		ideas.save(null, new IdeaDraft("Een moestuin bij de flat", "", null, null, "", null, null));
		navigate(ProposeIdeaView.class);

		test(find(Button.class).withText("Concept verwijderen").single()).click();
		assertThat(ideas.drafts()).hasSize(1);
		test(find(Button.class).from(find(Confirmation.class).single()).withText("Ja, verwijderen").single()).click();

		assertThat(ideas.drafts()).isEmpty();
		assertThat(titleField().getValue()).isEmpty();
		assertThat(find(Button.class).withText("Concept verwijderen").exists()).isFalse();
	}

	@Test
	@WithUserDetails("kees")
	void myIdeas_deletesADraft_afterConfirmation() {
		ideas.save(null, new IdeaDraft("Een moestuin bij de flat", "", null, null, "", null, null));
		navigate(MyIdeasView.class);

		Button delete = find(Button.class).withText("Concept verwijderen").single();
		assertThat(delete.getElement().getAttribute("aria-label"))
			.isEqualTo("Concept verwijderen: Een moestuin bij de flat");
		test(delete).click();
		test(find(Button.class).from(find(Confirmation.class).single()).withText("Ja, verwijderen").single()).click();

		assertThat(ideas.drafts()).isEmpty();
		assertThat(find(Button.class).withText("Concept verwijderen").all()).isEmpty();
	}

}
