package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.consultation.ConsultationAdminService;
import nl.wijkstem.consultation.ConsultationDetails;

/**
 * A consultation as residents will see it, also while it is a draft, in the page's
 * language; staff check it before they publish.
 */
@StyleSheet("context://wijkstem/styles/consultation-admin.css")
@Route("beheer/raadplegingen/:" + ConsultationEditorView.ID + "([0-9]{1,18})/voorbeeld")
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class ConsultationPreviewView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	private final ConsultationAdminService consultations;

	private ConsultationDetails details;

	ConsultationPreviewView(ConsultationAdminService consultations) {
		this.consultations = consultations;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Long id = event.getRouteParameters().getLong(ConsultationEditorView.ID).orElse(null);
		try {
			details = consultations.preview(id, getLocale());
		}
		catch (Rejection unknown) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		Div content = getContent();
		content.removeAll();
		content.addClassName("consultation-preview");
		RouterLink back = new RouterLink(getTranslation("consultation.admin.backToEditor"),
				ConsultationEditorView.class, ConsultationEditorView.parameters(id));
		back.addClassName("admin-back");
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
		content.add(new QuestionnaireText(details));
		if (details.closing() != null && !details.closing().isBlank()) {
			content.add(new Paragraph(details.closing()));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title",
				getTranslation("consultation.admin.preview.title", details == null ? "" : details.title()));
	}

}
