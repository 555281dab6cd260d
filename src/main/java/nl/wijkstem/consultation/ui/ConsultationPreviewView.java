package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.AddressedSubjects;
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
public class ConsultationPreviewView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	private final ConsultationAdminService consultations;

	private final ProgrammeService programme;

	private ConsultationDetails details;

	ConsultationPreviewView(ConsultationAdminService consultations, ProgrammeService programme) {
		this.consultations = consultations;
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
		content.addClassName("consultation-preview");
		RouterLink back = ConsultationEditorView.backTo(details.id());
		Paragraph note = new Paragraph(getTranslation("consultation.admin.preview.note"));
		note.addClassName("consultation-notice");
		H1 title = new H1(details.title());
		title.getElement().setAttribute("lang", details.language());
		Paragraph intro = new Paragraph(details.intro());
		intro.addClassName("consultation-preview__intro");
		content.add(back, note, title, intro);
		if (details.anonymous()) {
			content.add(new Paragraph(getTranslation("consultation.admin.preview.anonymous")));
		}
		else {
			content.add(new Paragraph(getTranslation("consultation.admin.preview.named")));
		}
		// the residents' own form: questions that depend on an answer appear as they do
		// for residents; nothing typed here is kept
		content.add(new Questionnaire(details.questions(), List.of(), programme.mapSettings(),
				programme::containsLocation));
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
	public String getPageTitle() {
		return getTranslation("page.title",
				getTranslation("consultation.admin.preview.title", details == null ? "" : details.title()));
	}

}
