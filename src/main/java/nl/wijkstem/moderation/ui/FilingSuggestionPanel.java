package nl.wijkstem.moderation.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import nl.wijkstem.idea.FilingSuggestion;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeOverview.Category;

/**
 * Wijkstem's suggestion for filing an idea: the goal and themes, how sure it is, and the
 * words of the idea that led to it. Its button only fills in the filing form; the
 * moderator checks it and saves.
 */
class FilingSuggestionPanel extends Composite<Section> {

	/** Fills in the form; absent when there is no suggestion. */
	private Button use;

	/** Shown percentages stay between these: a suggestion is never certain. */
	private static final double LOWEST = 0.01;

	private static final double HIGHEST = 0.99;

	/**
	 * @param apply fills in the form with the suggested goal and themes
	 */
	FilingSuggestionPanel(Optional<FilingSuggestion> suggestion, ProgrammeOverview overview,
			BiConsumer<Category, Set<Category>> apply) {
		this(suggestion, false, overview, apply);
	}

	/**
	 * @param preparing whether Wijkstem is still learning from the filings after a start:
	 * then it says so instead of "no suggestion"
	 * @param apply fills in the form with the suggested goal and themes
	 */
	FilingSuggestionPanel(Optional<FilingSuggestion> suggestion, boolean preparing, ProgrammeOverview overview,
			BiConsumer<Category, Set<Category>> apply) {
		Section content = getContent();
		content.addClassName("filing-suggestion");
		content.add(new H3(getTranslation("moderation.suggestion")));
		if (preparing) {
			Paragraph wait = new Paragraph(getTranslation("moderation.suggestion.preparing"));
			wait.addClassName("filing-suggestion__preparing");
			content.add(wait);
			return;
		}
		Map<Long, Category> goals = byId(overview.goals());
		Map<Long, Category> themes = byId(overview.themes());
		if (suggestion.isEmpty() || !goals.containsKey(suggestion.get().goalId())) {
			content.add(new Paragraph(getTranslation("moderation.suggestion.none")));
			return;
		}
		FilingSuggestion suggested = suggestion.get();
		Category goal = goals.get(suggested.goalId());
		Paragraph intro = new Paragraph(getTranslation("moderation.suggestion.intro"));
		intro.addClassName("filing-suggestion__intro");
		Paragraph goalLine = new Paragraph(
				getTranslation("moderation.suggestion.goal", goal.name(), percent(suggested.goalConfidence())));
		goalLine.addClassName("filing-suggestion__goal");
		content.add(intro, goalLine);
		FilingSuggestion.SecondGoal second = suggested.closeSecond();
		if (second != null && goals.containsKey(second.goalId())) {
			Paragraph secondLine = new Paragraph(getTranslation("moderation.suggestion.second",
					goals.get(second.goalId()).name(), percent(second.confidence())));
			secondLine.addClassName("filing-suggestion__second");
			content.add(secondLine);
		}
		if (!suggested.goalWords().isEmpty()) {
			content.add(words(String.join(", ", suggested.goalWords())));
		}
		Set<Category> suggestedThemes = suggested.themes()
			.stream()
			.map(theme -> themes.get(theme.themeId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (suggestedThemes.isEmpty()) {
			content.add(new Paragraph(getTranslation("moderation.suggestion.noThemes")));
		}
		else {
			UnorderedList list = new UnorderedList();
			suggested.themes().stream().filter(theme -> themes.containsKey(theme.themeId())).forEach(theme -> {
				ListItem item = new ListItem(new Paragraph(getTranslation("moderation.suggestion.theme",
						themes.get(theme.themeId()).name(), percent(theme.confidence()))));
				if (!theme.words().isEmpty()) {
					item.add(words(String.join(", ", theme.words())));
				}
				list.add(item);
			});
			list.addClassName("filing-suggestion__themes");
			content.add(new Paragraph(getTranslation("moderation.suggestion.themes")), list);
		}
		use = new Button(getTranslation("moderation.suggestion.use"), click -> {
			apply.accept(goal, suggestedThemes);
			Notification.show(getTranslation("moderation.suggestion.used"));
		});
		use.addClassName("filing-suggestion__use");
		content.add(use);
	}

	boolean hasSuggestion() {
		return use != null;
	}

	/**
	 * Lets the keyboard use the suggestion as well (announced to assistive technology);
	 * the moderator still checks the form and saves.
	 */
	void useWithShortcut(ModerationShortcut shortcut) {
		if (use != null) {
			use.addClickShortcut(shortcut.key(), ModerationShortcut.MODIFIER);
			use.getElement().setAttribute("aria-keyshortcuts", shortcut.label());
		}
	}

	private Paragraph words(String words) {
		Paragraph paragraph = new Paragraph(getTranslation("moderation.suggestion.words", words));
		paragraph.addClassName("filing-suggestion__words");
		return paragraph;
	}

	private String percent(double confidence) {
		return NumberFormat.getPercentInstance(getLocale()).format(Math.clamp(confidence, LOWEST, HIGHEST));
	}

	private static Map<Long, Category> byId(List<Category> categories) {
		return categories.stream().collect(Collectors.toMap(Category::id, Function.identity()));
	}

}
