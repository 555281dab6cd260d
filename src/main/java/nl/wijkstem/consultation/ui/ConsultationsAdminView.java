package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.ui.CardList;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.consultation.ConsultationAdminService;
import nl.wijkstem.consultation.ConsultationSummary;

/**
 * Staff's list of consultations, drafts included, with each one's status and period, the
 * way to edit, preview and type in paper answers, and the way to a new one. In the main
 * navigation for moderators and administrators: the programme bureau's moderators ask
 * residents, as they run the moderation, and administrators can do all they can.
 */
@StyleSheet("context://wijkstem/styles/consultation-admin.css")
@Route("beheer/raadplegingen")
@Menu(order = 54, title = "nav.consultationsAdmin")
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class ConsultationsAdminView extends Composite<Div> implements HasDynamicTitle {

	ConsultationsAdminView(ConsultationAdminService consultations) {
		Div content = getContent();
		content.addClassName("consultations-admin-view");
		RouterLink create = new RouterLink(getTranslation("consultation.admin.new"), ConsultationEditorView.class);
		create.addClassName("call-to-action");
		content.add(new H1(getTranslation("consultation.admin.title")),
				new Paragraph(getTranslation("consultation.admin.intro")), new Paragraph(create));
		content.add(CardList.of(consultations.all(getLocale()), this::card, getTranslation("consultation.admin.none")));
	}

	private ListItem card(ConsultationSummary consultation) {
		ListItem item = new ListItem(new H2(consultation.title()),
				new Paragraph(getTranslation("consultation.admin.phase." + consultation.phase()) + " · "
						+ getTranslation("consultation.admin.period",
								DisplayFormats.dateTime(consultation.opensAt(), getLocale()),
								DisplayFormats.dateTime(consultation.closesAt(), getLocale()))),
				links(consultation));
		item.addClassName("card");
		return item;
	}

	private Div links(ConsultationSummary consultation) {
		Div links = new Div(
				new RouterLink(getTranslation("consultation.admin.editNamed", consultation.title()),
						ConsultationEditorView.class, ConsultationEditorView.parameters(consultation.id())),
				new RouterLink(getTranslation("consultation.admin.previewNamed", consultation.title()),
						ConsultationPreviewView.class, ConsultationEditorView.parameters(consultation.id())),
				new RouterLink(getTranslation("consultation.admin.collectNamed", consultation.title()),
						CollectAnswersView.class, ConsultationEditorView.parameters(consultation.id())));
		links.addClassName("consultation-admin__links");
		return links;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("consultation.admin.title"));
	}

}
