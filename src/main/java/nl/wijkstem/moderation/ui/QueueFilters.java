package nl.wijkstem.moderation.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.QueueAge;
import nl.wijkstem.idea.QueueList;
import nl.wijkstem.idea.QueueQuery;
import nl.wijkstem.idea.QueueSort;
import nl.wijkstem.programme.ProgrammeOverview;

/**
 * Search, filters and order of the moderators' queue. Every change starts the list again
 * at its first page.
 */
class QueueFilters extends Composite<Section> {

	private final TextField search = new TextField();

	private final Select<ProgrammeOverview.Category> goal = new Select<>();

	private final Select<ProgrammeOverview.Category> theme = new Select<>();

	private final Select<PlaceKind> place = new Select<>();

	private final Select<QueueAge> age = new Select<>();

	private final Select<String> language = new Select<>();

	private final Select<QueueSort> sort = new Select<>();

	private final Runnable changed;

	QueueFilters(ProgrammeOverview overview, List<String> languages, Runnable changed) {
		this.changed = changed;
		search.setLabel(getTranslation("moderation.queue.search"));
		search.setHelperText(getTranslation("moderation.queue.search.help"));
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.setValueChangeTimeout(500);
		search.setClearButtonVisible(true);
		search.addValueChangeListener(change -> changed.run());
		choice(goal, "moderation.queue.goal", overview.goals(), ProgrammeOverview.Category::name);
		choice(theme, "moderation.queue.theme", overview.themes(), ProgrammeOverview.Category::name);
		choice(place, "moderation.queue.place", Arrays.asList(PlaceKind.values()),
				kind -> getTranslation("idea.place." + kind));
		choice(age, "moderation.queue.age", Arrays.asList(QueueAge.values()),
				value -> getTranslation("moderation.queue.age." + value));
		choice(language, "moderation.queue.language", languages,
				code -> getTranslation("moderation.queue.language." + code));
		sort.setLabel(getTranslation("moderation.queue.sort"));
		sort.setItems(QueueSort.values());
		sort.setItemLabelGenerator(value -> getTranslation("moderation.queue.sort." + value));
		sort.setValue(QueueSort.OLDEST);
		sort.addValueChangeListener(change -> changed.run());
		Div fields = new Div(search, goal, theme, place, age, language, sort);
		fields.addClassName("filter-fields");
		getContent().add(fields);
		getContent().addClassName("filters");
		getContent().getElement().setAttribute("aria-label", getTranslation("moderation.queue.filters"));
	}

	QueueQuery query(QueueList list) {
		return new QueueQuery(list, search.getValue(), goal.getValue() == null ? null : goal.getValue().id(),
				theme.getValue() == null ? null : theme.getValue().id(), place.getValue(), age.getValue(),
				language.getValue(), sort.getValue());
	}

	private <T> void choice(Select<T> select, String labelKey, List<T> values, ItemLabelGenerator<T> names) {
		select.setLabel(getTranslation(labelKey));
		select.setItems(values);
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("moderation.queue.any"));
		select.setItemLabelGenerator(
				value -> value == null ? getTranslation("moderation.queue.any") : names.apply(value));
		select.addValueChangeListener(change -> changed.run());
	}

}
