package nl.wijkstem.voting.ui;

import java.time.Duration;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.Languages;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' choice of how a budget round chooses its winners: Equal Shares as
 * cities use it unless they choose otherwise, saved with the round, and fixed once voting
 * opens.
 */
class RoundFormCountingViewTest extends ViewTest {

	private static final String CITIES = "Gelijke Delen, zoals steden in Nederland en Polen het doen – ieder krijgt"
			+ " een even groot deel van het budget; een idee met meer stemmen gaat voor, ook als het duurder is";

	private static final String SUPPORTERS = "Gelijke Delen naar aantal stemmers – ieder krijgt een even groot deel"
			+ " van het budget; een goedkoop idee met veel stemmen gaat voor";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@SuppressWarnings("unchecked")
	private RadioButtonGroup<Object> counting() {
		return find(RadioButtonGroup.class).withLabel("Hoe kiezen we de winnaars?").single();
	}

	private void fillTexts(String title) {
		test(find(TextField.class).withLabel("Titel (Nederlands)").single()).setValue(title);
		test(find(TextField.class).withLabel("Titel (Engels)").single()).setValue("Counting " + title);
		test(find(TextArea.class).withLabel("Uitleg (Nederlands)").single())
			.setValue("Kies de ideeën die je het belangrijkst vindt.");
		test(find(TextArea.class).withLabel("Uitleg (Engels)").single())
			.setValue("Choose the ideas you find most important.");
	}

	private String savedVariant(String title) {
		return jdbc.queryForObject("select shares_variant from voting_round where title_nl = ?", String.class, title);
	}

	@Test
	@WithUserDetails("beheerder")
	void newBudgetRound_countsAsCitiesDo_unlessAnotherRuleIsChosen() {
		navigate(RoundFormView.class);

		assertThat(test(counting()).getSelected().toString()).isEqualTo("COST_ADD1");
		assertThat(counting().getHelperText()).startsWith("Gelijke Delen zoals steden het doen is de standaard.");
		String cities = "Telregel steden " + IdeaFixture.unique();
		fillTexts(cities);
		test(find(Button.class).withText("Opslaan").single()).click();
		assertThat(savedVariant(cities)).isEqualTo("COST_ADD1");

		navigate(RoundFormView.class);
		test(counting()).selectItem(SUPPORTERS);
		String supporters = "Telregel stemmers " + IdeaFixture.unique();
		fillTexts(supporters);
		test(find(Button.class).withText("Opslaan").single()).click();
		assertThat(savedVariant(supporters)).isEqualTo("BY_SUPPORTERS");

		navigate(RoundFormView.class);
		test(counting())
			.selectItem("Meeste stemmen eerst – de ideeën met de meeste stemmen, zolang het budget genoeg is");
		String votes = "Telregel stemmen " + IdeaFixture.unique();
		fillTexts(votes);
		test(find(Button.class).withText("Opslaan").single()).click();
		assertThat(savedVariant(votes)).isNull();
	}

	@Test
	@WithUserDetails("beheerder")
	void englishForm_namesTheRulesInEnglish() {
		navigate(RoundFormView.class);
		inLanguage(Languages.ENGLISH);

		assertThat(find(RadioButtonGroup.class).withLabel("How are the winners chosen?").exists()).isTrue();
		assertThat(find(RadioButtonGroup.class).withLabel("How are the winners chosen?").single().getHelperText())
			.contains("cost utilities and the Add1 completion");
	}

	@Test
	@WithUserDetails("beheerder")
	void afterVotingOpened_theRuleCannotChange_andAFormOpenedBeforeIsRefusedInWords() {
		navigate(RoundFormView.class);
		String title = "Telregel vast " + IdeaFixture.unique();
		fillTexts(title);
		test(find(Button.class).withText("Opslaan").single()).click();
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class, title);

		navigate(RoundFormView.class, Map.of("roundId", round.toString()));
		test(counting()).selectItem(SUPPORTERS);
		// voting opens while the form is open
		clock.moveBy(Duration.ofDays(9));
		test(find(Button.class).withText("Opslaan").single()).click();

		assertThat(find(Paragraph.class).withClassName("form-problem").single().getText())
			.isEqualTo("De stemming is al begonnen. Daarom kan de stemlijst en kunnen de regels niet meer veranderen."
					+ " Alleen de teksten kun je nog verbeteren.");
		assertThat(savedVariant(title)).isEqualTo("COST_ADD1");

		navigate(RoundFormView.class, Map.of("roundId", round.toString()));
		assertThat(counting().isReadOnly()).isTrue();
		assertThat(test(counting()).getSelected().toString()).isEqualTo("COST_ADD1");
		// the texts still change, with the rules as they are
		test(find(TextField.class).withLabel("Titel (Nederlands)").single()).setValue(title + " verbeterd");
		test(find(Button.class).withText("Opslaan").single()).click();
		assertThat(savedVariant(title + " verbeterd")).isEqualTo("COST_ADD1");
	}

}
