package nl.wijkstem.consultation.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.NotFoundView;
import nl.wijkstem.consultation.Audience;
import nl.wijkstem.consultation.QuestionItem.OptionItem;
import nl.wijkstem.consultation.ResidentQuestionnaireFixture;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residents' consultation pages without a browser: the list's sections, what a
 * visitor signed out is told, and a resident's draft and answer.
 */
class ConsultationViewTest extends ViewTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private ResidentQuestionnaireFixture.Made open(boolean anonymous) {
		return ResidentQuestionnaireFixture.open(context, clock.instant(), Audience.SIGNED_IN, anonymous);
	}

	private void show(Long consultationId) {
		navigate(ConsultationView.class, Map.of(ConsultationView.ID_PARAMETER, consultationId.toString()));
	}

	@SuppressWarnings("unchecked")
	private RadioButtonGroup<OptionItem> travel() {
		return find(RadioButtonGroup.class).withLabel("Hoe ga je meestal door de wijk? (verplicht)").single();
	}

	@Test
	void list_showsAnOpenConsultation_underItsHeading_asALink() {
		ResidentQuestionnaireFixture.Made made = open(true);

		navigate(ConsultationListView.class);

		assertThat(find(H2.class).withText("Nu open").exists()).isTrue();
		assertThat(find(RouterLink.class).withText(made.titleNl()).single().getHref())
			.isEqualTo("raadplegingen/" + made.id());
	}

	@Test
	void signedOut_readsThePage_andIsAskedToSignIn_withoutTheQuestions() {
		ResidentQuestionnaireFixture.Made made = open(true);

		show(made.id());

		assertThat(find(RouterLink.class).withText("Log in om te antwoorden").single().getHref())
			.as("an address that needs a sign-in and then leads back here")
			.isEqualTo("raadplegingen/" + made.id() + "/inloggen");
		assertThat(find(Questionnaire.class).exists()).isFalse();
	}

	@Test
	void closedDemoConsultation_showsTheBureausOutcome_andNoForm() {
		Long id = jdbc.queryForObject("select id from consultation where title_nl = ?", Long.class,
				"Speelplek Marnixplantsoen");

		show(id);

		assertThat(find(H2.class).withText("Wat doen we met de uitkomsten?").exists()).isTrue();
		assertThat(find(OutcomeSection.class).exists()).isTrue();
		assertThat(find(Questionnaire.class).exists()).isFalse();
	}

	@Test
	void unknownConsultation_isNotFound() {
		navigate("raadplegingen/999999999", NotFoundView.class);
	}

	@Test
	@WithUserDetails("fatima")
	void resident_leavesTheRequiredQuestionOpen_isToldThere_thenAnswers_andIsThanked() {
		ResidentQuestionnaireFixture.Made made = open(false);
		show(made.id());

		test(find(Button.class).withText("Antwoorden versturen").single()).click();
		assertThat(travel().isInvalid()).isTrue();

		test(travel()).selectItem("Op de fiets");
		test(find(Button.class).withText("Antwoorden versturen").single()).click();

		assertThat(find(H2.class).withText("Bedankt voor je antwoorden").exists()).isTrue();
		// named: the answer stays changeable, and the form comes back with it
		show(made.id());
		assertThat(travel().getValue().label()).isEqualTo("Op de fiets");
		assertThat(find(Button.class).withText("Veranderde antwoorden versturen").exists()).isTrue();
	}

	@Test
	@WithUserDetails("kees")
	void answersInProgress_areKept_whenTheResidentComesBack() {
		ResidentQuestionnaireFixture.Made made = open(true);
		show(made.id());

		test(travel()).selectItem("Lopend");
		show(made.id());

		assertThat(travel().getValue().label()).isEqualTo("Lopend");
	}

}
