package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.dependency.StyleSheet;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.consultation.ConsultationAdminService;
import nl.wijkstem.consultation.ConsultationDetails;
import nl.wijkstem.programme.ProgrammeService;

/**
 * A consultation as residents will see it, also while it is a draft, in the page's
 * language: the residents' questionnaire itself (nothing is kept), then every question as
 * text, including those that appear only after an answer; staff check it before they
 * publish.
 */
@StyleSheet("context://wijkstem/styles/consultation.css")
@StyleSheet("context://wijkstem/styles/consultation-admin.css")
@Route("beheer/raadplegingen/:" + ConsultationEditorView.ID + "([0-9]{1,18})/voorbeeld")
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class ConsultationPreviewView extends QuestionnairePage {

	ConsultationPreviewView(ConsultationAdminService consultations, ProgrammeService programme) {
		super(consultations, programme);
	}

	@Override
	void show(ConsultationDetails details, Div content) {
		content.addClassName("consultation-preview");
		Paragraph note = new Paragraph(getTranslation("consultation.admin.preview.note"));
		note.addClassName("consultation-notice");
		H1 title = new H1(details.title());
		title.getElement().setAttribute("lang", details.language());
		Paragraph intro = new Paragraph(details.intro());
		intro.addClassName("consultation-preview__intro");
		content.add(note, title, intro);
		if (details.anonymous()) {
			content.add(new Paragraph(getTranslation("consultation.admin.preview.anonymous")));
		}
		else {
			content.add(new Paragraph(getTranslation("consultation.admin.preview.named")));
		}
		// the residents' own form: questions that depend on an answer appear as they do
		// for residents; nothing typed here is kept
		content.add(emptyQuestionnaire());
		Details overview = new Details(getTranslation("consultation.admin.preview.allQuestions"),
				new Paragraph(getTranslation("consultation.admin.preview.allQuestionsHelp")),
				new QuestionnaireText(details));
		overview.addClassName("consultation-preview__overview");
		if (details.closing() != null && !details.closing().isBlank()) {
			content.add(new Paragraph(details.closing()));
		}
		content.add(overview);
	}

	@Override
	String title(String consultationTitle) {
		return getTranslation("consultation.admin.preview.title", consultationTitle);
	}

}
