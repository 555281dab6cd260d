package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.idea.ui.IdeaView;
import nl.wijkstem.idea.ui.MyIdeasView;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.moderation.bureau.NoteService;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class InternalNotesViewTest extends ViewTest {

	@Autowired
	IdeaFixture fixture;

	@Autowired
	NoteService notes;

	@Autowired
	DemoUsers demo;

	private Long idea;

	private String secret;

	@BeforeEach
	void aPublishedIdea() {
		idea = fixture.published("Notities " + IdeaFixture.unique(), null);
		secret = "<b>Alleen voor ons</b> " + IdeaFixture.unique();
	}

	@Test
	@WithUserDetails("moderator")
	void moderator_writesANote_andSeesItAsText() {
		demo.as("moderator", () -> null);
		navigate("moderation/" + idea, ModerationItemView.class);
		InternalNotes section = find(InternalNotes.class).single();
		assertThat(section.getElement().getTextRecursively()).contains("Er zijn nog geen notities.");
		TextArea text = find(TextArea.class).withLabel("Nieuwe notitie").single();

		test(find(Button.class).withText("Notitie opslaan").single()).click();
		assertThat(text.isInvalid()).isTrue();
		assertThat(text.getErrorMessage()).isEqualTo("Schrijf eerst een notitie.");
		test(text).setValue(secret);
		test(find(Button.class).withText("Notitie opslaan").single()).click();

		assertThat(text.isInvalid()).isFalse();
		assertThat(text.getValue()).isEmpty();
		assertThat(section.getElement().getTextRecursively()).contains(secret)
			.contains("Sanne Jansen (programmabureau), ");
		assertThat(section.getElement().getOuterHTML()).doesNotContain("<b>Alleen");
	}

	@Test
	@WithUserDetails("kees")
	void theAuthor_neverSeesTheBureausNotes() {
		demo.as("moderator", () -> notes.add(idea, secret));

		navigate("ideas/" + idea, IdeaView.class);
		assertThat(find(IdeaView.class).single().getElement().getTextRecursively()).contains("Notities ")
			.doesNotContain(secret);
		navigate(MyIdeasView.class);
		assertThat(find(MyIdeasView.class).single().getElement().getTextRecursively()).doesNotContain(secret);
	}

}
