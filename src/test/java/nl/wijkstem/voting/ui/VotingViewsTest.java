package nl.wijkstem.voting.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.Languages;
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
 * The voting views without a browser, on the demo round (open, budget 100.000 euro).
 */
class VotingViewsTest extends ViewTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void recordSignIn() {
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
	}

	private Long demoRound() {
		return jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
	}

	private Paragraph tally() {
		return find(Paragraph.class).withClassName("ballot__tally").single();
	}

	@Test
	@WithUserDetails("fatima")
	void verifiedResident_seesTheOpenRound_choosesWithinTheBudget_andGetsAConfirmation() {
		navigate(VoteView.class, java.util.Map.of("roundId", demoRound().toString()));

		assertThat(find(H1.class).single().getText()).isEqualTo("Buurtbudget Westwijk 2027");
		List<Checkbox> boxes = find(Checkbox.class).all();
		assertThat(boxes).hasSize(9);
		assertThat(tally().getText()).isEqualTo("Nog te besteden: € 100.000 van € 100.000.");
		assertThat(tally().getElement().getAttribute("aria-live")).isEqualTo("polite");
		Checkbox sport = find(Checkbox.class).withLabelContaining("Marnixplantsoen").single();
		assertThat(sport.getLabel()).isEqualTo("Sport- en ontmoetingsplek in het Marnixplantsoen (€ 45.000)");

		test(sport).click();
		test(find(Checkbox.class).withLabelContaining("Taalcafé").single()).click();

		assertThat(tally().getText()).isEqualTo("Nog te besteden: € 47.000 van € 100.000.");
		test(find(Button.class).withText("Stem opslaan").single()).click();
		assertThat(find(Paragraph.class).withTextContaining("Je stem is opgeslagen op").exists()).isTrue();
		assertThat(find(Paragraph.class).withTextContaining("Samen kost dit € 53.000 van de € 100.000.").exists())
			.isTrue();
		assertThat(find(Button.class).withClassName("ballot__more").all()).hasSize(8);
	}

	@Test
	@WithUserDetails("kees")
	void readMore_showsTheIdeaOnTheBallotItself_andKeepsTheChoices() {
		navigate(VoteView.class, java.util.Map.of("roundId", demoRound().toString()));
		Checkbox sport = find(Checkbox.class).withLabelContaining("Marnixplantsoen").single();
		test(sport).click();
		Button more = find(Button.class).withClassName("ballot__more")
			.all()
			.stream()
			.filter(button -> button.getElement().getTextRecursively().contains("Marnixplantsoen"))
			.findFirst()
			.orElseThrow();

		test(more).click();

		assertThat(getCurrentView()).isInstanceOf(VoteView.class);
		Dialog dialog = find(Dialog.class).single();
		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.getHeaderTitle()).isEqualTo("Sport- en ontmoetingsplek in het Marnixplantsoen");
		assertThat(find(Paragraph.class).from(dialog).all()).extracting(Paragraph::getText)
			.contains("Kosten: € 45.000")
			.anySatisfy(text -> assertThat(text).hasSizeGreaterThan(40));

		test(find(Button.class).withText("Sluiten").single()).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(sport.getValue()).isTrue();
		assertThat(tally().getText()).isEqualTo("Nog te besteden: € 55.000 van € 100.000.");
	}

	@Test
	@WithUserDetails("kees")
	void overTheBudget_isRefusedWithAMessage_andNothingIsRecorded() {
		navigate(VoteView.class, java.util.Map.of("roundId", demoRound().toString()));
		find(Checkbox.class).all().forEach(box -> box.setValue(true));

		assertThat(tally().getText()).startsWith("Je zit € 76.000 boven het budget");
		test(find(Button.class).withTextContaining("opslaan").single()).click();

		assertThat(find(Paragraph.class).withClassName("ballot__problem").single().getText()).isEqualTo(
				"Je keuze kost € 176.000. Dat is meer dan het budget van € 100.000. Haal een of meer ideeën weg.");
		assertThat(find(Checkbox.class).all()).allMatch(Checkbox::getValue);
	}

	@Test
	@WithUserDetails("moderator")
	void unverifiedPerson_seesTheBallot_whyTheyCannotVote_andWhereToGo() {
		navigate(VoteView.class);

		assertThat(find(Paragraph.class).withTextContaining("nog niet stemmen").exists()).isTrue();
		assertThat(find(Anchor.class).withText("Laat zien dat je in de wijk woont").single().getHref())
			.isEqualTo("verify");
		assertThat(find(Checkbox.class).exists()).isFalse();
		assertThat(find(Paragraph.class).withClassName("ballot__title").all()).isNotEmpty();
	}

	@Test
	@WithUserDetails("kees")
	void votePage_speaksEnglish_andStatesTheRules() {
		navigate(VoteView.class, java.util.Map.of("roundId", demoRound().toString()));

		inLanguage(Languages.ENGLISH);

		assertThat(find(H1.class).single().getText()).isEqualTo("Westwijk neighbourhood budget 2027");
		// the demo round counts by Equal Shares as cities do: a tie in price goes to the
		// idea with more votes, and then by the round's tie-break rule
		assertThat(find(Paragraph.class)
			.withTextContaining("We choose the ideas with the Method of Equal Shares, as cities in the Netherlands and"
					+ " Poland use it.")
			.exists()).isTrue();
		assertThat(find(Paragraph.class)
			.withTextContaining("Do the voters of two ideas each pay the same part of the price? Then the idea with"
					+ " the most votes goes first. Do they also have the same number of votes? Then the idea sent in"
					+ " earlier goes first.")
			.exists()).isTrue();
		assertThat(tally().getText()).startsWith("Left to spend:");
	}

	@Test
	@WithUserDetails("kees")
	void results_beforeTheyAreOut_sayWhenTheyCome() {
		navigate(ResultsView.class, java.util.Map.of("roundId", demoRound().toString()));

		assertThat(find(Paragraph.class).withTextContaining("De uitslag is er nog niet").exists()).isTrue();
	}

	@Test
	@WithUserDetails("beheerder")
	void administrator_listsRounds_andANewRoundWithoutTextsIsRefusedAtTheFields() {
		navigate(RoundsAdminView.class);
		assertThat(find(H2.class).withText("Buurtbudget Westwijk 2027").exists()).isTrue();

		navigate(RoundFormView.class);
		test(find(Button.class).withText("Opslaan").single()).click();

		TextField title = find(TextField.class).withLabel("Titel (Nederlands)").single();
		assertThat(title.isInvalid()).isTrue();
		assertThat(title.getErrorMessage()).isEqualTo("Gebruik 3 tot 200 tekens.");
		assertThat(find(Paragraph.class).withClassName("form-problem").single().getText())
			.isEqualTo("Kijk de velden met een melding na.");
	}

	@Test
	@WithUserDetails("beheerder")
	void openRound_isFrozen_andTheFormAndBallotEditorSayWhy() {
		navigate(RoundFormView.class, java.util.Map.of("roundId", demoRound().toString()));
		assertThat(find(Paragraph.class).withTextContaining("De stemming is begonnen.").exists()).isTrue();

		navigate(BallotEditorView.class, java.util.Map.of("roundId", demoRound().toString()));
		assertThat(find(Paragraph.class).withText("De stemming is begonnen. De stemlijst en de kosten liggen vast.")
			.exists()).isTrue();
		assertThat(find(Button.class).withTextContaining("stemlijst").exists()).isFalse();

		navigate(IntegrityView.class, java.util.Map.of("roundId", demoRound().toString()));
		assertThat(find(Paragraph.class).withTextContaining("pas als de stemming gesloten is").exists()).isTrue();
		assertThat(find(Paragraph.class).withText("Alle controles zijn goed.").exists()).isTrue();
	}

}
