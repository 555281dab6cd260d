package nl.wijkstem.idea.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.DatabaseOutage;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.idea.DraftSummary;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.PhotoService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.SubmittedIdea;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.programme.ui.AreaMap;

/**
 * The short idea form. What the resident types is saved as a draft as they go, so a
 * refused submission or an expired session loses nothing beyond the last few seconds;
 * similar published ideas appear beside it while typing.
 */
@StyleSheet("context://wijkstem/styles/propose.css")
@Route("ideas/new")
@RolesAllowed(Roles.RESIDENT)
public class ProposeIdeaView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String DRAFT_PARAMETER = "concept";

	/** The {@link #DRAFT_PARAMETER} value for an empty form, leaving the drafts be. */
	static final String NEW_DRAFT = "nieuw";

	private static final String TYPED_TEXT = "event.target.value";

	private static final String FOCUS_ON_CLICK = "this.addEventListener('click',e=>{e.preventDefault();document.getElementById($0)?.focus()})";

	private final IdeaService ideas;

	private final PublicIdeaService reads;

	private final TextField title = IdeaFields.title();

	private final TextArea description = IdeaFields.description();

	private final Select<PlaceKind> place = IdeaFields.place();

	private final Select<ProgrammeOverview.Category> theme = new Select<>();

	private final TextField locationText = IdeaFields.location();

	private final Paragraph formError = new Paragraph();

	/** Links from the message above the form to each field with a problem. */
	private final UnorderedList fieldsWithProblems = new UnorderedList();

	private final Div formErrors = new Div(formError, fieldsWithProblems);

	private final Div continuing = new Div();

	private final Button deleteDraft = new Button();

	private final Clock clock;

	private final ChangeRequestNote changeRequest = new ChangeRequestNote();

	private final Paragraph saveStatus = new Paragraph();

	private final SimilarIdeasPanel similar;

	private final Button submit = new Button();

	private final ProgrammeService programme;

	private final AreaMap map;

	private final Paragraph pinStatus = new Paragraph();

	private final PhotoSection photos;

	private Double latitude;

	private Double longitude;

	private Long ideaId;

	private boolean loading;

	/**
	 * Whether the idea is (or will be, once saved) a draft, which its author may delete.
	 */
	private boolean draft = true;

	ProposeIdeaView(PublicIdeaService reads, IdeaService ideas, PhotoService photoService, ProgrammeService programme,
			Clock clock) {
		this.reads = reads;
		this.clock = clock;
		this.ideas = ideas;
		this.programme = programme;
		this.photos = new PhotoSection(photoService, this::ensureDraft);
		this.similar = new SimilarIdeasPanel(ideas);
		this.map = new AreaMap(programme.mapSettings(), true, getTranslation("propose.map.label"));
		map.addPinListener(this::pinPlaced);
		List<ProgrammeOverview.Category> themes = programme.overview(getLocale()).themes();
		configureFields(themes);

		formError.addClassName("form-error");
		formErrors.getElement().setAttribute("role", "alert");
		// focused after a refused submission, so a phone shows it and a screen reader
		// starts there; its links lead on to the fields
		formError.getElement().setAttribute("tabindex", "-1");
		fieldsWithProblems.addClassName("form-error__fields");
		formErrors.setVisible(false);
		continuing.addClassName("draft-continue");
		continuing.setVisible(false);
		deleteDraft.setText(getTranslation("propose.draft.delete"));
		deleteDraft.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		deleteDraft.addClickListener(click -> confirmDelete());
		deleteDraft.setVisible(false);
		saveStatus.addClassName("save-status");
		saveStatus.getElement().setAttribute("aria-live", "polite");

		Button saveDraft = new Button(getTranslation("propose.saveDraft"), click -> saveDraft());
		submit.setText(getTranslation("propose.submit"));
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.setDisableOnClick(true);
		submit.addClickListener(click -> submit());
		Div buttons = new Div(submit, saveDraft, deleteDraft);
		buttons.addClassName("actions");

		// the hints follow the fields they answer, so a phone shows them while typing;
		// a wide screen puts them beside the form (propose.css)
		Div form = new Div(changeRequest, continuing, formErrors, title, description, similar, similar.status(), place,
				theme, locationText, pinSection(), photos, buttons, saveStatus);
		form.addClassName("idea-form");
		Div layout = new Div(form);
		layout.addClassName("propose-layout");
		getContent().addClassName("propose-view");
		getContent().add(new H1(getTranslation("propose.title")), new Paragraph(getTranslation("propose.intro")),
				layout);
	}

	private Div pinSection() {
		Button atCentre = new Button(getTranslation("propose.map.centre"), click -> map.placePinAtCentre());
		Button remove = new Button(getTranslation("propose.map.remove"), click -> {
			setPin(null, null);
			pinStatus.setText(getTranslation("propose.map.removed"));
			typed();
		});
		atCentre.addThemeVariants(ButtonVariant.LUMO_SMALL);
		remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Div buttons = new Div(atCentre, remove);
		buttons.addClassName("actions");
		pinStatus.getElement().setAttribute("aria-live", "polite");
		pinStatus.addClassName("pin-status");
		Div section = new Div(new Paragraph(getTranslation("propose.map.intro")), map, buttons, pinStatus);
		section.addClassName("pin-section");
		return section;
	}

	private void pinPlaced(double placedLatitude, double placedLongitude) {
		if (!programme.containsLocation(placedLatitude, placedLongitude)) {
			pinStatus.setText(getTranslation("idea.error.outsideArea"));
			pinStatus.addClassName("form-error");
			return;
		}
		setPin(placedLatitude, placedLongitude);
		pinStatus.setText(getTranslation("propose.map.placed"));
		typed();
	}

	private void setPin(Double newLatitude, Double newLongitude) {
		latitude = newLatitude;
		longitude = newLongitude;
		pinStatus.removeClassName("form-error");
		map.showPin(latitude, longitude, getTranslation("propose.map.pin"));
	}

	private void configureFields(List<ProgrammeOverview.Category> themes) {
		title.setId("idea-title");
		description.setId("idea-description");
		place.setId("idea-place");
		locationText.setId("idea-location");
		title.setHelperText(getTranslation("propose.titleField.help"));
		title.setRequiredIndicatorVisible(true);
		description.setHelperText(getTranslation("propose.description.help"));
		description.setRequiredIndicatorVisible(true);
		description.setMinRows(6);
		theme.setLabel(getTranslation("propose.theme"));
		theme.setItems(themes);
		theme.setEmptySelectionAllowed(true);
		theme.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
		theme.setItemLabelGenerator(category -> category == null ? "" : category.name());
		locationText.setHelperText(getTranslation("propose.locationText.help"));

		// values reach the server on change (leaving a field fires it before any click);
		// the similar-idea hints follow the typing itself, from the input events
		hintWhileTyping(title, typed -> typed + " " + description.getValue());
		hintWhileTyping(description, typed -> title.getValue() + " " + typed);
		title.addValueChangeListener(change -> typed());
		description.addValueChangeListener(change -> typed());
		locationText.addValueChangeListener(change -> typed());
		place.addValueChangeListener(change -> typed());
		theme.addValueChangeListener(change -> typed());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(DRAFT_PARAMETER);
		List<DraftSummary> drafts = ideas.drafts();
		Optional<Long> draftId = asked.filter(value -> value.matches("[0-9]{1,18}")).map(Long::valueOf);
		if (asked.isEmpty() && !drafts.isEmpty()) {
			// one draft at a time, unless the resident asks for a new one: a visit does
			// not start yet another
			DraftSummary latest = drafts.getFirst();
			draftId = Optional.of(latest.id());
			showContinuing(latest);
		}
		draftId.flatMap(id -> ideas.ownDraft(id).map(content -> Map.entry(id, content))).ifPresent(found -> {
			ideaId = found.getKey();
			draft = drafts.stream().anyMatch(summary -> summary.id().equals(ideaId));
			fill(found.getValue());
			ideas.requestedChanges(ideaId).ifPresent(changeRequest::show);
		});
		deleteDraft.setVisible(ideaId != null && draft);
	}

	private void showContinuing(DraftSummary latest) {
		continuing.removeAll();
		Paragraph text = new Paragraph(
				getTranslation("propose.draft.continuing", DisplayFormats.dateTime(latest.updatedAt(), getLocale())));
		Button again = new Button(getTranslation("propose.draft.startAgain"), click -> startAgain());
		again.addThemeVariants(ButtonVariant.LUMO_SMALL);
		continuing.add(text, again);
		continuing.getElement().setAttribute("role", "status");
		continuing.setVisible(true);
	}

	/**
	 * An empty form, in a fresh view: the router would reuse this one for its own route,
	 * with the old draft's id, photos and fields still in it.
	 */
	private void startAgain() {
		getUI().ifPresent(ui -> {
			ui.navigate(ProposeIdeaView.class, QueryParameters.of(DRAFT_PARAMETER, NEW_DRAFT));
			ui.refreshCurrentRoute(false);
			// the button pressed is gone with the old form: the keyboard starts the new
			// one
			if (ui.getCurrentView() instanceof ProposeIdeaView fresh) {
				fresh.startTyping();
			}
		});
	}

	/**
	 * Puts the keyboard in the first field (a method, not the field itself: the view the
	 * router hands out may be a security proxy).
	 */
	void startTyping() {
		title.focus();
	}

	private void confirmDelete() {
		DraftDeletion.confirm(this, () -> ideas.deleteDraft(ideaId), this::startAgain);
	}

	private void fill(IdeaDraft draft) {
		loading = true;
		title.setValue(draft.title());
		description.setValue(draft.description());
		place.setValue(draft.placeKind());
		theme.getListDataView()
			.getItems()
			.filter(category -> category.id().equals(draft.themeId()))
			.findFirst()
			.ifPresent(theme::setValue);
		locationText.setValue(draft.locationText() == null ? "" : draft.locationText());
		if (draft.hasPin()) {
			setPin(draft.latitude(), draft.longitude());
		}
		photos.refresh();
		loading = false;
	}

	/** Fewer letters than this are too few to say that nothing similar exists. */
	private static final int MIN_TEXT_FOR_HINTS = 4;

	/**
	 * Looks for similar ideas as the resident types, before the field's value reaches the
	 * server: the typed text takes the place of the field's (older) value.
	 */
	private void hintWhileTyping(Component field, UnaryOperator<String> withTheOtherField) {
		field.getElement()
			.addEventListener("input", event -> unlessUnavailable(
					() -> showSimilar(withTheOtherField.apply(event.getEventData().get(TYPED_TEXT).asString()))))
			.addEventData(TYPED_TEXT)
			.debounce(600);
	}

	private void showSimilar(String text) {
		similar.show(reads.similar(text, latitude, longitude), text.strip().length() >= MIN_TEXT_FOR_HINTS);
	}

	private void typed() {
		if (loading) {
			return;
		}
		unlessUnavailable(() -> {
			showSimilar(title.getValue() + " " + description.getValue());
			saveDraft();
		});
	}

	/**
	 * Hints and saving the draft along the way are a convenience: during a database
	 * outage they wait, and must not swallow the click that follows (Vaadin drops the
	 * rest of a request after a failing handler).
	 */
	private void unlessUnavailable(Runnable convenience) {
		try {
			convenience.run();
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex)) {
				throw ex;
			}
			saveStatus.setText(getTranslation("propose.notSavedYet"));
		}
	}

	private IdeaDraft draft() {
		return new IdeaDraft(title.getValue(), description.getValue(), place.getValue(),
				theme.getValue() == null ? null : theme.getValue().id(), locationText.getValue(), latitude, longitude);
	}

	/** Photos belong to an idea: a first photo saves the form as a draft. */
	private Long ensureDraft() {
		if (ideaId == null) {
			try {
				ideaId = ideas.save(null, draft());
				deleteDraft.setVisible(true);
			}
			catch (Rejection rejected) {
				showProblems(rejected);
			}
		}
		return ideaId;
	}

	private void saveDraft() {
		IdeaDraft draft = draft();
		if (ideaId == null && draft.title().isBlank() && draft.description().isBlank()) {
			return;
		}
		try {
			ideaId = ideas.save(ideaId, draft);
			clearProblems();
			deleteDraft.setVisible(this.draft);
			saveStatus.setText(getTranslation("propose.savedAt",
					DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
						.withLocale(getLocale())
						.format(clock.instant().atZone(DisplayFormats.DUTCH_TIME))));
		}
		catch (Rejection rejected) {
			showProblems(rejected);
		}
	}

	private void submit() {
		try {
			SubmittedIdea submitted = ideas.submit(ideaId, draft());
			ideaId = submitted.id();
			Notification.show(getTranslation(
					submitted.status() == IdeaStatus.PUBLISHED ? "propose.published" : "propose.submitted"));
			getUI().ifPresent(ui -> ui.navigate(IdeaView.class,
					new RouteParameters(IdeaView.ID_PARAMETER, submitted.id().toString())));
		}
		catch (Rejection rejected) {
			showProblems(rejected);
			submit.setEnabled(true);
			// the button sits far below the message on a phone: go where the message is
			// (only here: saving along the way must not take the focus from typing)
			formError.getElement()
				.executeJs("this.scrollIntoView({block: 'center'}); this.focus({preventScroll: true})");
		}
	}

	private void showProblems(Rejection rejected) {
		clearProblems();
		String general = RejectionMessages.showOnFields(this, rejected, this::field);
		boolean fieldProblems = rejected.problems().stream().anyMatch(problem -> field(problem.field()) != null);
		// a problem of the whole idea (such as the daily limit) is told on its own:
		// correcting the marked fields would not help against it
		formError.setText(general.isBlank() && fieldProblems ? getTranslation("idea.error.form") : general);
		fieldsWithProblems.removeAll();
		for (HasValidation field : List.<HasValidation>of(title, description, place, locationText)) {
			if (field.isInvalid()) {
				fieldsWithProblems.add(linkTo((Component) field, getTranslation("idea.error.form.field",
						((HasLabel) field).getLabel(), field.getErrorMessage())));
			}
		}
		if (photos.isInvalid()) {
			// one problem for all photos: its link leads to the first without a
			// description
			photos.undescribed()
				.stream()
				.findFirst()
				.ifPresent(alt -> fieldsWithProblems.add(linkTo(alt, photos.getErrorMessage())));
		}
		fieldsWithProblems.setVisible(fieldsWithProblems.getChildren().findAny().isPresent());
		formErrors.setVisible(true);
	}

	/**
	 * A link in the message above the form that puts the focus in the field (the field's
	 * input, which the field's own element hands it to).
	 */
	private static ListItem linkTo(Component field, String text) {
		String id = field.getId().orElseThrow();
		Anchor link = new Anchor("#" + id, text);
		link.setRouterIgnore(true);
		link.getElement().executeJs(FOCUS_ON_CLICK, id);
		return new ListItem(link);
	}

	private void clearProblems() {
		formErrors.setVisible(false);
		for (HasValidation field : List.<HasValidation>of(title, description, place, locationText, photos)) {
			field.setInvalid(false);
		}
	}

	private HasValidation field(String name) {
		if (name == null) {
			return null;
		}
		return switch (name) {
			case "title" -> title;
			case "description" -> description;
			case "placeKind" -> place;
			case "locationText", "location" -> locationText;
			case "photos" -> photos;
			default -> null;
		};
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("propose.title"));
	}

}
