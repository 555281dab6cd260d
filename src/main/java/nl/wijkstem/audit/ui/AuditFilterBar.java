package nl.wijkstem.audit.ui;

import java.text.Collator;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.audit.AuditActor;
import nl.wijkstem.audit.AuditFilter;
import nl.wijkstem.audit.AuditFilterOptions;
import nl.wijkstem.audit.AuditTexts;
import nl.wijkstem.base.ui.CalendarTexts;

/**
 * The audit trail's filters: action, who, subject (kind and number) and a date range.
 * Tells the view the new filter after every change that makes sense.
 */
class AuditFilterBar extends Composite<Section> {

	private final Select<String> action = new Select<>();

	private final Select<AuditActor> actor = new Select<>();

	private final Select<String> subjectType = new Select<>();

	private final TextField subjectId = new TextField();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Consumer<AuditFilter> onChange;

	AuditFilterBar(AuditFilterOptions options, Consumer<AuditFilter> onChange) {
		this.onChange = onChange;
		AuditTexts labels = new AuditTexts(new AuditLabels(getLocale()));
		select(action, "audit.filter.action", options.actions(), labels::action);
		select(actor, "audit.filter.actor", options.actors(),
				someone -> labels.actor(someone.name(), someone.accountId()));
		select(subjectType, "audit.filter.subjectType", options.subjectTypes(), labels::subjectType);
		subjectId.setLabel(getTranslation("audit.filter.subjectId"));
		subjectId.setAllowedCharPattern("[0-9]");
		subjectId.setMaxLength(18);
		subjectId.setClearButtonVisible(true);
		subjectId.addValueChangeListener(change -> changed());
		date(from, "audit.filter.from");
		date(to, "audit.filter.to");
		Div fields = new Div(action, actor, subjectType, subjectId, from, to);
		fields.addClassName("filter-fields");
		getContent().add(fields);
		getContent().addClassName("filters");
		getContent().getElement().setAttribute("aria-label", getTranslation("audit.filters"));
	}

	AuditFilter filter() {
		String id = subjectId.getValue().strip();
		return new AuditFilter(action.getValue(), actor.getValue(), subjectType.getValue(),
				id.isEmpty() ? null : Long.valueOf(id), from.getValue(), to.getValue());
	}

	private void changed() {
		boolean backwards = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
		to.setErrorMessage(backwards ? getTranslation("audit.filter.error.range") : null);
		to.setInvalid(backwards);
		if (!backwards && !from.isInvalid() && !to.isInvalid()) {
			onChange.accept(filter());
		}
	}

	private <T> void select(Select<T> select, String labelKey, List<T> items, Function<T, String> label) {
		select.setLabel(getTranslation(labelKey));
		// in the order of their words, not of their codes
		Collator collator = Collator.getInstance(getLocale());
		select.setItems(items.stream().sorted(Comparator.comparing(label, collator)).toList());
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("audit.filter.any"));
		select.setItemLabelGenerator(item -> item == null ? getTranslation("audit.filter.any") : label.apply(item));
		select.addValueChangeListener(change -> changed());
	}

	private void date(DatePicker picker, String labelKey) {
		picker.setLabel(getTranslation(labelKey));
		picker.setClearButtonVisible(true);
		CalendarTexts.inPageLanguage(picker);
		picker.addValueChangeListener(change -> changed());
	}

}
