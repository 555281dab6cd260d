package nl.wijkstem.moderation.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.idea.ui.StatusBadge;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.idea.ReportService;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.FilingSuggestionService;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationFacts;
import nl.wijkstem.idea.ModerationQueue;
import nl.wijkstem.idea.PhotoService;
import nl.wijkstem.idea.SimilarIdea;
import nl.wijkstem.moderation.ReasonTemplates;
import nl.wijkstem.moderation.bureau.ClaimService;
import nl.wijkstem.moderation.bureau.NoteService;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One idea for a moderator, to decide about in a few seconds: the idea with its photos,
 * place and similar ideas on the left; on the right one panel with the decision, filing
 * and message saved in one step, then "save and next" through the queue. Reports are
 * decided beside it; the rarer actions open in dialogs. On a phone the columns stack.
 */
@Route("moderation/:" + ModerationItemView.ID_PARAMETER + "([0-9]{1,18})")
@RolesAllowed(Roles.MODERATOR)
public class ModerationItemView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String ID_PARAMETER = "ideaId";

	private static final String DECISION = "action-panel";

	private static final String REPORTS = "reports-section";

	private static final String DUPLICATE_OF = "duplicate-of";

	private static final String MORE_ACTIONS = "more-actions";

	private final PublicIdeaService ideas;

	private final ReportService reports;

	private final IdeaDecisionService decisions;

	private final ProgrammeService programme;

	private final IdeaModerationService moderation;

	private final PhotoService photos;

	private final FilingSuggestionService suggestions;

	private final ReasonTemplates templates;

	private final ClaimService claims;

	private final NoteService notes;

	private final QueueNavigator navigator;

	private IdeaDetails idea;

	private Optional<String> queueNamed = Optional.empty();

	private QueueTab queue;

	/** The idea's title as last drawn. */
	private H1 title;

	ModerationItemView(ReportService reports, IdeaDecisionService decisions, PublicIdeaService ideas,
			IdeaModerationService moderation, PhotoService photos, ProgrammeService programme,
			FilingSuggestionService suggestions, ReasonTemplates templates, ClaimService claims, NoteService notes,
			ModerationQueue queue) {
		this.reports = reports;
		this.decisions = decisions;
		this.ideas = ideas;
		this.claims = claims;
		this.notes = notes;
		this.templates = templates;
		this.moderation = moderation;
		this.photos = photos;
		this.programme = programme;
		this.suggestions = suggestions;
		this.navigator = new QueueNavigator(queue);
		getContent().addClassName("moderation-item");
	}

	/**
	 * A link to the item page within one list of the queue, for "save and next" to go on
	 * in that list.
	 */
	static RouterLink link(String text, Long ideaId, QueueTab queue) {
		RouterLink link = new RouterLink(text, ModerationItemView.class,
				new RouteParameters(ID_PARAMETER, ideaId.toString()));
		link.setQueryParameters(QueryParameters.of(QueueNavigator.PARAMETER, queue.key()));
		return link;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<IdeaDetails> found = event.getRouteParameters()
			.getLong(ID_PARAMETER)
			.flatMap(id -> ideas.idea(id, getLocale()));
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		queueNamed = event.getLocation().getQueryParameters().getSingleParameter(QueueNavigator.PARAMETER);
		show(found.get());
	}

	private void show(IdeaDetails details) {
		idea = details;
		ModerationFacts facts = moderation.facts(details.id());
		queue = QueueNavigator.queueOf(queueNamed, details, facts);
		List<SimilarIdea> similar = ideas
			.similar(details.title() + " " + details.description(), details.latitude(), details.longitude())
			.stream()
			.filter(other -> !other.id().equals(details.id()))
			.toList();
		Div content = getContent();
		content.removeAll();
		title = new H1(details.title());
		// focusable, so "save and next" can take screen reader users to the new item
		title.getElement().setAttribute("tabindex", "-1");
		Paragraph status = new Paragraph(getTranslation("idea.status." + details.status()));
		StatusBadge.mark(status, details.status());
		RouterLink back = new RouterLink(getTranslation("moderation.item.back"), ModerationQueueView.class);
		back.addClassName("moderation-item__back");
		Div header = new Div(back, title, status, new ItemClaim(claims, details.id()));
		header.addClassName("moderation-item__header");

		Div actions = new Div();
		actions.addClassName("moderation-item__actions");
		if (details.status() == IdeaStatus.ON_BALLOT) {
			Paragraph locked = new Paragraph(getTranslation("moderation.onBallot.locked"));
			locked.addClassName("notice");
			actions.add(locked);
		}
		moderation.duplicate(details.id())
			.ifPresent(duplicate -> actions
				.add(new DuplicateOf(moderation, templates, details, duplicate, () -> reload(DUPLICATE_OF))));
		if (!facts.reports().isEmpty() || !facts.hiddenComments().isEmpty()) {
			actions.add(new ReportsSection(reports, templates, facts, () -> reload(REPORTS), this::next));
		}
		if (details.status() == IdeaStatus.SUBMITTED || details.status().isListed()) {
			boolean preparing = !suggestions.ready();
			actions.add(new ActionPanel(decisions, templates, programme.overview(getLocale()),
					preparing ? Optional.empty() : suggestions.suggest(details.id()), preparing, details, next -> {
						if (next) {
							next();
						}
						else {
							reload(DECISION);
						}
					}, () -> reload(DECISION)));
		}
		actions.add(new MoreActions(moderation, templates, details, similar, () -> reload(MORE_ACTIONS)),
				new InternalNotes(notes, details.id()));

		Div columns = new Div(new ItemDetails(details, facts, photos.photos(details.id()), similar, goalNames(),
				programme.mapSettings()), actions);
		columns.addClassName("moderation-item__columns");
		content.add(header, columns);
	}

	private Map<Long, String> goalNames() {
		return programme.overview(getLocale())
			.goals()
			.stream()
			.collect(Collectors.toMap(ProgrammeOverview.Category::id, ProgrammeOverview.Category::name));
	}

	/**
	 * Shows the item afresh, with the focus on the heading of the part the moderator
	 * acted in (the button they pressed is gone with the old page), or, when that part is
	 * gone too (a rejected idea has no decision panel), on the idea's title.
	 * @param part the class name of that part
	 */
	private void reload(String part) {
		ideas.idea(idea.id(), getLocale()).ifPresentOrElse(details -> {
			show(details);
			Focus.onHeadingOf(part(getContent(), part).orElse(title));
		}, this::backToQueue);
	}

	private static Optional<Component> part(Component component, String className) {
		if (component.getElement().isTextNode() || !component.isVisible()) {
			return Optional.empty();
		}
		if (component instanceof HasStyle styled && styled.hasClassName(className)) {
			return Optional.of(component);
		}
		return component.getChildren().map(child -> part(child, className)).flatMap(Optional::stream).findFirst();
	}

	/**
	 * The next item of the same list of the queue, or back to the queue when it is done.
	 */
	private void next() {
		navigator.next(queue, idea.id(), getLocale()).ifPresentOrElse(nextId -> {
			UI.getCurrent()
				.navigate(ModerationItemView.class, new RouteParameters(ID_PARAMETER, nextId.toString()),
						QueryParameters.of(QueueNavigator.PARAMETER, queue.key()));
			getContent().getChildren()
				.findFirst()
				.flatMap(header -> header.getChildren().filter(H1.class::isInstance).findFirst())
				.ifPresent(heading -> heading.getElement().callJsFunction("focus"));
		}, () -> {
			Notification.show(getTranslation("moderation.queue.done"));
			backToQueue();
		});
	}

	private void backToQueue() {
		getUI().ifPresent(ui -> ui.navigate(ModerationQueueView.class));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", idea == null ? getTranslation("moderation.title") : idea.title());
	}

}
