package nl.wijkstem.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.consultation.ConsultationAdminService;
import nl.wijkstem.consultation.ConsultationDetails;
import nl.wijkstem.programme.ProgrammeService;

/**
 * A staff page with a consultation's own questionnaire, also while it is a draft, in the
 * page's language: its preview and the typing in of answers collected on paper. The
 * address names the consultation; the page starts with the way back to its editor.
 */
abstract class QuestionnairePage extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	private final ConsultationAdminService consultations;

	private final ProgrammeService programme;

	private ConsultationDetails details;

	QuestionnairePage(ConsultationAdminService consultations, ProgrammeService programme) {
		this.consultations = consultations;
		this.programme = programme;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AddressedSubjects.load(event, ConsultationEditorView.ID, id -> consultations.preview(id, getLocale()))
			.ifPresent(found -> {
				details = found;
				Div content = getContent();
				content.removeAll();
				content.add(ConsultationEditorView.backTo(found.id()));
				show(found, content);
			});
	}

	/** Adds what this page shows of the consultation below the way back. */
	abstract void show(ConsultationDetails consultation, Div content);

	/** The page's title, naming the consultation. */
	abstract String title(String consultationTitle);

	/** The residents' questionnaire, empty; nothing is kept until the page says so. */
	Questionnaire emptyQuestionnaire() {
		return new Questionnaire(details.questions(), List.of(), programme.mapSettings(), programme::containsLocation);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", title(details == null ? "" : details.title()));
	}

}
