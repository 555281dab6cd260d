package nl.wijkstem.moderation.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.consultation.ConsultationRows;
import nl.wijkstem.consultation.QuestionKind;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consultation answers wait in the moderators' own queue, in a list of their own with its
 * count; a moderator shows one without personal data, or makes an idea of it, from its
 * card.
 */
@WithUserDetails("moderator")
class AnswerQueueViewTest extends ViewTest {

	@Autowired
	JdbcClient sql;

	@Autowired
	DemoUsers demo;

	private String unique;

	private Long answer;

	@BeforeEach
	void answer() {
		unique = String.valueOf(System.nanoTime());
		// the moderator's account, which collected ideas are recorded under, as after a
		// sign-in
		demo.run("moderator", () -> {
		});
		ConsultationRows rows = new ConsultationRows(sql);
		// long ago, so it is first in the list whatever other tests left waiting
		Instant then = Instant.now().minus(Duration.ofDays(800));
		Long consultation = rows.consultation("Veilig over straat " + unique, true, then.plus(Duration.ofDays(1)),
				then.plus(Duration.ofDays(2)));
		Long question = rows.question(consultation, 1, QuestionKind.PLACE, "Waar voel je je onveilig?");
		answer = rows.place(rows.response(consultation, null, false, then), question, 51.91, 4.33,
				"Bij de brug over de Vaart", "Ik ben Jan Jansen, bel 06-12345678 " + unique);
	}

	@Test
	void theAnswersList_showsTheAnswer_andAModeratorShowsItWithoutPersonalData() {
		navigate(ModerationQueueView.class);
		answersTab();

		AnswerCard card = card();
		String text = card.getElement().getTextRecursively();
		assertThat(text).contains("Veilig over straat " + unique, "Vraag: Waar voel je je onveilig?",
				"Plek op de kaart", "Ik ben Jan Jansen, bel 06-12345678 " + unique,
				"Plek in woorden: Bij de brug over de Vaart");
		assertThat(find(Paragraph.class).all()
			.stream()
			.map(Paragraph::getText)
			.filter(line -> line.contains("wacht") && line.contains("antwoord"))).isNotEmpty();

		test(find(Button.class).from(card).withText("Tonen zonder persoonsgegevens").single()).click();
		test(find(TextArea.class).from(card).withLabel("Tekst die bewoners zien").single())
			.setValue("Ik ben [naam weggehaald] " + unique);
		test(find(Button.class).from(card).withText("Deze tekst tonen").single()).click();

		assertThat(sql.sql("select review || '|' || shown_text from consultation_answer where id = ?")
			.param(answer)
			.query(String.class)
			.single()).isEqualTo("SHOWN|Ik ben [naam weggehaald] " + unique);
		assertThat(find(AnswerCard.class).all()).noneMatch(shown -> shown.answer().answerId().equals(answer));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aModerator_makesAnIdeaOfTheAnswer_fromItsCard() {
		navigate(ModerationQueueView.class);
		answersTab();
		AnswerCard card = card();

		test(find(Button.class).from(card).withText("Maak er een idee van").single()).click();
		test(find(TextField.class).from(card).withLabel(card.getTranslation("propose.titleField")).single())
			.setValue("Een lantaarnpaal bij de brug " + unique);
		test(find(TextArea.class).from(card).withLabel(card.getTranslation("propose.description")).single())
			.setValue("Bij de brug over de Vaart is het donker. Een lantaarnpaal maakt het veiliger.");
		test(find(Select.class).from(card).withLabel(card.getTranslation("propose.place")).single())
			.selectItem(card.getTranslation("idea.place." + PlaceKind.LIGHTING));
		Select<ProgrammeOverview.Category> goal = find(Select.class).from(card).withLabel("Programmadoel").single();
		goal.setValue(goal.getListDataView().getItem(0));
		test(find(Button.class).from(card).withText("Idee maken").single()).click();
		Long idea = sql.sql("select idea_id from consultation_answer where id = ?")
			.param(answer)
			.query(Long.class)
			.single();
		assertThat(sql.sql("select title from idea where id = ?").param(idea).query(String.class).single())
			.isEqualTo("Een lantaarnpaal bij de brug " + unique);
		assertThat(card().getElement().getTextRecursively()).as("still to be decided on, with its idea")
			.contains("Hier is een idee van gemaakt:");
	}

	@SuppressWarnings("unchecked")
	private void answersTab() {
		RadioButtonGroup<QueueTab> tabs = find(RadioButtonGroup.class).single();
		tabs.setValue(QueueTab.ANSWERS);
	}

	private AnswerCard card() {
		List<AnswerCard> cards = find(AnswerCard.class).all();
		return cards.stream()
			.filter(card -> card.answer().answerId().equals(answer))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no card for the answer among " + cards.size()));
	}

}
