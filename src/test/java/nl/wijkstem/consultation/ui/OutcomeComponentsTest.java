package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.ui.AdminView;
import nl.wijkstem.consultation.ConsultationRows;
import nl.wijkstem.consultation.OutcomeService;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff write the outcome and link an idea by pasting its address; the public section
 * shows the text and the idea as a real link with its title.
 */
@WithUserDetails("beheerder")
class OutcomeComponentsTest extends ViewTest {

	@Autowired
	OutcomeService outcomes;

	@Autowired
	JdbcClient sql;

	@Test
	void staffPublishTheOutcomeWithALink_andTheSectionShowsItAsARealLink() {
		String unique = String.valueOf(System.nanoTime());
		Long consultation = new ConsultationRows(sql).withResultsOut("Speelplekken " + unique, true);
		Long idea = sql.sql("select min(id) from idea where status = 'PUBLISHED' and hidden = false")
			.query(Long.class)
			.single();
		String ideaTitle = sql.sql("select title from idea where id = ?").param(idea).query(String.class).single();
		navigate(AdminView.class);
		OutcomeForm form = new OutcomeForm(outcomes, consultation);
		UI.getCurrent().add(form);

		test(find(TextArea.class).from(form).withLabel("Tekst in het Nederlands").single())
			.setValue("We maken twee speelplekken " + unique);
		test(find(TextField.class).from(form).withLabel("Nummer of adres van de pagina").single())
			.setValue("https://wijkstem.example/ideas/" + idea);
		test(find(Button.class).from(form).withText("Koppeling toevoegen").single()).click();
		assertThat(form.getElement().getTextRecursively()).contains("Idee: " + ideaTitle);
		test(find(Button.class).from(form).withText("Publiceren").single()).click();

		assertThat(find(Paragraph.class).from(form).all().stream().map(Paragraph::getText))
			.anyMatch(text -> text.startsWith("Gepubliceerd op "));
		OutcomeSection section = new OutcomeSection(outcomes.outcome(consultation, Languages.DUTCH).orElseThrow());
		UI.getCurrent().add(section);
		assertThat(section.getElement().getTextRecursively()).contains("Wat doen we met de uitkomsten?",
				"We maken twee speelplekken " + unique);
		Anchor link = find(Anchor.class).from(section).single();
		assertThat(link.getHref()).isEqualTo("ideas/" + idea);
		assertThat(link.getText()).isEqualTo(ideaTitle);
	}

}
