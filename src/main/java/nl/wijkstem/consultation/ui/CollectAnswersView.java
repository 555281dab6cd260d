package nl.wijkstem.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.AddressedSubjects;
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
public class CollectAnswersView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	private final ConsultationAdminService consultations;

	private final AnswerService answers;

	private final ProgrammeService programme;

	private final Div form = new Div();

	private final FieldProblem problem = new FieldProblem();

	private ConsultationDetails details;

	private Questionnaire questionnaire;

	CollectAnswersView(ConsultationAdminService consultations, AnswerService answers, ProgrammeService programme) {
		this.consultations = consultations;
		this.answers = answers;
		this.programme = programme;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AddressedSubjects.load(event, ConsultationEditorView.ID, id -> consultations.preview(id, getLocale()))
			.ifPresent(this::show);
	}

	private void show(ConsultationDetails consultation) {
		details = consultation;
		Div content = getContent();
		content.removeAll();
		content.addClassName("collect-answers");
		RouterLink back = ConsultationEditorView.backTo(details.id());
		content.add(back, new H1(getTranslation("consultation.admin.collect.title", details.title())),
				new Paragraph(getTranslation("consultation.admin.collect.intro")));
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
		questionnaire = new Questionnaire(details.questions(), List.of(), programme.mapSettings(),
				programme::containsLocation);
		form.removeAll();
		form.add(questionnaire);
	}

	private void save() {
		problem.setInvalid(false);
		questionnaire.clearProblems();
		try {
			answers.collect(details.id(), questionnaire.answers());
			newForm();
			Notification.show(getTranslation("consultation.admin.collect.saved"), 5000, Notification.Position.MIDDLE);
		}
		catch (Rejection rejected) {
			String general = questionnaire.showProblems(rejected);
			problem.showGeneral(general, getTranslation("consultation.admin.checkFields"));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title",
				getTranslation("consultation.admin.collect.title", details == null ? "" : details.title()));
	}

}
