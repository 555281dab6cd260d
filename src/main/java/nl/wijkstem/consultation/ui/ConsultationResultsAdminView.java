package nl.wijkstem.consultation.ui;

import java.time.Clock;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
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
import nl.wijkstem.consultation.ConsultationResults;
import nl.wijkstem.consultation.ConsultationResultsService;
import nl.wijkstem.consultation.OutcomeService;
import nl.wijkstem.programme.ProgrammeService;

/**
 * Staff follow a consultation's results as they stand (also before the results moment),
 * download every answer, and write what the programme bureau does with the results.
 */
@StyleSheet("context://wijkstem/styles/consultation.css")
@StyleSheet("context://wijkstem/styles/consultation-admin.css")
@Route("beheer/raadplegingen/:" + ConsultationEditorView.ID + "([0-9]{1,18})/resultaten")
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class ConsultationResultsAdminView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	private final ConsultationResultsService results;

	private final OutcomeService outcomes;

	private final ProgrammeService programme;

	private final Clock clock;

	private String title = "";

	ConsultationResultsAdminView(ConsultationResultsService results, OutcomeService outcomes,
			ProgrammeService programme, Clock clock) {
		this.results = results;
		this.outcomes = outcomes;
		this.programme = programme;
		this.clock = clock;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AddressedSubjects.load(event, ConsultationEditorView.ID, id -> results.staffResults(id, getLocale()))
			.ifPresent(this::show);
	}

	private void show(ConsultationResults figures) {
		Long id = figures.consultationId();
		title = getTranslation("consultation.admin.results.title", figures.title());
		Div content = getContent();
		content.removeAll();
		content.addClassName("consultation-results-admin");
		RouterLink back = ConsultationEditorView.backTo(id);
		Paragraph download = new Paragraph(new AnswersCsvLink(results, id, clock));
		// the outcome form brings its own heading
		content.add(back, new H1(title), download, new ConsultationResultsSection(figures, programme.mapSettings()),
				new OutcomeForm(outcomes, id));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", title);
	}

}
