package nl.wijkstem.consultation.ui;

import java.time.Clock;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.base.ui.FieldProblem;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Confirmation;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.consultation.ConsultationAdminService;
import nl.wijkstem.consultation.ConsultationPhase;
import nl.wijkstem.consultation.EditableConsultation;
import nl.wijkstem.programme.ProgrammeService;

/**
 * Staff set up a consultation: its settings, then its questions (added, changed, moved
 * and removed in {@link QuestionList}), and publish it. Once answers are in, the page
 * says that only texts can still be corrected.
 */
@StyleSheet("context://wijkstem/styles/consultation-admin.css")
@Route("beheer/raadplegingen/bewerken/:" + ConsultationEditorView.ID + "?([0-9]{1,18})")
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class ConsultationEditorView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String ID = "consultationId";

	private final ConsultationAdminService consultations;

	private final ProgrammeService programme;

	private final Clock clock;

	private final FieldProblem problem = new FieldProblem();

	private final Div statusBox = new Div();

	private ConsultationSettingsForm settings;

	private QuestionList questionList;

	private EditableConsultation editing;

	ConsultationEditorView(ConsultationAdminService consultations, ProgrammeService programme, Clock clock) {
		this.consultations = consultations;
		this.programme = programme;
		this.clock = clock;
	}

	static RouteParameters parameters(Long consultationId) {
		return new RouteParameters(ID, consultationId.toString());
	}

	/** The way back from the consultation's preview, paper answers and results pages. */
	static RouterLink backTo(Long consultationId) {
		RouterLink back = new RouterLink(ConsultationEditorView.class, parameters(consultationId));
		back.setText(back.getTranslation("consultation.admin.backToEditor"));
		back.addClassName("admin-back");
		return back;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AddressedSubjects.loadIfNamed(event, ID, consultations::edit, found -> {
			editing = found;
			build();
		});
	}

	private void build() {
		Div content = getContent();
		content.removeAll();
		content.addClassName("consultation-editor");
		RouterLink back = new RouterLink(getTranslation("consultation.admin.back"), ConsultationsAdminView.class);
		back.addClassName("admin-back");
		content.add(back, new H1(title()));
		if (editing != null) {
			status();
			content.add(statusBox);
		}
		settings = new ConsultationSettingsForm(programme.overview(getLocale()));
		settings.fill(editing == null ? ConsultationSettingsForm.defaults(clock.instant()) : editing.form(),
				editing != null && editing.answered());
		problem.setInvalid(false);
		Button save = new Button(
				getTranslation(
						editing == null ? "consultation.admin.createAndContinue" : "consultation.admin.saveSettings"),
				click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		content.add(settings, problem, save);
		if (editing != null) {
			questionList = new QuestionList(consultations, this::reload);
			questionList.show(editing);
			content.add(new H2(getTranslation("consultation.admin.questions")), questionList);
		}
	}

	private String title() {
		return editing == null ? getTranslation("consultation.admin.newTitle")
				: getTranslation("consultation.admin.editTitle", editing.form().titleNl());
	}

	private void status() {
		Div status = statusBox;
		status.removeAll();
		status.addClassName("consultation-editor__status");
		status.add(new Paragraph(getTranslation("consultation.admin.statusLine",
				getTranslation("consultation.admin.phase." + editing.phase()))));
		if (editing.answered()) {
			Paragraph frozen = new Paragraph(getTranslation("consultation.admin.answeredNotice"));
			frozen.addClassName("consultation-notice");
			status.add(frozen);
		}
		Div links = new Div(
				new RouterLink(getTranslation("consultation.admin.preview"), ConsultationPreviewView.class,
						parameters(editing.id())),
				new RouterLink(getTranslation("consultation.admin.collect"), CollectAnswersView.class,
						parameters(editing.id())),
				new RouterLink(getTranslation("consultation.admin.results"), ConsultationResultsAdminView.class,
						parameters(editing.id())));
		links.addClassName("consultation-editor__links");
		status.add(links);
		if (editing.phase() == ConsultationPhase.DRAFT) {
			Button publish = new Button(getTranslation("consultation.admin.publish"), click -> confirmPublish());
			publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
			publish.addClassName("consultation-editor__publish");
			status.add(new Paragraph(getTranslation("consultation.admin.publishHelp")), publish);
		}
	}

	private void confirmPublish() {
		new Confirmation(getTranslation("consultation.admin.publishTitle"),
				getTranslation("consultation.admin.publishText"), getTranslation("consultation.admin.publish"),
				getTranslation("consultation.admin.cancel"), () -> {
					try {
						consultations.publish(editing.id());
						Notification.show(getTranslation("consultation.admin.published"), 5000,
								Notification.Position.MIDDLE);
						reload();
					}
					catch (Rejection rejected) {
						RejectionMessages.show(this, rejected);
					}
				})
			.open();
	}

	private void save() {
		problem.setInvalid(false);
		settings.clearProblems();
		try {
			if (editing == null) {
				Long created = consultations.create(settings.read());
				getUI().ifPresent(ui -> ui.navigate(ConsultationEditorView.class, parameters(created)));
			}
			else {
				consultations.update(editing.id(), settings.read());
				Notification.show(getTranslation("consultation.admin.saved"), 4000, Notification.Position.MIDDLE);
				editing = consultations.edit(editing.id());
			}
		}
		catch (Rejection rejected) {
			String general = settings.show(rejected);
			problem.showGeneral(general, getTranslation("consultation.admin.checkFields"));
		}
	}

	/**
	 * Draws the status and the questions anew after a change of the questions or the
	 * publication; the settings form keeps what was typed in it.
	 */
	private void reload() {
		editing = consultations.edit(editing.id());
		status();
		questionList.show(editing);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", title());
	}

}
