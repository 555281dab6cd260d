package nl.wijkstem.idea.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation under an idea behaves as a resident expects: one form per comment
 * however often they click, a way back out of editing, a question before deleting, and a
 * count of what can be read.
 */
@WithUserDetails("kees")
class CommentsSectionViewTest extends ViewTest {

	@Autowired
	CommentService comments;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	private Long idea;

	private String words;

	private Long comment;

	@BeforeEach
	void commentAsKees() {
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
		idea = jdbc.queryForObject("select id from idea where title = ?", Long.class, "Bankjes rond de Krabbeplas");
		words = "Goed plan, ik zit er graag " + System.nanoTime();
		comment = comments.comment(idea, null, words);
		navigate(IdeaView.class, Map.of("ideaId", idea.toString()));
	}

	private ListItem myComment() {
		return find(ListItem.class).withClassName("comment")
			.withCondition(item -> item.getElement().getTextRecursively().contains(words))
			.single();
	}

	private Button action(String text) {
		return find(Button.class, myComment()).withText(text).single();
	}

	@Test
	void aCommentInAnotherLanguage_saysWhichToScreenReaders_andOneInThePagesLanguageDoesNot() {
		String english = "Great idea, the benches by the lake would be used every day " + System.nanoTime();
		comments.comment(idea, null, english);
		navigate(IdeaView.class, Map.of("ideaId", idea.toString()));

		assertThat(find(TextWithLinks.class)
			.withCondition(text -> text.getElement().getTextRecursively().contains(english))
			.single()
			.getElement()
			.getAttribute("lang")).isEqualTo("en");
		assertThat(find(TextWithLinks.class, myComment()).single().getElement().hasAttribute("lang")).isFalse();
	}

	@Test
	void reply_clickedTwice_opensOneForm() {
		test(action("Reageer")).click();
		test(action("Reageer")).click();

		assertThat(find(TextArea.class, myComment()).withLabel("Jouw antwoord").all()).hasSize(1);
	}

	@Test
	void oneReplyOrEditFormAtATime_acrossTheConversation() {
		String other = "Ik help graag met verven " + System.nanoTime();
		comments.comment(idea, null, other);
		navigate(IdeaView.class, Map.of("ideaId", idea.toString()));
		ListItem second = find(ListItem.class).withClassName("comment")
			.withCondition(item -> item.getElement().getTextRecursively().contains(other))
			.single();

		test(action("Reageer")).click();
		test(find(Button.class, second).withText("Reageer").single()).click();
		assertThat(find(TextArea.class).withLabel("Jouw antwoord").all()).hasSize(1);
		assertThat(find(TextArea.class, second).withLabel("Jouw antwoord").exists()).isTrue();

		test(action("Aanpassen")).click();
		assertThat(find(TextArea.class).withLabel("Jouw antwoord").exists()).isFalse();
		assertThat(find(TextArea.class, myComment()).withLabel("Pas je reactie aan").exists()).isTrue();
	}

	@Test
	void aFormWithTypedText_staysOpen_whenAnotherIsAskedFor_andSaysWhy() {
		test(action("Reageer")).click();
		TextArea reply = find(TextArea.class, myComment()).withLabel("Jouw antwoord").single();
		test(reply).setValue("Goed plan, ik doe mee");

		test(action("Aanpassen")).click();

		assertThat(find(TextArea.class).withLabel("Pas je reactie aan").exists()).isFalse();
		assertThat(reply.isAttached()).isTrue();
		assertThat(reply.getValue()).isEqualTo("Goed plan, ik doe mee");
		assertThat(reply.getHelperText()).isEqualTo(
				"Je bent nog bezig met deze tekst. Plaats hem of kies Annuleren." + " Dan kun je iets anders doen.");
	}

	@Test
	void replyAndEdit_canBeCancelled() {
		test(action("Aanpassen")).click();
		test(action("Aanpassen")).click();
		assertThat(find(TextArea.class, myComment()).withLabel("Pas je reactie aan").all()).hasSize(1);

		test(action("Annuleren")).click();
		assertThat(find(TextArea.class, myComment()).withLabel("Pas je reactie aan").exists()).isFalse();

		test(action("Reageer")).click();
		test(action("Annuleren")).click();
		assertThat(find(TextArea.class, myComment()).withLabel("Jouw antwoord").exists()).isFalse();
	}

	@Test
	void delete_asksFirst_andThePlaceholderIsNotCounted() {
		long readable = CommentsSection.count(comments.comments(idea));
		assertThat(find(H2.class).withText("Reacties (" + readable + ")").exists()).isTrue();

		test(action("Verwijderen")).click();
		Dialog question = find(Dialog.class).single();
		assertThat(question.getHeaderTitle()).isEqualTo("Reactie verwijderen?");
		assertThat(deleted()).isFalse();

		test(find(Button.class).withText("Ja, verwijderen").single()).click();

		assertThat(deleted()).isTrue();
		assertThat(find(H2.class).withText("Reacties (" + (readable - 1) + ")").exists()).isTrue();
	}

	@Test
	void delete_cancelled_keepsTheComment() {
		test(action("Verwijderen")).click();
		assertThat(find(Dialog.class).single().isOpened()).isTrue();
		test(find(Button.class).withText("Nee, laten staan").single()).click();

		assertThat(myComment().getElement().getTextRecursively()).contains(words);
		assertThat(deleted()).isFalse();
	}

	private boolean deleted() {
		return jdbc.queryForObject("select deleted from idea_comment where id = ?", Boolean.class, comment);
	}

}
