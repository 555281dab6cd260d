package nl.wijkstem.moderation.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.FilingSuggestionService;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaRejectedException;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.IdeaLifecycle;
import nl.wijkstem.idea.IdeaLifecycle.Actor;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationFacts;
import nl.wijkstem.idea.PhotoService;
import nl.wijkstem.idea.PhotoView;
import nl.wijkstem.idea.SimilarIdea;
import nl.wijkstem.idea.ui.PhotoGallery;
import nl.wijkstem.moderation.ReasonTemplates;
import nl.wijkstem.moderation.bureau.ClaimService;
import nl.wijkstem.moderation.bureau.NoteService;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.programme.ui.AreaMap;

/**
 * One submitted idea for a moderator: the full text, where it is, similar published
 * ideas, and the decision with a message for the author in plain language.
 */
@Route("moderation/:" + ModerationItemView.ID_PARAMETER + "([0-9]{1,18})")
@RolesAllowed(Roles.MODERATOR)
public class ModerationItemView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String ID_PARAMETER = "ideaId";

	private final IdeaService ideas;

	private final ProgrammeService programme;

	private final IdeaModerationService moderation;

	private final PhotoService photos;

	private final FilingSuggestionService suggestions;

	private final ReasonTemplates templates;

	private final ClaimService claims;

	private final NoteService notes;

	private IdeaDetails idea;

	ModerationItemView(IdeaService ideas, IdeaModerationService moderation, PhotoService photos,
			ProgrammeService programme, FilingSuggestionService suggestions, ReasonTemplates templates,
			ClaimService claims, NoteService notes) {
		this.ideas = ideas;
		this.claims = claims;
		this.notes = notes;
		this.templates = templates;
		this.moderation = moderation;
		this.photos = photos;
		this.programme = programme;
		this.suggestions = suggestions;
		getContent().addClassName("moderation-item");
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
		show(found.get());
	}

	private void show(IdeaDetails details) {
		idea = details;
		Div content = getContent();
		content.removeAll();
		Paragraph status = new Paragraph(getTranslation("idea.status." + details.status()));
		status.addClassName("status-badge");
		content.add(new H1(details.title()), status, new ItemClaim(claims, details.id()));
		if (details.hidden()) {
			Paragraph hidden = new Paragraph(
					details.hiddenReason().isEmpty() ? getTranslation("moderation.hidden.pending")
							: getTranslation("moderation.hidden.reason", details.hiddenReason()));
			hidden.addClassName("notice");
			content.add(hidden);
		}
		details.description().lines().forEach(line -> {
			Paragraph paragraph = new Paragraph(line);
			paragraph.addClassName("user-text");
			content.add(paragraph);
		});
		List<PhotoView> pictures = photos.photos(details.id());
		if (!pictures.isEmpty()) {
			content.add(new PhotoGallery(pictures));
		}
		ModerationFacts facts = moderation.facts(details.id());
		content.add(facts(details, facts));
		if (details.latitude() != null && details.longitude() != null) {
			AreaMap map = new AreaMap(programme.mapSettings(), false, getTranslation("idea.page.map"));
			map.showPin(details.latitude(), details.longitude(), details.title());
			content.add(map);
		}
		Runnable reload = this::reload;
		content.add(new ReportsSection(moderation, templates, facts, reload));
		List<SimilarIdea> similar = ideas
			.similar(details.title() + " " + details.description(), details.latitude(), details.longitude())
			.stream()
			.filter(other -> !other.id().equals(details.id()))
			.toList();
		content.add(similar(similar));
		moderation.duplicate(details.id())
			.ifPresent(duplicate -> content.add(new DuplicateOf(moderation, templates, details, duplicate, reload)));
		if (details.status() == IdeaStatus.SUBMITTED) {
			content.add(new DecisionForm(ideas, templates, details, this::backToQueue, reload));
		}
		if (IdeaLifecycle.allows(details.status(), IdeaStatus.DUPLICATE, Actor.MODERATOR) && !similar.isEmpty()) {
			content.add(new DuplicateForm(moderation, templates, details, similar, reload));
		}
		if (details.status() == IdeaStatus.SUBMITTED || details.status().isPublic()) {
			content.add(new RevisionForm(moderation, templates, details, reload));
		}
		if (details.status() == IdeaStatus.SUBMITTED || details.status().isListed()) {
			content.add(filingForm(details));
		}
		if (!IdeaLifecycle.progressSteps(details.status()).isEmpty()) {
			content.add(new StatusUpdateForm(moderation, templates, details, reload));
		}
		else if (details.status() == IdeaStatus.ON_BALLOT) {
			Paragraph locked = new Paragraph(getTranslation("moderation.onBallot.locked"));
			locked.addClassName("notice");
			content.add(locked);
		}
		if (details.status().isPublic()) {
			content.add(new AnswerForm(moderation, templates, details, reload),
					new VisibilityForm(moderation, templates, details, reload));
		}
		if (!facts.revisions().isEmpty()) {
			content.add(revisions(facts));
		}
		content.add(new InternalNotes(notes, details.id()));
	}

	private void reload() {
		ideas.idea(idea.id(), getLocale()).ifPresentOrElse(this::show, this::backToQueue);
	}

	private void backToQueue() {
		getUI().ifPresent(ui -> ui.navigate(ModerationQueueView.class));
	}

	private DescriptionList facts(IdeaDetails details, ModerationFacts facts) {
		DescriptionList list = new DescriptionList();
		list.addClassName("data-list");
		fact(list, "idea.page.place", getTranslation("idea.place." + details.placeKind()));
		fact(list, "idea.page.theme", details.themeName());
		fact(list, "idea.page.location", details.locationText());
		fact(list, "idea.page.author",
				details.authorName().isBlank() ? getTranslation("idea.page.unknownAuthor") : details.authorName());
		fact(list, "moderation.facts.otherIdeas", String.valueOf(facts.authorOtherIdeas()));
		fact(list, "moderation.facts.collected", details.collectedAt());
		fact(list, "idea.page.support.title", String.valueOf(details.supportCount()));
		return list;
	}

	private void fact(DescriptionList list, String termKey, String value) {
		if (value != null && !value.isBlank()) {
			list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
		}
	}

	private Section similar(List<SimilarIdea> similar) {
		UnorderedList list = new UnorderedList();
		similar.forEach(other -> list.add(new ListItem(new RouterLink(other.title(), ModerationItemView.class,
				new RouteParameters(ID_PARAMETER, other.id().toString())))));
		Section section = new Section(new H2(getTranslation("moderation.similar")));
		section.add(similar.isEmpty() ? new Paragraph(getTranslation("moderation.similar.none")) : list);
		return section;
	}

	private Section revisions(ModerationFacts facts) {
		UnorderedList list = new UnorderedList();
		facts.revisions().forEach(revision -> {
			ListItem item = new ListItem(new Paragraph(getTranslation("moderation.revisions.item",
					DisplayFormats.dateTime(revision.at(), getLocale()), revision.editorName(), revision.reason())));
			Paragraph kind = new Paragraph(getTranslation("moderation.revisions.kind." + revision.kind()));
			kind.addClassName("revision-kind-label");
			item.add(kind);
			String kept = Stream.of(revision.titleBefore(), revision.descriptionBefore())
				.filter(text -> !text.isEmpty())
				.collect(Collectors.joining(" — "));
			if (!kept.isEmpty()) {
				Paragraph before = new Paragraph(kept);
				before.addClassName("user-text");
				item.add(before);
			}
			if (!revision.removed().isEmpty()) {
				String fields = revision.removed()
					.stream()
					.map(field -> getTranslation("moderation.revisions.field." + field))
					.collect(Collectors.joining(", "));
				Paragraph removed = new Paragraph(getTranslation("moderation.revisions.removed", fields,
						DisplayFormats.dateTime(revision.removedAt(), getLocale()), revision.removedBy()));
				removed.addClassName("revision-removed");
				item.add(removed);
			}
			list.add(item);
		});
		return new Section(new H2(getTranslation("moderation.revisions")), list);
	}

	private Section filingForm(IdeaDetails details) {
		ProgrammeOverview overview = programme.overview(getLocale());
		Select<ProgrammeOverview.Category> goal = new Select<>();
		goal.setLabel(getTranslation("moderation.filing.goal"));
		goal.setItems(overview.goals());
		goal.setItemLabelGenerator(ProgrammeOverview.Category::name);
		overview.goals()
			.stream()
			.filter(category -> category.id().equals(details.goalId()))
			.findFirst()
			.ifPresent(goal::setValue);
		CheckboxGroup<ProgrammeOverview.Category> themes = new CheckboxGroup<>(
				getTranslation("moderation.filing.themes"));
		themes.setItems(overview.themes());
		themes.setItemLabelGenerator(ProgrammeOverview.Category::name);
		themes.select(overview.themes()
			.stream()
			.filter(category -> details.assignedThemeIds().contains(category.id()))
			.toList());
		themes.addClassName("vertical-options");
		FilingSuggestionPanel suggestion = new FilingSuggestionPanel(suggestions.suggest(details.id()), overview,
				(suggestedGoal, suggestedThemes) -> {
					goal.setValue(suggestedGoal);
					themes.setValue(suggestedThemes);
				});
		Button save = new Button(getTranslation("moderation.filing.save"), click -> {
			try {
				ideas.file(idea.id(), idea.version(), goal.getValue() == null ? null : goal.getValue().id(),
						themes.getValue().stream().map(ProgrammeOverview.Category::id).collect(Collectors.toSet()));
				Notification.show(getTranslation("moderation.filing.saved"));
				ideas.idea(idea.id(), getLocale()).ifPresent(this::show);
			}
			catch (IdeaRejectedException rejected) {
				if (rejected.problems().stream().anyMatch(problem -> "goal".equals(problem.field()))) {
					goal.setErrorMessage(getTranslation("moderation.error.goal"));
					goal.setInvalid(true);
				}
				else {
					Notification.show(getTranslation(rejected.problems().getFirst().messageKey()), 6000,
							Notification.Position.MIDDLE);
					ideas.idea(idea.id(), getLocale()).ifPresent(this::show);
				}
			}
		});
		Section section = new Section(new H2(getTranslation("moderation.filing")),
				new Paragraph(getTranslation("moderation.filing.intro")), suggestion, goal, themes, save);
		section.addClassName("filing-form");
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", idea == null ? getTranslation("moderation.title") : idea.title());
	}

}
