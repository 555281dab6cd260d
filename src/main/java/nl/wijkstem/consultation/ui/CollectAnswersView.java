package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.FieldProblem;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.consultation.AnswerService;
import nl.wijkstem.consultation.ConsultationAdminService;
import nl.wijkstem.consultation.ConsultationDetails;
import nl.wijkstem.programme.ProgrammeService;

/**
 * A moderator types in one paper form (or one answer from a neighbourhood evening) after
 * another, in the residents' own questionnaire; each is stored as collected and linked to
 * nobody. After saving, the form is empty for the next one; on a refusal everything typed
 * stays and each problem is at its question.
 */
@StyleSheet("context://wijkstem/styles/consultation.css")
@StyleSheet("context://wijkstem/styles/consultation-admin.css")
@Route("beheer/raadplegingen/:" + ConsultationEditorView.ID + "([0-9]{1,18})/papier")
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class CollectAnswersView extends QuestionnairePage {

	private final AnswerService answers;

	private final Div form = new Div();

	private final FieldProblem problem = new FieldProblem();

	private Long consultationId;

	private Questionnaire questionnaire;

	CollectAnswersView(ConsultationAdminService consultations, AnswerService answers, ProgrammeService programme) {
		super(consultations, programme);
		this.answers = answers;
	}

	@Override
	void show(ConsultationDetails details, Div content) {
		consultationId = details.id();
		content.addClassName("collect-answers");
		content.add(new H1(title(details.title())), new Paragraph(getTranslation("consultation.admin.collect.intro")));
		if (!details.phase().isPublic()) {
			Paragraph draft = new Paragraph(getTranslation("consultation.admin.collect.draft"));
			draft.addClassName("consultation-notice");
			content.add(draft);
			return;
		}
		problem.setInvalid(false);
		Button save = new Button(getTranslation("consultation.admin.collect.save"), click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		newForm();
		content.add(form, problem, save);
	}

	private void newForm() {
		questionnaire = emptyQuestionnaire();
		form.removeAll();
		form.add(questionnaire);
	}

	private void save() {
		problem.setInvalid(false);
		questionnaire.clearProblems();
		try {
			answers.collect(consultationId, questionnaire.answers());
			newForm();
			Notification.show(getTranslation("consultation.admin.collect.saved"), 5000, Notification.Position.MIDDLE);
		}
		catch (Rejection rejected) {
			String general = questionnaire.showProblems(rejected);
			problem.showGeneral(general, getTranslation("consultation.admin.checkFields"));
		}
	}

	@Override
	String title(String consultationTitle) {
		return getTranslation("consultation.admin.collect.title", consultationTitle);
	}

}
