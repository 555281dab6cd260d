package nl.wijkstem.moderation.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.FilingSuggestionService;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaRejectedException;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.SimilarIdea;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

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

	private final FilingSuggestionService suggestions;

	private IdeaDetails idea;

	ModerationItemView(IdeaService ideas, ProgrammeService programme, FilingSuggestionService suggestions) {
		this.ideas = ideas;
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
		content.add(new H1(details.title()), status);
		details.description().lines().forEach(line -> {
			Paragraph paragraph = new Paragraph(line);
			paragraph.addClassName("user-text");
			content.add(paragraph);
		});
		if (details.locationText() != null && !details.locationText().isBlank()) {
			content.add(new Paragraph(getTranslation("idea.page.location") + ": " + details.locationText()));
		}
		content.add(similar(details));
		if (details.status() == IdeaStatus.SUBMITTED) {
			content.add(decisionForm());
		}
		if (details.status() == IdeaStatus.SUBMITTED || details.status() == IdeaStatus.PUBLISHED) {
			content.add(filingForm(details));
		}
	}

	private Section similar(IdeaDetails details) {
		UnorderedList list = new UnorderedList();
		ideas.similar(details.title() + " " + details.description(), details.latitude(), details.longitude())
			.stream()
			.filter(other -> !other.id().equals(details.id()))
			.map(SimilarIdea::title)
			.forEach(title -> list.add(new ListItem(title)));
		Section section = new Section(new H2(getTranslation("moderation.similar")));
		section.add(list.getChildren().findAny().isPresent() ? list
				: new Paragraph(getTranslation("moderation.similar.none")));
		return section;
	}

	private Section decisionForm() {
		RadioButtonGroup<ModerationDecision> decision = new RadioButtonGroup<>(getTranslation("moderation.decision"));
		decision.setItems(Arrays.asList(ModerationDecision.values()));
		decision.setItemLabelGenerator(value -> getTranslation("moderation.decision." + value));
		decision.addClassName("vertical-options");
		TextArea message = new TextArea(getTranslation("moderation.message"));
		message.setHelperText(getTranslation("moderation.message.help"));
		message.setMaxLength(2000);
		message.setWidthFull();
		Button save = new Button(getTranslation("moderation.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(click -> {
			if (decision.getValue() == null) {
				decision.setErrorMessage(getTranslation("moderation.error.decision"));
				decision.setInvalid(true);
				return;
			}
			try {
				ideas.decide(idea.id(), idea.version(), decision.getValue(), message.getValue());
				Notification.show(getTranslation("moderation.saved"));
				getUI().ifPresent(ui -> ui.navigate(ModerationQueueView.class));
			}
			catch (IdeaRejectedException rejected) {
				String text = rejected.problems()
					.stream()
					.map(problem -> getTranslation(problem.messageKey(), problem.arguments()))
					.reduce((a, b) -> a + " " + b)
					.orElse("");
				if (rejected.problems().stream().anyMatch(problem -> "message".equals(problem.field()))) {
					message.setErrorMessage(text);
					message.setInvalid(true);
				}
				else {
					Notification.show(text, 6000, Notification.Position.MIDDLE);
					ideas.idea(idea.id(), getLocale()).ifPresent(this::show);
				}
			}
		});
		Section section = new Section(new H2(getTranslation("moderation.decide")), decision, message, save);
		section.addClassName("decision-form");
		return section;
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
