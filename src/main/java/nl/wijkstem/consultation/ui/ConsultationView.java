package nl.wijkstem.consultation.ui;

import com.vaadin.flow.router.RouteParameters;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.base.ui.RejectionMessages;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.base.ui.FollowButtons;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.base.ui.WrittenLanguage;
import nl.wijkstem.consultation.AnswerService;
import nl.wijkstem.consultation.ConsultationDetails;
import nl.wijkstem.consultation.ConsultationPage;
import nl.wijkstem.consultation.ConsultationPage.Participation;
import nl.wijkstem.consultation.ConsultationPhase;
import nl.wijkstem.consultation.ConsultationService;
import nl.wijkstem.consultation.ConsultationResultsService;
import nl.wijkstem.consultation.OutcomeService;
import nl.wijkstem.programme.ProgrammeService;

/**
 * A consultation's page, for everyone: what it asks and why, when, who may answer and
 * whether answers are anonymous, said before the questions start; then the questionnaire
 * for whoever may answer, or why someone may not and what they can do about it.
 */
@StyleSheet("context://wijkstem/styles/consultation.css")
@Route(ConsultationListView.PATH + "/:" + ConsultationView.ID_PARAMETER + "([0-9]{1,18})")
@AnonymousAllowed
public class ConsultationView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	public static final String ID_PARAMETER = "consultationId";

	/** The refusal a resident can do something about: showing they live here. */
	private static final String NOT_VERIFIED = "consultation.refusal.notVerified";

	/** The residency verification page ({@code ResidencyView}). */
	private static final String VERIFY_PATH = "verify";

	private final ConsultationService consultations;

	private final AnswerService answers;

	private final ProgrammeService programme;

	private final OutcomeService outcomes;

	private final ConsultationResultsService results;

	private final Section answering = new Section();

	private final Div formError = new Div();

	private final Span saveStatus = new Span();

	private Questionnaire questionnaire;

	/** Whether the message above the form only points to problems at the questions. */
	private boolean onlyQuestionProblems;

	private Button submit;

	private ConsultationDetails details;

	private String title = "";

	private final FollowButtons followButtons;

	ConsultationView(ConsultationService consultations, AnswerService answers, ProgrammeService programme,
			OutcomeService outcomes, ConsultationResultsService results, FollowButtons followButtons) {
		this.followButtons = followButtons;
		this.consultations = consultations;
		this.results = results;
		this.answers = answers;
		this.programme = programme;
		this.outcomes = outcomes;
		getContent().addClassName("consultation-view");
		answering.addClassName("consultation-answering");
		formError.addClassName("form-error");
		formError.getElement().setAttribute("role", "alert");
		formError.getElement().setAttribute("tabindex", "-1");
		saveStatus.addClassName("save-status");
		saveStatus.getElement().setAttribute("aria-live", "polite");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AddressedSubjects.load(event, ID_PARAMETER, id -> consultations.page(id, getLocale())).ifPresent(this::show);
	}

	private void show(ConsultationPage page) {
		details = page.details();
		title = details.title();
		Div content = getContent();
		content.removeAll();
		H1 heading = WrittenLanguage.mark(new H1(details.title()), details.language(), getLocale());
		Paragraph badges = new Paragraph(ConsultationTexts.phaseBadge(this, details.phase()),
				ConsultationTexts.audienceBadge(this, details.audience()),
				ConsultationTexts.anonymityBadge(this, details.anonymous()));
		badges.addClassName("consultation-card__badges");
		Paragraph intro = WrittenLanguage.mark(new Paragraph(details.intro()), details.language(), getLocale());
		intro.addClassName("user-text");
		content.add(heading, badges, intro);
		if (details.phase() != ConsultationPhase.DRAFT) {
			content.add(followButtons.create(FollowTarget.consultation(details.id()), null,
					ConsultationListView.PATH + "/" + details.id()));
		}
		// once published, what comes of it matters more than how it was asked
		outcomes.outcome(details.id(), getLocale()).map(OutcomeSection::new).ifPresent(content::add);
		if (details.phase() == ConsultationPhase.RESULTS) {
			content.add(new ConsultationResultsSection(results.results(details.id(), getLocale()),
					programme.mapSettings()));
		}
		content.add(about(), answering(page.me()));
	}

	private Section about() {
		DescriptionList facts = new DescriptionList();
		facts.addClassName("consultation-facts");
		if (details.goal() != null && !details.goal().isBlank()) {
			fact(facts, "consultation.page.goal", details.goal());
		}
		if (!details.themes().isEmpty()) {
			fact(facts, "consultation.page.themes", String.join(", ", details.themes()));
		}
		fact(facts, "consultation.page.period", getTranslation("consultation.page.periodValue",
				ConsultationTexts.moment(this, details.opensAt()), ConsultationTexts.moment(this, details.closesAt())));
		fact(facts, "consultation.page.who", getTranslation("consultation.page.who." + details.audience()));
		fact(facts, "consultation.page.privacy", privacy());
		Section section = new Section(new H2(getTranslation("consultation.page.about")), facts);
		section.addClassName("consultation-about");
		return section;
	}

	private String privacy() {
		return getTranslation(details.anonymous() ? "consultation.page.anonymous" : "consultation.page.named");
	}

	private void fact(DescriptionList facts, String key, String value) {
		facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
	}

	private Section answering(Participation me) {
		answering.removeAll();
		H2 heading = new H2(getTranslation("consultation.page.answering"));
		heading.setId("consultation-answering");
		answering.add(heading);
		ConsultationPhase phase = details.phase();
		if (phase == ConsultationPhase.UPCOMING || phase == ConsultationPhase.DRAFT) {
			answering.add(new Paragraph(
					getTranslation("consultation.page.notOpenYet", ConsultationTexts.moment(this, details.opensAt()))));
			return answering;
		}
		if (phase != ConsultationPhase.OPEN) {
			answering.add(new Paragraph(
					getTranslation("consultation.page.closed", ConsultationTexts.moment(this, details.closesAt()))));
			return answering;
		}
		if (!me.signedIn()) {
			answering.add(notice(getTranslation("consultation.page.signInFirst")),
					new Paragraph(new RouterLink(getTranslation("consultation.page.signIn"), SignInToAnswer.class,
							new RouteParameters(ID_PARAMETER, details.id().toString()))));
			return answering;
		}
		if (!me.mayAnswer()) {
			refused(me);
			return answering;
		}
		startForm(me);
		return answering;
	}

	private void refused(Participation me) {
		answering.add(notice(getTranslation(me.refusal() == null ? "consultation.refusal.other" : me.refusal())));
		if (NOT_VERIFIED.equals(me.refusal())) {
			// by its address, as the vote page does: the account module keeps its views
			// to
			// itself
			answering.add(new Paragraph(new Anchor(VERIFY_PATH, getTranslation("consultation.page.verify"))));
		}
	}

	private void startForm(Participation me) {
		// what happens with the answers is said before the first question
		answering.add(notice(privacy()));
		if (me.answered()) {
			answering.add(new Paragraph(getTranslation("consultation.page.changeUntil",
					ConsultationTexts.moment(this, details.closesAt()))));
		}
		answering.add(new Paragraph(getTranslation("consultation.page.requiredExplained")));
		formError.setVisible(false);
		questionnaire = new Questionnaire(details.questions(), me.answers(), programme.mapSettings(),
				programme::containsLocation);
		questionnaire.addChangeListener(this::keepDraft);

		submit = new Button(getTranslation(me.answered() ? "consultation.form.resubmit" : "consultation.form.submit"));
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.setDisableOnClick(true);
		submit.addClickListener(click -> submit());
		Button later = new Button(getTranslation("consultation.form.saveForLater"), click -> saveForLater());
		Div buttons = new Div(submit, later);
		buttons.addClassName("actions");
		Paragraph beforeSending = new Paragraph(getTranslation(details.anonymous()
				? "consultation.form.beforeSending.anonymous" : "consultation.form.beforeSending.named"));
		beforeSending.addClassName("consultation-before-sending");
		answering.add(formError, questionnaire, beforeSending, buttons, saveStatus);
	}

	private static Div notice(String text) {
		Div notice = new Div(new Paragraph(text));
		notice.addClassName("notice");
		return notice;
	}

	/** Keeps the answers so far, quietly, after every change. */
	private void keepDraft() {
		if (formError.isVisible() && onlyQuestionProblems && !questionnaire.showsProblems()) {
			// everything it pointed to is put right: the summary would only mislead now
			formError.setVisible(false);
		}
		try {
			answers.saveDraft(details.id(), questionnaire.answers());
		}
		catch (Rejection refused) {
			saveStatus.setText(RejectionMessages.text(this, refused));
		}
	}

	private void saveForLater() {
		try {
			answers.saveDraft(details.id(), questionnaire.answers());
			saveStatus.setText(getTranslation("consultation.form.saved",
					DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
						.withLocale(getLocale())
						.format(LocalTime.now(DisplayFormats.DUTCH_TIME))));
		}
		catch (Rejection refused) {
			saveStatus.setText(RejectionMessages.text(this, refused));
		}
	}

	private void submit() {
		questionnaire.clearProblems();
		formError.setVisible(false);
		List<AnswerInput> given = questionnaire.answers();
		try {
			answers.submit(details.id(), given);
		}
		catch (Rejection refused) {
			String general = questionnaire.showProblems(refused);
			boolean atQuestions = questionnaire.hasProblemAtAQuestion(refused);
			formError.setText(general.isBlank() ? getTranslation("consultation.form.problems")
					: atQuestions ? general + " " + getTranslation("consultation.form.problems") : general);
			formError.setVisible(true);
			onlyQuestionProblems = atQuestions && general.isBlank();
			submit.setEnabled(true);
			if (!atQuestions) {
				formError.getElement()
					.executeJs("this.scrollIntoView({block: 'center'}); this.focus({preventScroll: true})");
			}
			return;
		}
		thanks();
	}

	private void thanks() {
		answering.removeAll();
		H2 heading = new H2(getTranslation("consultation.thanks.title"));
		Paragraph closing = WrittenLanguage.mark(new Paragraph(details.closing()), details.language(), getLocale());
		closing.addClassName("user-text");
		Div thanks = new Div(heading, closing);
		thanks.addClassName("consultation-thanks");
		if (details.anonymous()) {
			thanks.add(new Paragraph(getTranslation("consultation.thanks.anonymous")));
		}
		else {
			thanks.add(
					new Paragraph(getTranslation("consultation.thanks.named",
							ConsultationTexts.moment(this, details.closesAt()))),
					new Paragraph(new RouterLink(getTranslation("consultation.thanks.change"), ConsultationView.class,
							new RouteParameters(ID_PARAMETER, details.id().toString()))));
		}
		answering.add(thanks);
		Focus.on(heading);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", title == null ? "" : title);
	}

}
